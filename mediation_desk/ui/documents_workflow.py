"""Making a case's documents from the records dialog: built on a worker thread from what is
recorded, then previewed and printed, or saved as Word / PDF, or the whole case file saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from mediation_desk.documents.contents import applicable_kinds
from mediation_desk.documents.dossier import KIND as DOSSIER
from mediation_desk.documents.kinds import DEFAULT_LANGUAGE, build_document
from mediation_desk.documents.model import Document
from mediation_desk.documents.texts import wording
from mediation_desk.jobs.job import Job
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.services.case_file import load_case_file
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.labels import resolve_plural

if TYPE_CHECKING:
    from mediation_desk.printing.case_file import CaseFileWritten, Progress
    from mediation_desk.services.bootstrap import Services
    from mediation_desk.ui.dialogs.case_records import CaseRecordsDialog


def available_documents(
    services: Services, uuid: str, language: str = DEFAULT_LANGUAGE
) -> tuple[tuple[str, str], ...]:
    """(kind, title) of every document the case has the records for, then the dossier."""
    source = load_case_file(services, uuid, language)
    kinds = (*applicable_kinds(source), DOSSIER)
    return tuple((kind, wording(language, kind)["title"]) for kind in kinds)


class DocumentsWorkflow(QObject):
    """Serves one records dialog's documents panel; one document job at a time."""

    def __init__(self, dialog: CaseRecordsDialog, services: Services, runner: JobRunner) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._services = services
        self._runner = runner
        self._language = DEFAULT_LANGUAGE

    def preview(self, kind: str) -> None:
        self._run(kind, None)

    def save(self, kind: str, path: Path) -> None:
        self._run(kind, path)

    def save_case_file(self, folder: Path, pdf: bool) -> None:
        from mediation_desk.printing.case_file import write_case_file  # python-docx, Qt PDF

        services, uuid, language = self._services, self._dialog.state.case_uuid, self._language

        def work(report: Progress, _cancelled: Callable[[], bool]) -> CaseFileWritten:
            source = load_case_file(services, uuid, language)
            return write_case_file(source, folder, language, pdf=pdf, progress=report)

        job = Job(work, name="case-file")
        job.signals.progressed.connect(self._dialog.documents.set_progress)
        self._start(job, self._on_case_file_saved)

    # -- internals ---------------------------------------------------------------------------

    def _run(self, kind: str, path: Path | None) -> None:
        services, uuid, language = self._services, self._dialog.state.case_uuid, self._language

        def work(_report: Progress, _cancelled: Callable[[], bool]) -> Document:
            document = build_document(kind, load_case_file(services, uuid, language), language)
            if path is not None:
                _write(document, path)
            return document

        self._start(Job(work, name=f"document-{kind}"), lambda d: self._on_built(d, path))

    def _start(self, job: Job, then: Callable[[Any], None]) -> None:
        self._dialog.documents.set_busy(True)

        def done(result: Any) -> None:
            self._dialog.documents.set_busy(False)
            then(result)

        self._runner.start(job, on_success=done, on_failure=self._on_failed)

    def _on_built(self, document: Document, path: Path | None) -> None:
        if path is None:
            from mediation_desk.printing.preview import preview_and_print

            preview_and_print(document, self._dialog)
        else:
            self._dialog.tell(self.tr("Document saved: %1").replace("%1", str(path)))

    def _on_case_file_saved(self, result: CaseFileWritten) -> None:
        count = result.documents
        text = resolve_plural(
            self.tr("%n document(s) of the case file saved in %1", "", count), count
        )
        self._dialog.tell(text.replace("%1", str(result.folder)))

    def _on_failed(self, error: Exception) -> None:
        self._dialog.documents.set_busy(False)
        self._dialog.show_error(describe_error(error))


def _write(document: Document, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".pdf":
        from mediation_desk.printing.pdf import write_pdf

        write_pdf(document, path)
    else:
        from mediation_desk.documents.docx_writer import write_docx

        write_docx(document, path)
