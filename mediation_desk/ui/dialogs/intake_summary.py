"""The line above the intake dialog's buttons and the tab titles that say where problems are."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.validation import Issue, has_errors
from mediation_desk.ui.dialogs.field_issues import ERROR_COLOUR, WARNING_COLOUR, FieldMessage
from mediation_desk.ui.generated.ui_intake_dialog import Ui_IntakeDialog


class IssueSummary(QObject):
    """Sums up the last check: how many fields need attention, and on which tabs."""

    def __init__(self, ui: Ui_IntakeDialog, owner: QWidget) -> None:
        super().__init__(owner)
        self._ui = ui
        tabs = ui.tabWidget
        self._tab_titles = [tabs.tabText(index) for index in range(tabs.count())]
        ui.issuesLabel.hide()

    def show_issues(
        self,
        issues: Sequence[Issue],
        unplaced: Sequence[FieldMessage],
        tab_of: Callable[[Issue], int],
    ) -> None:
        """Counts errors (or, when there are none, warnings) and marks the tabs holding them."""
        self._mark_tabs(issues, tab_of)
        if not issues:
            self.clear()
            return
        errors = [issue for issue in issues if issue.is_error]
        if errors:
            text = self.tr(
                "Please correct the %n item(s) marked in red before saving.", "", len(errors)
            )
        else:
            text = self.tr(
                "Please check the %n item(s) marked in orange. If they are right, press "
                "“Save anyway”.",
                "",
                len(issues),
            )
        lines = [text, *dict.fromkeys(message.text for message in unplaced)]
        self._show("\n".join(lines), ERROR_COLOUR if errors else WARNING_COLOUR)

    def show_error(self, message: str) -> None:
        self._show(self.tr("Could not save: {message}").format(message=message), ERROR_COLOUR)

    def show_saving(self) -> None:
        self._mark_tabs((), lambda _issue: -1)
        self._show(self.tr("Saving…"), "")

    def clear(self) -> None:
        self._ui.issuesLabel.clear()
        self._ui.issuesLabel.hide()

    def _show(self, text: str, colour: str) -> None:
        label = self._ui.issuesLabel
        label.setText(text)
        label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        label.show()

    def _mark_tabs(self, issues: Sequence[Issue], tab_of: Callable[[Issue], int]) -> None:
        tabs = self._ui.tabWidget
        for index, title in enumerate(self._tab_titles):
            found = [issue for issue in issues if tab_of(issue) == index]
            colour = ERROR_COLOUR if has_errors(found) else WARNING_COLOUR if found else ""
            counted = self.tr("%1 (%2)", "tab title (number of problems)")
            text = counted.replace("%1", title).replace("%2", str(len(found)))
            tabs.setTabText(index, text if found else title)
            tabs.tabBar().setTabTextColor(index, QColor(colour) if colour else QColor())
