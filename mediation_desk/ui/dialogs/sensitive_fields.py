"""ID and phone numbers shown masked in the party editor until a permitted user presses "Show"
(the viewing is recorded in the audit log by the owner of `reveal_requested`)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from mediation_desk.domain.masking import mask_id_number, mask_phone


class SensitiveFields(QObject):
    """Masks the given ID-number and phone edits while `masked`; `values` keeps the real text."""

    reveal_requested = Signal()

    def __init__(
        self, form: QFormLayout, id_edit: QLineEdit, phone_edits: tuple[QLineEdit, ...]
    ) -> None:
        super().__init__(id_edit)
        self._id_edit = id_edit
        self._phone_edits = phone_edits
        self.masked = False
        self.button = QPushButton(self.tr("Show"))
        self.button.setObjectName("showNumbersButton")
        self.button.setToolTip(
            self.tr("Show the full ID and phone numbers (the viewing is logged)")
        )
        self.button.setAutoDefault(False)
        self.button.hide()
        self.button.clicked.connect(self.reveal_requested)
        _put_beside(form, id_edit, self.button)

    def set_masked(self, masked: bool, *, may_reveal: bool) -> None:
        """Masks from now on (each loaded party), with the Show button when `may_reveal`."""
        self.masked = masked
        self.button.setVisible(masked and may_reveal)

    def show_values(self, id_number: str, phone: str, org_phone: str) -> None:
        """Puts the values into the edits, masked (and read-only) while masking is on."""
        values = (id_number, phone, org_phone)
        for edit, value, mask in zip(
            (self._id_edit, *self._phone_edits),
            values,
            (mask_id_number, mask_phone, mask_phone),
            strict=True,
        ):
            hide = self.masked and bool(value)
            edit.setText(mask(value) if hide else value)
            edit.setReadOnly(hide or edit.property("readOnlyForRole") is True)

    def unmask(self) -> None:
        self.masked = False
        self.button.hide()


def _put_beside(form: QFormLayout, edit: QLineEdit, button: QPushButton) -> None:
    """Replaces the edit's field in its form row by [edit, button]."""
    row, role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(edit))
    if row < 0:
        return
    holder = QWidget(edit.parentWidget())
    holder.setObjectName(f"{edit.objectName()}Row")
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    form.removeWidget(edit)
    box.addWidget(edit, 1)
    box.addWidget(button)
    form.setWidget(row, role, holder)
