"""The whole case file (卷宗) written to a folder: the dossier (cover, index, back cover), then
every document the case has the records for, each as .docx and, if asked, as PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediation_desk.documents.contents import build_case_documents
from mediation_desk.documents.docx_writer import write_docx
from mediation_desk.documents.dossier import build_dossier
from mediation_desk.documents.model import Document
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.printing.pdf import write_pdf

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CaseFileWritten:
    """What was written, in the case file's order."""

    folder: Path
    files: tuple[Path, ...]
    documents: int


def case_file_documents(source: CaseDocumentSource, language: str) -> tuple[Document, ...]:
    """The dossier first, then the documents in the order of its index."""
    contents = build_case_documents(source, language)
    return (build_dossier(source, language, contents), *contents)


def file_stem(number: int, document: Document) -> str:
    """00-人民调解卷宗, 01-人民调解申请书 …: sorted as the index lists them."""
    safe = "".join("_" if c in '<>:"/\\|?*' else c for c in document.title)
    return f"{number:02d}-{safe}"


def write_case_file(
    source: CaseDocumentSource,
    folder: Path,
    language: str,
    *,
    pdf: bool = True,
    progress: Progress | None = None,
) -> CaseFileWritten:
    """Writes every document into `folder` (created if needed); `progress(done, total)` after
    each file. PDF writing needs a QGuiApplication."""
    documents = case_file_documents(source, language)
    folder.mkdir(parents=True, exist_ok=True)
    per_document = 2 if pdf else 1
    total = len(documents) * per_document
    written: list[Path] = []
    for number, document in enumerate(documents):
        stem = file_stem(number, document)
        docx = folder / f"{stem}.docx"
        write_docx(document, docx)
        written.append(docx)
        if pdf:
            pdf_path = folder / f"{stem}.pdf"
            write_pdf(document, pdf_path)
            written.append(pdf_path)
        if progress is not None:
            progress(len(written), total)
    return CaseFileWritten(folder, tuple(written), len(documents))
