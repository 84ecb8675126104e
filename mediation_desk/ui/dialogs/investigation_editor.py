"""调查记录: the investigations of a case, one form each, with the evidence gathered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QTableWidget, QWidget

from mediation_desk.domain.lifecycle.common import CHINA_TZ
from mediation_desk.domain.records.models import EvidenceItem, InvestigationRecord
from mediation_desk.ui.dialogs.form_values import (
    join_names,
    local_time,
    set_local_time,
    split_names,
)
from mediation_desk.ui.dialogs.record_list_page import RecordListPage
from mediation_desk.ui.dialogs.record_tables import add_row, remove_current_row, rows_of, set_rows
from mediation_desk.ui.dialogs.records_requests import RecordDefaults
from mediation_desk.ui.generated.ui_investigation_editor import Ui_InvestigationEditor

EVIDENCE_COLUMNS = ("description", "source", "attachment")


class InvestigationEditor(RecordListPage[InvestigationRecord]):
    """The list of investigation records and the form of the selected one."""

    def __init__(
        self,
        now: Callable[[], datetime],
        defaults: Callable[[], RecordDefaults],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InvestigationEditor()
        self.ui.setupUi(self)
        self.attach_list(self.ui)
        self._now = now
        self._defaults = defaults
        self.ui.addEvidenceButton.clicked.connect(lambda: add_row(self.ui.evidenceTable))
        self.ui.removeEvidenceButton.clicked.connect(
            lambda: remove_current_row(self.ui.evidenceTable)
        )

    def fill(self, record: InvestigationRecord | None) -> None:
        ui = self.ui
        if record is None:
            defaults = self._defaults()
            record = InvestigationRecord(self._now(), defaults.place, defaults.mediators, "", "")
        set_local_time(ui.heldAtEdit, record.held_at)
        ui.placeEdit.setText(record.place)
        ui.investigatorsEdit.setText(join_names(record.investigators))
        ui.personEdit.setText(record.person_investigated)
        ui.othersEdit.setText(record.others_present)
        ui.textEdit.setPlainText(record.text)
        set_rows(
            ui.evidenceTable, [(e.description, e.source, e.attachment) for e in record.evidence]
        )

    def value(self) -> InvestigationRecord:
        ui = self.ui
        return InvestigationRecord(
            held_at=local_time(ui.heldAtEdit),
            place=ui.placeEdit.text().strip(),
            investigators=split_names(ui.investigatorsEdit.text()),
            person_investigated=ui.personEdit.text().strip(),
            text=ui.textEdit.toPlainText().strip(),
            others_present=ui.othersEdit.text().strip(),
            evidence=tuple(
                EvidenceItem(*(cell.strip() for cell in row)) for row in rows_of(ui.evidenceTable)
            ),
            uuid=self.record_uuid,
        )

    def title(self, record: InvestigationRecord) -> str:
        local = record.held_at.astimezone(CHINA_TZ)
        return f"{local:%Y-%m-%d %H:%M}  {record.person_investigated}"

    def widget_for(self, field: str) -> QWidget | None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "held_at": ui.heldAtEdit,
            "place": ui.placeEdit,
            "investigators": ui.investigatorsEdit,
            "person_investigated": ui.personEdit,
            "others_present": ui.othersEdit,
            "text": ui.textEdit,
            "evidence": ui.evidenceTable,
        }
        return widgets.get(field.split("[")[0].split(".")[0])

    def tables(self) -> dict[str, tuple[QTableWidget, Sequence[str]]]:
        return {"evidence": (self.ui.evidenceTable, EVIDENCE_COLUMNS)}
