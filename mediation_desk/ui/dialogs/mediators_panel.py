"""The Mediators tab of the intake dialog: who mediates, and how they were selected."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from mediation_desk.domain.enums import MediatorSelection
from mediation_desk.domain.models import Mediator
from mediation_desk.ui.generated.ui_intake_dialog import Ui_IntakeDialog
from mediation_desk.ui.labels import label

_UUID_ROLE = Qt.ItemDataRole.UserRole


class MediatorsPanel(QObject):
    """A checkable list of mediators; remembers the order they were ticked in (the first leads)."""

    mediators_edited = Signal()

    def __init__(self, ui: Ui_IntakeDialog, owner: QWidget) -> None:
        super().__init__(owner)
        self._ui = ui
        self._order: list[str] = []
        ui.mediatorsList.itemChanged.connect(self._on_mediators_list_item_changed)
        ui.assignedByCommitteeRadio.toggled.connect(lambda _on: self.mediators_edited.emit())

    def set_mediators(
        self,
        mediators: Sequence[Mediator],
        chosen: Sequence[str],
        selection: MediatorSelection,
    ) -> None:
        """Lists the active mediators and any chosen ones no longer active (kept and ticked)."""
        by_uuid = {m.uuid: m for m in mediators}
        listed = [m.uuid for m in mediators if m.active]
        listed += [uuid for uuid in chosen if uuid not in listed]
        list_widget = self._ui.mediatorsList
        list_widget.blockSignals(True)
        list_widget.clear()
        for uuid in listed:
            item = QListWidgetItem(self._item_text(by_uuid.get(uuid)))
            item.setData(_UUID_ROLE, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = uuid in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            list_widget.addItem(item)
        list_widget.blockSignals(False)
        self._order = list(dict.fromkeys(chosen))
        chosen_by_parties = selection is MediatorSelection.CHOSEN_BY_PARTIES
        self._ui.chosenByPartiesRadio.setChecked(chosen_by_parties)
        self._ui.assignedByCommitteeRadio.setChecked(not chosen_by_parties)

    def chosen(self) -> tuple[str, ...]:
        """The ticked mediators' uuids, in the order they were ticked."""
        return tuple(self._order)

    def selection(self) -> MediatorSelection:
        if self._ui.chosenByPartiesRadio.isChecked():
            return MediatorSelection.CHOSEN_BY_PARTIES
        return MediatorSelection.ASSIGNED_BY_COMMITTEE

    def _item_text(self, mediator: Mediator | None) -> str:
        if mediator is None:
            return self.tr("(a mediator no longer on the list)")
        details = [label(mediator.kind)]
        if mediator.speaks_mongolian:
            details.append(self.tr("speaks Mongolian"))
        if not mediator.active:
            details.append(self.tr("no longer active"))
        separator = self.tr(", ", "between the details of a mediator")
        return (
            self.tr("%1 (%2)", "mediator name, details")
            .replace("%1", mediator.name)
            .replace("%2", separator.join(details))
        )

    def _on_mediators_list_item_changed(self, item: QListWidgetItem) -> None:
        uuid = str(item.data(_UUID_ROLE))
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and uuid not in self._order:
            self._order.append(uuid)
        elif not ticked and uuid in self._order:
            self._order.remove(uuid)
        self.mediators_edited.emit()
