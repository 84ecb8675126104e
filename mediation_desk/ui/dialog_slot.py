"""At most one dialog of a kind open for a case: asking again for the same case raises it,
asking for another case closes it first (unless it keeps unsaved changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

D = TypeVar("D", bound=QDialog)


class DialogSlot(Generic[D]):
    """Holds the open dialog; `case_of` tells which case a dialog shows."""

    def __init__(self, case_of: Callable[[D], str]) -> None:
        self._case_of = case_of
        self._dialog: D | None = None

    @property
    def dialog(self) -> D | None:
        return self._dialog

    def show(self, uuid: str, create: Callable[[], D]) -> D:
        """The dialog of case `uuid`: the open one raised, or a new one from `create` (whose
        exceptions reach the caller) opened window-modal."""
        current = self._dialog
        if current is not None:
            if self._case_of(current) == uuid:
                current.raise_()
                current.activateWindow()
                return current
            if not current.close():
                return current  # it asked, and the user kept their unsaved changes
        dialog = create()
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: D) -> None:
        dialog.deleteLater()
        if self._dialog is dialog:
            self._dialog = None


def show_status(window: QWidget, message: str, msecs: int = 8000) -> None:
    """A message in the main window's status bar (nothing for a window without one)."""
    status_bar = getattr(getattr(window, "ui", None), "statusBar", None)
    if status_bar is not None:
        status_bar.showMessage(message, msecs)
