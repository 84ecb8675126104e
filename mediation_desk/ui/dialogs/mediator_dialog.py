"""The dialog that adds or edits one mediator (人民调解员), and the committee's mediator list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.enums import Gender, MediatorKind
from mediation_desk.domain.models import Ethnicity, Mediator, new_uuid
from mediation_desk.domain.validation import (
    Issue,
    check_phone,
    clean_text,
    has_errors,
    validate_mediator,
)
from mediation_desk.ui.dialogs.field_issues import FieldIssues, messages_by_widget
from mediation_desk.ui.dialogs.relatives_table import RelativesTable, relative_row
from mediation_desk.ui.generated.ui_committee_setup import Ui_CommitteeSetupDialog
from mediation_desk.ui.generated.ui_mediator_dialog import Ui_MediatorDialog
from mediation_desk.ui.labels import ethnicity_name, label
from mediation_desk.ui.validation_messages import message_for


class MediatorDialog(QDialog):
    """Name, gender, ethnicity, phone, working languages, role and status of one mediator."""

    def __init__(
        self,
        *,
        ethnicities: Sequence[Ethnicity],
        mediator: Mediator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MediatorDialog()
        self.ui.setupUi(self)
        self._uuid = mediator.uuid if mediator is not None else new_uuid()
        self._field_issues = FieldIssues()
        self._confirmed_warnings: list[Issue] = []
        self._ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_text = self._ok_button.text()
        self._fill_choices(ethnicities)
        self._relatives = RelativesTable(self.ui, self)
        self._widgets: dict[str, QWidget] = {
            "name": self.ui.nameEdit,
            "ethnicity": self.ui.ethnicityCombo,
            "phone": self.ui.phoneEdit,
            "speaks_chinese": self.ui.languagesWidget,
            "speaks_mongolian": self.ui.languagesWidget,
        }
        if mediator is None:
            self.setWindowTitle(self.tr("Add a mediator"))
            self._load(Mediator(name=""))
        else:
            self.setWindowTitle(self.tr("Edit the mediator"))
            self._load(mediator)
        self._connect()

    def mediator(self) -> Mediator:
        """The mediator as entered, with text cleaned, the phone normalised and the uuid kept."""
        gender = self.ui.genderCombo.currentData()
        return Mediator(
            name=clean_text(self.ui.nameEdit.text()),
            gender=Gender(gender) if gender else None,
            ethnicity=str(self.ui.ethnicityCombo.currentData() or ""),
            phone=check_phone(self.ui.phoneEdit.text())[0],
            speaks_mongolian=self.ui.mongolianCheck.isChecked(),
            speaks_chinese=self.ui.chineseCheck.isChecked(),
            kind=MediatorKind(self.ui.kindCombo.currentData()),
            active=self.ui.activeCheck.isChecked(),
            uuid=self._uuid,
            relatives=self._relatives.relatives(),
        )

    def _fill_choices(self, ethnicities: Sequence[Ethnicity]) -> None:
        self.ui.genderCombo.addItem(self.tr("Not given"), "")
        for gender in Gender:
            self.ui.genderCombo.addItem(label(gender), gender.value)
        self.ui.ethnicityCombo.addItem(self.tr("Not given"), "")
        for ethnicity in ethnicities:
            self.ui.ethnicityCombo.addItem(ethnicity_name(ethnicity), ethnicity.code)
        for kind in MediatorKind:
            self.ui.kindCombo.addItem(label(kind), kind.value)

    def _load(self, mediator: Mediator) -> None:
        self.ui.nameEdit.setText(mediator.name)
        gender = mediator.gender.value if mediator.gender is not None else ""
        self.ui.genderCombo.setCurrentIndex(max(self.ui.genderCombo.findData(gender), 0))
        combo = self.ui.ethnicityCombo
        if mediator.ethnicity and combo.findData(mediator.ethnicity) < 0:
            combo.addItem(mediator.ethnicity, mediator.ethnicity)  # keep a code the list lacks
        combo.setCurrentIndex(max(combo.findData(mediator.ethnicity), 0))
        self.ui.phoneEdit.setText(mediator.phone)
        self.ui.chineseCheck.setChecked(mediator.speaks_chinese)
        self.ui.mongolianCheck.setChecked(mediator.speaks_mongolian)
        self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(mediator.kind.value), 0))
        self.ui.activeCheck.setChecked(mediator.active)
        self._relatives.load(mediator.relatives)

    def _connect(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.textEdited.connect(lambda _text: self._on_field_edited(self.ui.nameEdit))
        self.ui.phoneEdit.textEdited.connect(lambda _text: self._on_field_edited(self.ui.phoneEdit))
        self.ui.phoneEdit.editingFinished.connect(self._on_phone_edit_editing_finished)
        table = self.ui.relativesTable
        table.itemChanged.connect(lambda _item: self._on_field_edited(table))
        for check in (self.ui.chineseCheck, self.ui.mongolianCheck):
            check.toggled.connect(lambda _on: self._on_field_edited(self.ui.languagesWidget))

    def _widget_for(self, field: str) -> QWidget | None:
        if relative_row(field) is not None:
            return self.ui.relativesTable
        return self._widgets.get(field)

    def _show(self, issues: list[Issue]) -> None:
        placed, _unplaced = messages_by_widget(issues, self._widget_for, self._relatives.message)
        self._field_issues.clear()
        for widget, messages in placed.items():
            self._field_issues.show(widget, messages)

    def _on_button_box_accepted(self) -> None:
        issues = validate_mediator(self.mediator())
        self._show(issues)
        if has_errors(issues):
            first = next(issue for issue in issues if issue.is_error)
            widget = self._widget_for(first.field)
            if widget is not None:
                widget.setFocus()
            return
        # Warnings are shown once; pressing OK again with nothing changed accepts them.
        if issues and issues != self._confirmed_warnings:
            self._confirmed_warnings = issues
            self._ok_button.setText(self.tr("OK anyway"))
            return
        self.accept()

    def _on_phone_edit_editing_finished(self) -> None:
        self._field_issues.show_issues(self.ui.phoneEdit, check_phone(self.ui.phoneEdit.text())[1])

    def _on_field_edited(self, widget: QWidget) -> None:
        self._field_issues.clear(widget)
        if self._confirmed_warnings:
            self._confirmed_warnings = []
            self._ok_button.setText(self._ok_text)


class MediatorList(QObject):
    """The committee dialog's mediator table, its Add / Edit / Remove buttons and the hint on
    the committee's composition; adding and editing go through MediatorDialog."""

    def __init__(
        self,
        ui: Ui_CommitteeSetupDialog,
        ethnicities: Sequence[Ethnicity],
        mediators: Sequence[Mediator],
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self._ui = ui
        self._owner = owner
        self._ethnicities = tuple(ethnicities)
        self._ethnicity_names = {e.code: ethnicity_name(e) for e in ethnicities}
        self._mediators = list(mediators)
        header = ui.mediatorsTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.mediatorsTable.itemSelectionChanged.connect(self._on_mediators_table_selection_changed)
        ui.mediatorsTable.itemActivated.connect(self._on_edit_mediator_button_clicked)
        ui.addMediatorButton.clicked.connect(self._on_add_mediator_button_clicked)
        ui.editMediatorButton.clicked.connect(self._on_edit_mediator_button_clicked)
        ui.removeMediatorButton.clicked.connect(self._on_remove_mediator_button_clicked)
        self._refresh()

    def mediators(self) -> list[Mediator]:
        """The mediators listed, in table order."""
        return list(self._mediators)

    def first_problem(self) -> str:
        """Selects the first mediator that cannot be saved and says why; "" when all can."""
        for row, mediator in enumerate(self._mediators):
            errors = [issue for issue in validate_mediator(mediator) if issue.is_error]
            if errors:
                self._ui.mediatorsTable.selectRow(row)
                return self.tr("{name}: {problem} Please edit this mediator.").format(
                    name=mediator.name or "?", problem=message_for(errors[0])
                )
        return ""

    def _refresh(self, select: int | None = None) -> None:
        table = self._ui.mediatorsTable
        table.setRowCount(len(self._mediators))
        for row, mediator in enumerate(self._mediators):
            for column, text in enumerate(self._cells(mediator)):
                item = QTableWidgetItem(text)
                if not mediator.active:
                    item.setForeground(self._owner.palette().placeholderText())
                table.setItem(row, column, item)
        if select is not None and 0 <= select < len(self._mediators):
            table.selectRow(select)
        self._on_mediators_table_selection_changed()
        hint = composition_hint(self._mediators)
        self._ui.compositionHintLabel.setText(hint)
        self._ui.compositionHintLabel.setVisible(bool(hint))

    def _cells(self, mediator: Mediator) -> list[str]:
        languages = []
        if mediator.speaks_chinese:
            languages.append(QCoreApplication.translate("MediatorDialog", "Chinese"))
        if mediator.speaks_mongolian:
            languages.append(QCoreApplication.translate("MediatorDialog", "Mongolian"))
        return [
            mediator.name,
            label(mediator.gender) if mediator.gender is not None else "",
            self._ethnicity_names.get(mediator.ethnicity, mediator.ethnicity),
            mediator.phone,
            self.tr(", ").join(languages),
            label(mediator.kind),
            self.tr("Yes") if mediator.active else self.tr("No"),
        ]

    def _selected_row(self) -> int | None:
        rows = self._ui.mediatorsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_mediators_table_selection_changed(self) -> None:
        chosen = self._selected_row() is not None
        self._ui.editMediatorButton.setEnabled(chosen)
        self._ui.removeMediatorButton.setEnabled(chosen)

    def _on_add_mediator_button_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_mediator_button_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, row: int | None) -> None:
        mediator = self._mediators[row] if row is not None else None
        dialog = MediatorDialog(
            ethnicities=self._ethnicities, mediator=mediator, parent=self._owner
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_mediator_dialog_accepted(dialog.mediator(), row))
        dialog.open()

    def _on_mediator_dialog_accepted(self, mediator: Mediator, row: int | None) -> None:
        if row is None:
            self._mediators.append(mediator)
            row = len(self._mediators) - 1
        else:
            self._mediators[row] = mediator
        self._refresh(select=row)

    def _on_remove_mediator_button_clicked(self) -> None:
        # Only dropped from the list: the service keeps a left-out mediator as inactive.
        row = self._selected_row()
        if row is not None:
            del self._mediators[row]
            self._refresh(select=min(row, len(self._mediators) - 1))


