"""Turns a form into a view: text can be read, selected and copied, nothing can be changed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def make_read_only(form: QWidget, buttons: Iterable[QAbstractButton] = ()) -> None:
    """Text fields and date/number boxes become read-only, choices are disabled, item views
    stop editing and checking; `buttons` (add, remove, move …) are disabled too."""
    for edit in form.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for text in form.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for box in form.findChildren(QAbstractSpinBox):
        box.setReadOnly(True)
    for combo in form.findChildren(QComboBox):
        combo.setEnabled(False)
    for view in form.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for button in buttons:
        button.setEnabled(False)
