"""The dialog that adds or edits a party's agent (代理人)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mediation_desk.domain.enums import AgentKind
from mediation_desk.domain.models import Agent, new_uuid
from mediation_desk.domain.validation import (
    Issue,
    check_phone,
    clean_text,
    has_errors,
    validate_agent,
)
from mediation_desk.ui.dialogs.field_issues import FieldIssues, messages_by_widget
from mediation_desk.ui.generated.ui_agent_dialog import Ui_AgentDialog
from mediation_desk.ui.labels import label

_PREFIX = "agent"


class AgentDialog(QDialog):
    """Kind, name, phone and scope of authority of one agent; OK only when these are usable."""

    def __init__(self, agent: Agent | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgentDialog()
        self.ui.setupUi(self)
        self._uuid = agent.uuid if agent is not None else new_uuid()
        self._field_issues = FieldIssues()
        self._confirmed_warnings: list[Issue] = []
        self._ok_text = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text()
        for kind in AgentKind:
            self.ui.kindCombo.addItem(label(kind), kind.value)
        if agent is None:
            self.setWindowTitle(self.tr("Add an agent"))
        else:
            self.setWindowTitle(self.tr("Edit the agent"))
            self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(agent.kind.value), 0))
            self.ui.nameEdit.setText(agent.name)
            self.ui.phoneEdit.setText(agent.phone)
            self.ui.authorityEdit.setPlainText(agent.authority)
        self._widgets: dict[str, QWidget] = {
            "name": self.ui.nameEdit,
            "phone": self.ui.phoneEdit,
            "authority": self.ui.authorityEdit,
        }
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.textEdited.connect(lambda _text: self._on_field_edited(self.ui.nameEdit))
        self.ui.phoneEdit.textEdited.connect(lambda _text: self._on_field_edited(self.ui.phoneEdit))
        self.ui.phoneEdit.editingFinished.connect(self._on_phone_edit_editing_finished)
        self.ui.authorityEdit.textChanged.connect(
            lambda: self._on_field_edited(self.ui.authorityEdit)
        )

    def agent(self) -> Agent:
        """The agent as entered, with text cleaned and the phone number normalised."""
        return Agent(
            kind=AgentKind(self.ui.kindCombo.currentData()),
            name=clean_text(self.ui.nameEdit.text()),
            phone=check_phone(self.ui.phoneEdit.text())[0],
            authority=clean_text(self.ui.authorityEdit.toPlainText()),
            uuid=self._uuid,
        )

    def _show(self, issues: list[Issue]) -> None:
        placed, _unplaced = messages_by_widget(issues, self._widget_for)
        self._field_issues.clear()
        for widget, messages in placed.items():
            self._field_issues.show(widget, messages)

    def _widget_for(self, field: str) -> QWidget | None:
        return self._widgets.get(field.removeprefix(f"{_PREFIX}."))

    def _on_button_box_accepted(self) -> None:
        issues = validate_agent(self.agent(), _PREFIX)
        self._show(issues)
        if has_errors(issues):
            first = next(i for i in issues if i.is_error)
            widget = self._widget_for(first.field)
            if widget is not None:
                widget.setFocus()
            return
        # Warnings are shown once; pressing OK again with nothing changed accepts them.
        if issues and issues != self._confirmed_warnings:
            self._confirmed_warnings = issues
            ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
            ok_button.setText(self.tr("OK anyway"))
            return
        self.accept()

    def _on_phone_edit_editing_finished(self) -> None:
        self._field_issues.show_issues(self.ui.phoneEdit, check_phone(self.ui.phoneEdit.text())[1])

    def _on_field_edited(self, widget: QWidget) -> None:
        self._field_issues.clear(widget)
        if self._confirmed_warnings:
            self._confirmed_warnings = []
            ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
            ok_button.setText(self._ok_text)