# Not given, Han, and Chinese citizens of foreign origin: none counts as a minority nationality.
_NOT_MINORITY = frozenset({"", "01", "98"})


def composition_hint(mediators: Sequence[Mediator]) -> str:
    """A gentle reminder when the active committee members include no woman or no member of a
    minority nationality (人民调解法 art 9), or when nobody is listed; "" when all is well."""
    active = [mediator for mediator in mediators if mediator.active]
    if not active:
        return QCoreApplication.translate(
            "MediatorDialog",
            "No mediators are listed yet. Every case needs one: add the committee's members here.",
        )
    members = [mediator for mediator in active if mediator.kind is MediatorKind.MEMBER]
    no_woman = not any(member.gender is Gender.FEMALE for member in members)
    no_minority = all(member.ethnicity in _NOT_MINORITY for member in members)
    if no_woman and no_minority:
        return QCoreApplication.translate(
            "MediatorDialog",
            "Reminder: the People's Mediation Law (art. 9) asks for women among the committee "
            "members and, in a multi-ethnic area like ours, members of minority nationalities. "
            "Neither is listed yet. You can still save.",
        )
    if no_woman:
        return QCoreApplication.translate(
            "MediatorDialog",
            "Reminder: the People's Mediation Law (art. 9) asks for women among the committee "
            "members. No woman member is listed yet. You can still save.",
        )
    if no_minority:
        return QCoreApplication.translate(
            "MediatorDialog",
            "Reminder: the People's Mediation Law (art. 9) asks for members of minority "
            "nationalities in a multi-ethnic area like ours. None is listed among the committee "
            "members yet. You can still save.",
        )
    return ""
