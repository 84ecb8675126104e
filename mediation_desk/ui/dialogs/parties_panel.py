"""The Parties tab of the intake dialog: the list of parties and the editor of the selected one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from mediation_desk.domain.enums import PartyKind, PartyRole
from mediation_desk.domain.models import Party, new_uuid
from mediation_desk.domain.validation import Issue, has_errors
from mediation_desk.ui.dialogs.field_issues import ERROR_COLOUR, WARNING_COLOUR, FieldMessage
from mediation_desk.ui.dialogs.party_editor import PartyEditor
from mediation_desk.ui.generated.ui_intake_dialog import Ui_IntakeDialog
from mediation_desk.ui.labels import label

_PARTY_FIELD = re.compile(r"parties\[(\d+)\](?:\.(.*))?")


def party_index(field: str) -> tuple[int, str] | None:
    """("parties[2].agents[0].name") → (2, "agents[0].name"); None for other fields."""
    found = _PARTY_FIELD.fullmatch(field)
    return None if found is None else (int(found.group(1)), found.group(2) or "")


class PartiesPanel(QObject):
    """Keeps the parties (in order) and shows the selected one in a PartyEditor."""

    parties_edited = Signal()

    def __init__(self, ui: Ui_IntakeDialog, editor: PartyEditor, owner: QWidget) -> None:
        super().__init__(owner)
        self._ui = ui
        self._editor = editor
        self._owner = owner
        self._parties: list[Party] = []
        self._issues: dict[str, list[Issue]] = {}  # by party uuid, fields relative to the party
        self._current = -1
        ui.partiesList.currentRowChanged.connect(self._on_parties_list_current_row_changed)
        ui.addPersonButton.clicked.connect(lambda: self._add(PartyKind.PERSON))
        ui.addOrganisationButton.clicked.connect(lambda: self._add(PartyKind.ORGANISATION))
        ui.removePartyButton.clicked.connect(self._on_remove_party_button_clicked)
        ui.moveUpButton.clicked.connect(lambda: self._move(-1))
        ui.moveDownButton.clicked.connect(lambda: self._move(1))
        editor.party_edited.connect(self._on_editor_party_edited)

    def set_parties(self, parties: Sequence[Party]) -> None:
        self._parties = list(parties)
        self._issues.clear()
        self._current = -1
        self._refresh(select=0 if parties else -1)

    def parties(self) -> tuple[Party, ...]:
        return tuple(self._parties)

    def show_issues(self, issues: Sequence[Issue]) -> list[FieldMessage]:
        """Shows the issues of `parties[i]…` fields; returns the selected party's unplaced ones."""
        self._issues = {}
        for issue in issues:
            found = party_index(issue.field)
            if found is not None and found[0] < len(self._parties):
                uuid = self._parties[found[0]].uuid
                self._issues.setdefault(uuid, []).append(replace(issue, field=found[1]))
        self._paint_items()
        if self._current < 0:
            return []
        return self._editor.show_issues(self._issues.get(self._parties[self._current].uuid, []))

    def update_parties(self, parties: Sequence[Party]) -> None:
        """Replaces the parties in place (same order, e.g. after clean-up) keeping the selection."""
        self._store_current_issues()
        self._parties = list(parties)
        for row, party in enumerate(self._parties):
            self._ui.partiesList.item(row).setText(self.item_text(party))
        if self._current >= 0:
            party = self._parties[self._current]
            self._editor.set_party(party, self._issues.get(party.uuid, []))

    def select(self, index: int) -> None:
        self._ui.partiesList.setCurrentRow(index)

    def item_text(self, party: Party) -> str:
        name = party.name.strip() or self.tr("(name not entered yet)")
        return (
            self.tr("%1: %2", "party role: name")
            .replace("%1", label(party.role))
            .replace("%2", name)
        )

    # -- list upkeep --------------------------------------------------------------------------

    def _refresh(self, select: int) -> None:
        list_widget = self._ui.partiesList
        list_widget.blockSignals(True)
        list_widget.clear()
        for party in self._parties:
            list_widget.addItem(QListWidgetItem(self.item_text(party)))
        list_widget.blockSignals(False)
        self._current = -1
        self._paint_items()
        if select >= 0:
            list_widget.setCurrentRow(select)
        self._update_buttons()

    def _paint_items(self) -> None:
        for row, party in enumerate(self._parties):
            item = self._ui.partiesList.item(row)
            issues = self._issues.get(party.uuid, [])
            colour = ERROR_COLOUR if has_errors(issues) else WARNING_COLOUR if issues else ""
            item.setForeground(QBrush(QColor(colour)) if colour else QBrush())
            item.setToolTip(self.tr("Something needs checking here") if issues else "")

    def _update_buttons(self) -> None:
        row, count = self._current, len(self._parties)
        self._ui.removePartyButton.setEnabled(row >= 0)
        self._ui.moveUpButton.setEnabled(row > 0)
        self._ui.moveDownButton.setEnabled(0 <= row < count - 1)
        self._editor.setEnabled(row >= 0)

    def _store_current_issues(self) -> None:
        if 0 <= self._current < len(self._parties):
            self._issues[self._parties[self._current].uuid] = self._editor.issues()

    # -- slots --------------------------------------------------------------------------------

    def _on_parties_list_current_row_changed(self, row: int) -> None:
        self._store_current_issues()
        self._current = row
        if row >= 0:
            party = self._parties[row]
            self._editor.set_party(party, self._issues.get(party.uuid, []))
        self._update_buttons()

    def _on_editor_party_edited(self) -> None:
        if self._current < 0:
            return
        party = self._editor.party()
        self._parties[self._current] = party
        self._store_current_issues()
        self._ui.partiesList.item(self._current).setText(self.item_text(party))
        self._paint_items()
        self.parties_edited.emit()

    def _add(self, kind: PartyKind) -> None:
        roles = {party.role for party in self._parties}
        role = PartyRole.RESPONDENT if PartyRole.RESPONDENT not in roles else PartyRole.APPLICANT
        if PartyRole.APPLICANT in roles and PartyRole.RESPONDENT in roles and self._current >= 0:
            role = self._parties[self._current].role
        self._store_current_issues()
        self._parties.append(Party(role, kind, "", uuid=new_uuid()))
        self._refresh(select=len(self._parties) - 1)
        self._editor.focus_field("name")
        self.parties_edited.emit()

    def _on_remove_party_button_clicked(self) -> None:
        row = self._current
        if row < 0:
            return
        party = self._parties[row]
        blank = Party(party.role, party.kind, "", uuid=party.uuid)
        if party != blank:
            answer = QMessageBox.question(
                self._owner,
                self.tr("Remove party"),
                self.tr("Remove “{name}” and everything entered for them?").format(
                    name=self.item_text(party)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        del self._parties[row]
        self._issues.pop(party.uuid, None)
        self._refresh(select=min(row, len(self._parties) - 1))
        self.parties_edited.emit()

    def _move(self, step: int) -> None:
        row = self._current
        target = row + step
        if row < 0 or not 0 <= target < len(self._parties):
            return
        self._store_current_issues()
        self._parties[row], self._parties[target] = self._parties[target], self._parties[row]
        self._refresh(select=target)
        self.parties_edited.emit()
