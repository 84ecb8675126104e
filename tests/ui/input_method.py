"""Types non-ASCII text the way an input method does (qtbot.keyClicks aborts on CJK here)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str) -> None:
    """Focuses `widget` and commits `text` through a QInputMethodEvent, as a Chinese IME would."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
