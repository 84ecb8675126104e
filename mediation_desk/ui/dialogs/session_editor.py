"""调解记录: one record per mediation session — who took part, what each side said, the result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QTableWidget, QWidget

from mediation_desk.domain.lifecycle.common import CHINA_TZ
from mediation_desk.domain.records.models import SessionRecord, Statement
from mediation_desk.ui.dialogs.form_values import (
    join_names,
    local_time,
    set_local_time,
    split_names,
)
from mediation_desk.ui.dialogs.record_list_page import RecordListPage
from mediation_desk.ui.dialogs.record_tables import add_row, remove_current_row, rows_of, set_rows
from mediation_desk.ui.dialogs.records_requests import RecordDefaults
from mediation_desk.ui.generated.ui_session_editor import Ui_SessionEditor

STATEMENT_COLUMNS = ("speaker", "text")


class SessionEditor(RecordListPage[SessionRecord]):
    """The list of session records and the form of the selected one."""

    def __init__(
        self,
        now: Callable[[], datetime],
        defaults: Callable[[], RecordDefaults],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionEditor()
        self.ui.setupUi(self)
        self.attach_list(self.ui)
        self._now = now
        self._defaults = defaults
        self.ui.addStatementButton.clicked.connect(self._add_statement)
        self.ui.removeStatementButton.clicked.connect(
            lambda: remove_current_row(self.ui.statementsTable)
        )

    def _add_statement(self) -> None:
        # the next speaker in turn: parties take turns, so suggest the one after the last row
        parties = split_names(self.ui.partiesEdit.text())
        speaker = parties[self.ui.statementsTable.rowCount() % len(parties)] if parties else ""
        add_row(self.ui.statementsTable, (speaker, ""))
        self.ui.statementsTable.setCurrentCell(self.ui.statementsTable.rowCount() - 1, 1)

    def fill(self, record: SessionRecord | None) -> None:
        ui = self.ui
        if record is None:
            defaults = self._defaults()
            record = SessionRecord(
                self._now(), defaults.place, defaults.mediators, defaults.parties, (), ""
            )
        set_local_time(ui.heldAtEdit, record.held_at)
        ui.placeEdit.setText(record.place)
        ui.mediatorsEdit.setText(join_names(record.mediators))
        ui.partiesEdit.setText(join_names(record.parties_present))
        ui.invitedEdit.setText(join_names(record.invited))
        ui.consentCheck.setChecked(record.invited_consented)
        set_rows(ui.statementsTable, [(s.speaker, s.text) for s in record.statements])
        ui.proposalEdit.setPlainText(record.proposal)
        ui.resultEdit.setPlainText(record.result)

    def value(self) -> SessionRecord:
        ui = self.ui
        return SessionRecord(
            held_at=local_time(ui.heldAtEdit),
            place=ui.placeEdit.text().strip(),
            mediators=split_names(ui.mediatorsEdit.text()),
            parties_present=split_names(ui.partiesEdit.text()),
            statements=tuple(
                Statement(speaker.strip(), text.strip())
                for speaker, text in rows_of(ui.statementsTable)
            ),
            result=ui.resultEdit.toPlainText().strip(),
            invited=split_names(ui.invitedEdit.text()),
            invited_consented=ui.consentCheck.isChecked(),
            proposal=ui.proposalEdit.toPlainText().strip(),
            uuid=self.record_uuid,
        )

    def title(self, record: SessionRecord) -> str:
        local = record.held_at.astimezone(CHINA_TZ)
        return f"{local:%Y-%m-%d %H:%M}  {record.place}"

    def widget_for(self, field: str) -> QWidget | None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "held_at": ui.heldAtEdit,
            "place": ui.placeEdit,
            "mediators": ui.mediatorsEdit,
            "parties_present": ui.partiesEdit,
            "invited": ui.invitedEdit,
            "invited_consented": ui.consentCheck,
            "statements": ui.statementsTable,
            "proposal": ui.proposalEdit,
            "result": ui.resultEdit,
        }
        return widgets.get(field.split("[")[0].split(".")[0])

    def tables(self) -> dict[str, tuple[QTableWidget, Sequence[str]]]:
        return {"statements": (self.ui.statementsTable, STATEMENT_COLUMNS)}
