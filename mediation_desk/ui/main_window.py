"""The main window: today's worklist, and the case list with instant search and filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QMainWindow, QWidget

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.ui.generated.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:  # the model and the data types load after the window is shown
    from collections.abc import Callable

    from mediation_desk.domain.access.roles import Account, Action
    from mediation_desk.domain.models import Category, Committee, Mediator
    from mediation_desk.domain.search import CaseFilter
    from mediation_desk.ui.case_table_model import CaseTableModel
    from mediation_desk.ui.worklist_model import WorklistModel

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Shows the worklist and the case list; raises intentions as signals for the workflows."""

    new_case_requested = Signal()
    case_open_requested = Signal(str)  # case uuid: the intake record, to read or correct
    progress_requested = Signal(str)  # case uuid: accept, divert, conclude… (issue 3)
    records_requested = Signal(str)  # case uuid: investigations, sessions, agreement (issue 4)
    committee_settings_requested = Signal()
    backup_requested = Signal()  # Data menu: into the backups folder
    backup_to_folder_requested = Signal()
    restore_requested = Signal()
    worklist_refresh_requested = Signal()
    about_requested = Signal()
    close_requested = Signal()
    users_requested = Signal()  # Committee menu: the director's accounts
    settings_requested = Signal()
    audit_log_requested = Signal()
    retention_requested = Signal()  # Data menu: archived cases past the retention time
    change_password_requested = Signal()  # Account menu
    lock_requested = Signal()
    switch_user_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._model: CaseTableModel | None = None
        self._worklist: WorklistModel | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._count_label = QLabel(self)
        self.ui.statusBar.addPermanentWidget(self._count_label)
        self.ui.emptyHintLabel.hide()
        self._allows: Callable[[Action], bool] | None = None  # None: everything (no accounts)
        self._has_account = False
        self._ready = False
        self.set_ready(False)
        self._connect()

    def _connect(self) -> None:
        self.ui.newCaseButton.clicked.connect(self.new_case_requested)
        self.ui.actionNewCase.triggered.connect(self.new_case_requested)
        self.ui.actionOpenCase.triggered.connect(self._on_action_open_case_triggered)
        self.ui.actionCommitteeSettings.triggered.connect(self.committee_settings_requested)
        self.ui.actionAbout.triggered.connect(self.about_requested)
        self.ui.actionBackUpNow.triggered.connect(self.backup_requested)
        self.ui.actionBackUpToFolder.triggered.connect(self.backup_to_folder_requested)
        self.ui.actionRestoreBackup.triggered.connect(self.restore_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionUsers.triggered.connect(self.users_requested)
        self.ui.actionSettings.triggered.connect(self.settings_requested)
        self.ui.actionAuditLog.triggered.connect(self.audit_log_requested)
        self.ui.actionRetention.triggered.connect(self.retention_requested)
        self.ui.actionChangePassword.triggered.connect(self.change_password_requested)
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionSwitchUser.triggered.connect(self.switch_user_requested)
        self.ui.caseTable.activated.connect(self._on_case_table_activated)
        self.ui.todayTable.activated.connect(self._on_today_table_activated)
        self.ui.progressButton.clicked.connect(self._on_progress_button_clicked)
        self.ui.actionCaseProgress.triggered.connect(self._on_progress_button_clicked)
        self.ui.recordsButton.clicked.connect(self._on_records_button_clicked)
        self.ui.actionCaseRecords.triggered.connect(self._on_records_button_clicked)
        self.ui.refreshTodayButton.clicked.connect(self.worklist_refresh_requested)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.apply_filter)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)

    def install_shortcuts(self) -> None:
        """Keyboard shortcuts; set after the first paint, as resolving them loads Qt's key enums."""
        from PySide6.QtGui import QKeySequence

        ui = self.ui
        for action, keys in (
            (ui.actionNewCase, "Ctrl+N"),
            (ui.actionOpenCase, "Return"),
            (ui.actionCaseProgress, "Ctrl+P"),
            (ui.actionCaseRecords, "Ctrl+R"),
            (ui.actionQuit, "Ctrl+Q"),
        ):
            action.setShortcut(QKeySequence(keys))

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (ui.statusFilter, ui.categoryFilter, ui.yearFilter, ui.mediatorFilter)

    # -- set-up by the application --------------------------------------------------------
    def set_ready(self, ready: bool, message: str = "") -> None:
        """Enables the controls once the database is open (they are disabled while it opens)."""
        controls = (
            self.ui.newCaseButton,
            self.ui.progressButton,
            self.ui.recordsButton,
            self.ui.refreshTodayButton,
            self.ui.searchEdit,
        )
        for widget in (*controls, *self._filter_combos()):
            widget.setEnabled(ready)
        self.ui.actionNewCase.setEnabled(ready)
        self.ui.actionCommitteeSettings.setEnabled(ready)
        for action in (
            self.ui.actionBackUpNow,
            self.ui.actionBackUpToFolder,
            self.ui.actionRestoreBackup,
        ):
            action.setEnabled(ready)
        self._ready = ready
        self._apply_permissions()
        if message:
            self.ui.statusBar.showMessage(message)
        elif ready:
            self.ui.statusBar.clearMessage()

    def set_account(self, account: Account | None, allows: Callable[[Action], bool]) -> None:
        """Shows who is signed in and hides what their role may not do (the services refuse
        it anyway). None: nobody, in a database without accounts."""
        from mediation_desk.ui.access_messages import role_name

        self._allows = allows
        self._has_account = account is not None
        if account is None:
            self.ui.userLabel.setText("")
        else:
            self.ui.userLabel.setText(
                self.tr("Signed in: %1 (%2)")
                .replace("%1", account.display_name)
                .replace("%2", role_name(account.role))
            )
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        ui = self.ui
        for action in (ui.actionChangePassword, ui.actionLock, ui.actionSwitchUser):
            action.setEnabled(self._ready and self._has_account)
        if self._allows is None:
            return  # before the database opens: set_ready alone decides (and no import yet)
        from mediation_desk.domain.access.roles import Action

        ready, allows = self._ready, self._allows
        register = ready and allows(Action.REGISTER_CASE)
        ui.newCaseButton.setVisible(allows(Action.REGISTER_CASE))
        ui.newCaseButton.setEnabled(register)
        ui.actionNewCase.setEnabled(register)
        for action, needed in (
            (ui.actionCommitteeSettings, Action.EDIT_COMMITTEE),
            (ui.actionUsers, Action.MANAGE_USERS),
            (ui.actionSettings, Action.CHANGE_SETTINGS),
            (ui.actionAuditLog, Action.VIEW_AUDIT_LOG),
            (ui.actionRetention, Action.DELETE_EXPIRED),
            (ui.actionRestoreBackup, Action.RESTORE),
            (ui.actionBackUpToFolder, Action.EXPORT_UNMASKED),  # a full copy leaves the PC
        ):
            action.setEnabled(ready and allows(needed))
            action.setVisible(allows(needed))

    def set_locked(self, locked: bool) -> None:
        """Hides every case while the app is locked or nobody is signed in."""
        self.ui.centralWidget.setVisible(not locked)
        self.ui.menuBar.setEnabled(not locked)
        self.ui.statusBar.setVisible(not locked)  # not even the number of cases

    def set_model(self, model: CaseTableModel) -> None:
        self._model = model
        self.ui.caseTable.setModel(model)
        header = self.ui.caseTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 100, 260, 110, 100)):
            header.resizeSection(column, width)
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def set_worklist_model(self, model: WorklistModel) -> None:
        self._worklist = model
        self.ui.todayTable.setModel(model)
        header = self.ui.todayTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 420, 100, 130)):
            header.resizeSection(column, width)
        model.modelReset.connect(self._on_worklist_reset)

    def set_worklist_loading(self) -> None:
        self.ui.todaySummaryLabel.setText(self.tr("Loading today's worklist…"))

    def set_worklist_failed(self, message: str) -> None:
        self.ui.todaySummaryLabel.setText(
            self.tr("The worklist could not be loaded. %1").replace("%1", message)
        )

    def _on_worklist_reset(self) -> None:
        from mediation_desk.ui.labels import resolve_plural

        assert self._worklist is not None
        total, overdue, due_soon = self._worklist.counts()
        if total == 0:
            text = self.tr("Nothing due today.")
        else:
            text = self.tr("%n item(s): %1 overdue, %2 due soon", "", total)
            text = resolve_plural(text, total)
            text = text.replace("%1", str(overdue)).replace("%2", str(due_soon))
        self.ui.todaySummaryLabel.setText(text)

    def set_committee(self, committee: Committee) -> None:
        from PySide6.QtCore import Qt  # its enums take ~40 ms to load: not before the first paint

        self.ui.committeeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.emptyHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.committeeLabel.setText(committee.name)
        self.setWindowTitle(self.tr("Mediation Desk — %1").replace("%1", committee.name))

    def set_choices(
        self, categories: Sequence[Category], years: Sequence[int], mediators: Sequence[Mediator]
    ) -> None:
        """Fills the filter combos; the current choices are kept where still possible."""
        from mediation_desk.ui.labels import category_name, label  # not needed to show the window

        all_text = self.tr("All")
        self._refill(self.ui.statusFilter, [(all_text, None)] + [(label(s), s) for s in CaseStatus])
        self._refill(
            self.ui.categoryFilter,
            [(all_text, None)] + [(category_name(c), c.code) for c in categories],
        )
        self._refill(self.ui.yearFilter, [(all_text, None)] + [(str(y), y) for y in years])
        self._refill(
            self.ui.mediatorFilter, [(all_text, None)] + [(m.name, m.uuid) for m in mediators]
        )

    @staticmethod
    def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # -- filtering and selection --------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        from mediation_desk.domain.search import CaseFilter

        status = self.ui.statusFilter.currentData()
        return CaseFilter(
            text=self.ui.searchEdit.text(),
            status=CaseStatus(status) if status else None,
            category_code=self.ui.categoryFilter.currentData(),
            year=self.ui.yearFilter.currentData(),
            mediator_uuid=self.ui.mediatorFilter.currentData(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self._model is not None:
            self._model.set_filter(self.current_filter())

    def select_case(self, uuid: str) -> None:
        if self._model is None:
            return
        row = self._model.row_of(uuid)
        if row >= 0:
            index = self._model.index(row, 0)
            self.ui.caseTable.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ui.caseTable.scrollTo(index)

    def _on_model_reset(self) -> None:
        assert self._model is not None
        rows = self._model.rowCount()
        is_unfiltered = not any(vars(self._model.current_filter()).values())
        self.ui.emptyHintLabel.setVisible(rows == 0 and is_unfiltered)
        from mediation_desk.ui.labels import resolve_plural

        self._count_label.setText(resolve_plural(self.tr("%n case(s)", "", rows), rows))

    def _on_case_table_activated(self, index: QModelIndex) -> None:
        if self._model is not None and (summary := self._model.summary(index.row())):
            self.case_open_requested.emit(summary.uuid)

    def _on_today_table_activated(self, index: QModelIndex) -> None:
        # A worklist item is about a deadline or a risk: what to do next is on the progress page.
        if self._worklist is not None and (item := self._worklist.item(index.row())):
            self.progress_requested.emit(item.case_uuid)

    def selected_case(self) -> str | None:
        """The uuid of the case selected on the tab being shown, if any."""
        if self.ui.mainTabs.currentWidget() is self.ui.todayTab:
            row = self.ui.todayTable.currentIndex().row()
            item = self._worklist.item(row) if self._worklist is not None and row >= 0 else None
            return item.case_uuid if item else None
        row = self.ui.caseTable.currentIndex().row()
        summary = self._model.summary(row) if self._model is not None and row >= 0 else None
        return summary.uuid if summary else None

    def _on_progress_button_clicked(self) -> None:
        self._emit_for_selected(self.progress_requested)

    def _on_records_button_clicked(self) -> None:
        self._emit_for_selected(self.records_requested)

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        uuid = self.selected_case()
        if uuid is None:
            self.ui.statusBar.showMessage(self.tr("Select a case in the list first."), 5000)
            return
        signal.emit(uuid)

    def _on_action_open_case_triggered(self) -> None:
        if self.ui.mainTabs.currentWidget() is self.ui.todayTab:
            self._on_today_table_activated(self.ui.todayTable.currentIndex())
        else:
            self._on_case_table_activated(self.ui.caseTable.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit()
        super().closeEvent(event)
