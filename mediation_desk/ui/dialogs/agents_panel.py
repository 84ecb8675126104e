"""The agents table of the party editor, with its add / edit / remove buttons."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.models import Agent
from mediation_desk.ui.dialogs.agent_dialog import AgentDialog
from mediation_desk.ui.generated.ui_party_editor import Ui_PartyEditor
from mediation_desk.ui.labels import label

_COLUMN_WIDTHS = (190, 110, 130)  # kind, name, phone; the scope of authority takes the rest


class AgentsPanel(QObject):
    """Keeps a party's agents in step with the table; opens an AgentDialog to add or edit one."""

    agents_edited = Signal()

    def __init__(self, ui: Ui_PartyEditor, owner: QWidget) -> None:
        super().__init__(owner)
        self._ui = ui
        self._owner = owner
        self._agents: list[Agent] = []
        self._dialog: AgentDialog | None = None
        header = ui.agentsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        ui.addAgentButton.clicked.connect(self._on_add_agent_button_clicked)
        ui.editAgentButton.clicked.connect(self._on_edit_agent_button_clicked)
        ui.removeAgentButton.clicked.connect(self._on_remove_agent_button_clicked)
        ui.agentsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.agentsTable.cellDoubleClicked.connect(
            lambda _row, _column: self._on_edit_agent_button_clicked()
        )
        self._update_buttons()

    def set_agents(self, agents: tuple[Agent, ...]) -> None:
        self._agents = list(agents)
        self._refresh()

    def agents(self) -> tuple[Agent, ...]:
        return tuple(self._agents)

    def _refresh(self) -> None:
        table = self._ui.agentsTable
        table.setRowCount(len(self._agents))
        for row, agent in enumerate(self._agents):
            authority = " ".join(agent.authority.split())
            for column, text in enumerate((label(agent.kind), agent.name, agent.phone, authority)):
                item = QTableWidgetItem(text)
                item.setToolTip(agent.authority if column == 3 else text)
                table.setItem(row, column, item)
        self._update_buttons()

    def _selected_row(self) -> int:
        rows = self._ui.agentsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        selected = self._selected_row() >= 0
        self._ui.editAgentButton.setEnabled(selected)
        self._ui.removeAgentButton.setEnabled(selected)

    def _open_dialog(self, row: int) -> None:
        """Opens the agent dialog (window-modal, not blocking); row -1 adds a new agent."""
        if self._dialog is not None:
            return
        dialog = AgentDialog(self._agents[row] if row >= 0 else None, self._owner)
        dialog.finished.connect(lambda result: self._on_agent_dialog_finished(dialog, row, result))
        self._dialog = dialog
        dialog.open()

    def _on_agent_dialog_finished(self, dialog: AgentDialog, row: int, result: int) -> None:
        self._dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        if 0 <= row < len(self._agents):
            self._agents[row] = dialog.agent()
        else:
            self._agents.append(dialog.agent())
            row = len(self._agents) - 1
        self._refresh()
        self._ui.agentsTable.selectRow(row)
        self.agents_edited.emit()

    def _on_add_agent_button_clicked(self) -> None:
        self._open_dialog(-1)

    def _on_edit_agent_button_clicked(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self._open_dialog(row)

    def _on_remove_agent_button_clicked(self) -> None:
        row = self._selected_row()
        if row < 0:
            return
        del self._agents[row]
        self._refresh()
        self.agents_edited.emit()
