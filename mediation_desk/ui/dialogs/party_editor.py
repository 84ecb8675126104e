"""The editor of one party: role, a person's or an organisation's particulars, and its agents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from mediation_desk.domain.enums import Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Ethnicity, Party
from mediation_desk.domain.validation import (
    Issue,
    check_credit_code,
    check_id_number,
    check_phone,
    has_errors,
)
from mediation_desk.ui.dialogs.agents_panel import AgentsPanel
from mediation_desk.ui.dialogs.field_issues import FieldIssues, FieldMessage, messages_by_widget
from mediation_desk.ui.dialogs.form_values import (
    NOT_GIVEN_DATE,
    current_data,
    optional_date,
    select_data,
    set_optional_date,
    to_qdate,
)
from mediation_desk.ui.dialogs.sensitive_fields import SensitiveFields
from mediation_desk.ui.generated.ui_party_editor import Ui_PartyEditor
from mediation_desk.ui.labels import ethnicity_name, label
from mediation_desk.ui.validation_messages import message_for

NOT_CHOSEN = "—"
_AGENT_FIELD = re.compile(r"agents\[(\d+)\](?:\.(.*))?")
_PERSON_WIDGETS = {
    "name": "nameEdit",
    "id_number": "idNumberEdit",
    "gender": "genderCombo",
    "birth_date": "birthDateEdit",
    "ethnicity": "ethnicityCombo",
    "phone": "phoneEdit",
    "occupation": "occupationEdit",
    "address": "addressEdit",
}
_ORGANISATION_WIDGETS = {
    "name": "orgNameEdit",
    "credit_code": "creditCodeEdit",
    "legal_representative": "legalRepresentativeEdit",
    "representative_title": "representativeTitleEdit",
    "phone": "orgPhoneEdit",
    "address": "orgAddressEdit",
}
# The calendar of an empty birth date opens here rather than at the "not given" date in 1899.
_CALENDAR_START = (1975, 1)


class PartyEditor(QWidget):
    """Shows one party for editing; emits `party_edited` whenever the user changes something."""

    party_edited = Signal()

    def __init__(
        self, *, ethnicities: Sequence[Ethnicity], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PartyEditor()
        self.ui.setupUi(self)
        self._today = today
        self._party = Party(PartyRole.APPLICANT, PartyKind.PERSON, "")
        self._issues: list[Issue] = []
        self._loading = False
        self._field_issues = FieldIssues()
        self._agents = AgentsPanel(self.ui, self)
        self.sensitive = SensitiveFields(
            self.ui.personForm, self.ui.idNumberEdit, (self.ui.phoneEdit, self.ui.orgPhoneEdit)
        )
        self._fill_choices(ethnicities)
        self.ui.birthDateEdit.setMaximumDate(to_qdate(today))
        self.ui.birthDateEdit.calendarWidget().installEventFilter(self)
        self._connect()
        self.set_party(self._party)

    # -- public API ---------------------------------------------------------------------------

    def set_party(self, party: Party, issues: Sequence[Issue] = ()) -> None:
        """Loads `party` and shows `issues` (field paths relative to the party: "id_number")."""
        self._loading = True
        try:
            self._party = party
            self._field_issues.clear()
            ui = self.ui
            select_data(ui.roleCombo, party.role.value)
            is_person = party.kind is PartyKind.PERSON
            shown = ui.personPage if is_person else ui.organisationPage
            ui.kindStack.setCurrentWidget(shown)
            # The hidden page must not reserve its height (the agents would float lower).
            for page in (ui.personPage, ui.organisationPage):
                policy = (
                    QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
            for edit in self._line_edits():
                edit.clear()
            ui.genderCombo.setCurrentIndex(0)
            ui.ethnicityCombo.setCurrentIndex(0)
            set_optional_date(ui.birthDateEdit, None)
            if is_person:
                self._load_person(party)
            else:
                self._load_organisation(party)
            self._agents.set_agents(party.agents)
        finally:
            self._loading = False
        self.show_issues(issues)

    def party(self) -> Party:
        """The party as the form shows it now (text as typed; only the fields of its kind)."""
        ui = self.ui
        role = PartyRole(current_data(ui.roleCombo))
        agents, uuid = self._agents.agents(), self._party.uuid
        masked = self.sensitive.masked  # masked edits show stars: the real values are kept
        if self._party.kind is PartyKind.PERSON:
            gender = current_data(ui.genderCombo)
            return Party(
                kind=PartyKind.PERSON,
                name=ui.nameEdit.text(),
                gender=Gender(gender) if gender else None,
                ethnicity=current_data(ui.ethnicityCombo),
                birth_date=optional_date(ui.birthDateEdit),
                id_number=self._party.id_number if masked else ui.idNumberEdit.text(),
                occupation=ui.occupationEdit.text(),
                phone=self._party.phone if masked else ui.phoneEdit.text(),
                address=ui.addressEdit.text(),
                role=role,
                agents=agents,
                uuid=uuid,
            )
        return Party(
            kind=PartyKind.ORGANISATION,
            name=ui.orgNameEdit.text(),
            credit_code=ui.creditCodeEdit.text(),
            legal_representative=ui.legalRepresentativeEdit.text(),
            representative_title=ui.representativeTitleEdit.text(),
            phone=self._party.phone if masked else ui.orgPhoneEdit.text(),
            address=ui.orgAddressEdit.text(),
            role=role,
            agents=agents,
            uuid=uuid,
        )

    def reveal(self) -> None:
        """Shows the full numbers of the party on screen (and of every party loaded after)."""
        party = self.party()
        self.sensitive.unmask()
        self._loading = True
        try:
            self.sensitive.show_values(party.id_number, party.phone, party.phone)
        finally:
            self._loading = False

    def issues(self) -> list[Issue]:
        """The issues still shown: those of fields edited since are gone."""
        return list(self._issues)

    def show_issues(self, issues: Sequence[Issue]) -> list[FieldMessage]:
        """Shows issues at their fields; returns the messages that have no field here."""
        self._issues = list(issues)
        self._field_issues.clear()
        placed, unplaced = messages_by_widget(issues, self.widget_for, self._message_text)
        for widget, messages in placed.items():
            self._field_issues.show(widget, messages)
        return unplaced

    def widget_for(self, field: str) -> QWidget | None:
        """The widget that shows a party field ("phone", "agents[0].name"), if any."""
        if field == "role":
            return self.ui.roleCombo
        if _AGENT_FIELD.fullmatch(field) or field == "agents":
            return self.ui.agentsTable
        names = _PERSON_WIDGETS if self._party.kind is PartyKind.PERSON else _ORGANISATION_WIDGETS
        name = names.get(field)
        return self.findChild(QWidget, name) if name else None

    def tab_chain(self) -> list[QWidget]:
        """The editor's widgets in keyboard order, for the dialog that embeds it."""
        ui = self.ui
        return [
            ui.roleCombo,
            *(ui.nameEdit, ui.idNumberEdit, ui.genderCombo, ui.birthDateEdit, ui.ethnicityCombo),
            *(ui.phoneEdit, ui.occupationEdit, ui.addressEdit),
            *(ui.orgNameEdit, ui.creditCodeEdit, ui.legalRepresentativeEdit),
            *(ui.representativeTitleEdit, ui.orgPhoneEdit, ui.orgAddressEdit),
            *(ui.agentsTable, ui.addAgentButton, ui.editAgentButton, ui.removeAgentButton),
        ]

    def focus_field(self, field: str) -> None:
        widget = self.widget_for(field)
        if widget is not None:
            widget.setFocus()

    # -- set-up -------------------------------------------------------------------------------

    def _fill_choices(self, ethnicities: Sequence[Ethnicity]) -> None:
        ui = self.ui
        for role in PartyRole:
            ui.roleCombo.addItem(label(role), role.value)
        ui.genderCombo.addItem(NOT_CHOSEN, "")
        for gender in Gender:
            ui.genderCombo.addItem(label(gender), gender.value)
        ui.ethnicityCombo.addItem(NOT_CHOSEN, "")
        for ethnicity in ethnicities:
            ui.ethnicityCombo.addItem(ethnicity_name(ethnicity), ethnicity.code)
        ui.ethnicityCombo.setMaxVisibleItems(15)

    def _connect(self) -> None:
        ui = self.ui
        for edit in self._line_edits():
            edit.textChanged.connect(lambda _text, w=edit: self._on_field_changed(w))
        for combo in (ui.roleCombo, ui.genderCombo, ui.ethnicityCombo):
            combo.currentIndexChanged.connect(lambda _index, w=combo: self._on_field_changed(w))
        ui.birthDateEdit.dateChanged.connect(
            lambda _date: self._on_field_changed(self.ui.birthDateEdit)
        )
        ui.idNumberEdit.editingFinished.connect(self._on_id_number_edit_editing_finished)
        ui.creditCodeEdit.editingFinished.connect(self._on_credit_code_edit_editing_finished)
        for phone_edit in (ui.phoneEdit, ui.orgPhoneEdit):
            phone_edit.editingFinished.connect(
                lambda w=phone_edit: self._on_phone_edit_editing_finished(w)
            )
        self._agents.agents_edited.connect(lambda: self._on_field_changed(self.ui.agentsTable))

    def _line_edits(self) -> list[QLineEdit]:
        ui = self.ui
        return [
            *(ui.nameEdit, ui.idNumberEdit, ui.phoneEdit, ui.occupationEdit, ui.addressEdit),
            *(ui.orgNameEdit, ui.creditCodeEdit, ui.legalRepresentativeEdit),
            *(ui.representativeTitleEdit, ui.orgPhoneEdit, ui.orgAddressEdit),
        ]

    # -- loading ------------------------------------------------------------------------------

    def _load_person(self, party: Party) -> None:
        ui = self.ui
        ui.nameEdit.setText(party.name)
        self.sensitive.show_values(party.id_number, party.phone, "")
        select_data(ui.genderCombo, party.gender.value if party.gender else "")
        set_optional_date(ui.birthDateEdit, party.birth_date)
        select_data(ui.ethnicityCombo, party.ethnicity)
        ui.occupationEdit.setText(party.occupation)
        ui.addressEdit.setText(party.address)

    def _load_organisation(self, party: Party) -> None:
        ui = self.ui
        ui.orgNameEdit.setText(party.name)
        ui.creditCodeEdit.setText(party.credit_code)
        ui.legalRepresentativeEdit.setText(party.legal_representative)
        ui.representativeTitleEdit.setText(party.representative_title)
        self.sensitive.show_values("", "", party.phone)
        ui.orgAddressEdit.setText(party.address)

    def _message_text(self, issue: Issue) -> str:
        found = _AGENT_FIELD.fullmatch(issue.field)
        if found is None:
            return message_for(issue)
        return self.tr("Agent {number}: {message}").format(
            number=int(found.group(1)) + 1, message=message_for(issue)
        )

    # -- slots --------------------------------------------------------------------------------

    def _on_field_changed(self, widget: QWidget) -> None:
        if self._loading:
            return
        self._field_issues.clear(widget)
        self._issues = [i for i in self._issues if self.widget_for(i.field) is not widget]
        self.party_edited.emit()

    def _on_id_number_edit_editing_finished(self) -> None:
        """Checks the number as soon as it is typed and fills birth date and gender from it."""
        check = check_id_number(self.ui.idNumberEdit.text(), self._today)
        self._field_issues.show_issues(self.ui.idNumberEdit, check.issues)
        if not check.number or has_errors(check.issues):
            return
        if check.number != self.ui.idNumberEdit.text():
            self.ui.idNumberEdit.setText(check.number)
        if check.birth_date is not None and optional_date(self.ui.birthDateEdit) is None:
            self.ui.birthDateEdit.setDate(to_qdate(check.birth_date))
        if check.gender is not None and not current_data(self.ui.genderCombo):
            select_data(self.ui.genderCombo, check.gender.value)
        # Filling in clears the edit's own message; show the warnings (region) again.
        self._field_issues.show_issues(self.ui.idNumberEdit, check.issues)

    def _on_credit_code_edit_editing_finished(self) -> None:
        code, issues = check_credit_code(self.ui.creditCodeEdit.text())
        if code and not issues and code != self.ui.creditCodeEdit.text():
            self.ui.creditCodeEdit.setText(code)
        self._field_issues.show_issues(self.ui.creditCodeEdit, issues)

    def _on_phone_edit_editing_finished(self, edit: QLineEdit) -> None:
        number, issues = check_phone(edit.text())
        if number and not has_errors(issues) and number != edit.text():
            edit.setText(number)
        self._field_issues.show_issues(edit, issues)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Opens the birth-date calendar at a plausible year while no date is given."""
        calendar = self.ui.birthDateEdit.calendarWidget()
        shown = watched is calendar and event.type() == QEvent.Type.Show
        if shown and self.ui.birthDateEdit.date() <= NOT_GIVEN_DATE:
            calendar.setCurrentPage(*_CALENDAR_START)
        return super().eventFilter(watched, event)
