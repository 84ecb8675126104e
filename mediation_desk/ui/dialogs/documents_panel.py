"""The documents of a case: pick one to preview and print or save (Word or PDF), or save the
whole case file into a folder. The work itself is done by the owner, in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from mediation_desk.ui.generated.ui_documents_panel import Ui_DocumentsPanel

_KIND_ROLE = 256  # Qt.ItemDataRole.UserRole, without loading the Qt namespace


class DocumentsPanel(QWidget):
    """Lists the documents the case has the records for; asks the owner to make them."""

    preview_requested = Signal(str)  # kind
    save_requested = Signal(str, object)  # kind, Path (.docx or .pdf)
    save_all_requested = Signal(object, bool)  # folder Path, also as PDF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentsPanel()
        self.ui.setupUi(self)
        self._case_no = ""
        self.ui.previewButton.clicked.connect(self._on_preview_clicked)
        self.ui.documentList.itemActivated.connect(lambda _item: self._on_preview_clicked())
        self.ui.saveWordButton.clicked.connect(lambda: self._on_save_clicked(".docx"))
        self.ui.savePdfButton.clicked.connect(lambda: self._on_save_clicked(".pdf"))
        self.ui.saveAllButton.clicked.connect(self._on_save_all_clicked)

    def set_documents(self, case_no: str, documents: Sequence[tuple[str, str]]) -> None:
        """`documents`: (kind, title) in the case file's order; the current choice is kept."""
        self._case_no = case_no
        listing = self.ui.documentList
        current = self.current_kind()
        listing.clear()
        for kind, title in documents:
            item = QListWidgetItem(title)
            item.setData(_KIND_ROLE, kind)
            listing.addItem(item)
        kinds = [kind for kind, _ in documents]
        listing.setCurrentRow(kinds.index(current) if current in kinds else 0)
        for button in (self.ui.previewButton, self.ui.saveWordButton, self.ui.savePdfButton):
            button.setEnabled(bool(documents))

    def current_kind(self) -> str | None:
        item = self.ui.documentList.currentItem()
        return None if item is None else str(item.data(_KIND_ROLE))

    def set_busy(self, busy: bool) -> None:
        """Disables the buttons while a document is being made; shows the progress bar."""
        for button in (
            self.ui.previewButton,
            self.ui.saveWordButton,
            self.ui.savePdfButton,
            self.ui.saveAllButton,
        ):
            button.setEnabled(not busy)
        self.ui.progressBar.setVisible(busy)
        if busy:
            self.ui.progressBar.setRange(0, 0)  # busy until the first progress report

    def set_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    # -- internals ---------------------------------------------------------------------------

    def _on_preview_clicked(self) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.preview_requested.emit(kind)

    def _on_save_clicked(self, suffix: str) -> None:
        kind = self.current_kind()
        item = self.ui.documentList.currentItem()
        if kind is None or item is None:
            return
        name_filter = (
            self.tr("Word documents (*.docx)") if suffix == ".docx" else self.tr("PDF (*.pdf)")
        )
        suggested = f"{self._case_no}-{item.text()}{suffix}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save document"), suggested, name_filter
        )
        if name:
            path = Path(name)
            self.save_requested.emit(kind, path if path.suffix else path.with_suffix(suffix))

    def _on_save_all_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the case file into"))
        if folder:
            target = Path(folder) / _folder_name(self._case_no)
            self.save_all_requested.emit(target, self.ui.allPdfCheck.isChecked())


def _folder_name(case_no: str) -> str:
    """The case number as a folder name (no characters Windows forbids)."""
    return "".join("_" if c in '<>:"/\\|?*' else c for c in case_no) or "case-file"
