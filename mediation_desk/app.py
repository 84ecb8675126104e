"""Composition root: builds the application, shows the window first, then opens the database."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk import __version__
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.i18n import DEFAULT_LANGUAGE, install_translators
from mediation_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from mediation_desk.db.instance_lock import InstanceLock
    from mediation_desk.domain.lifecycle.worklist import WorkItem
    from mediation_desk.services.bootstrap import Services
    from mediation_desk.services.opening import OpenedDatabase
    from mediation_desk.ui.crash_reporter import CrashReporter
    from mediation_desk.ui.data_workflow import DataWorkflow
    from mediation_desk.ui.database_problems import DatabaseProblemFlow
    from mediation_desk.ui.worklist_model import WorklistModel

# Chinese first, then a Mongolian-script font for names written in traditional Mongolian.
UI_FONT_FAMILIES = [
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Noto Sans Mongolian",
    "Mongolian Baiti",
]


class Application(QObject):
    """Owns the window, the job runner and (once opened) the services and workflows."""

    def __init__(self, qt_app: QApplication, target: str | None) -> None:
        super().__init__(qt_app)
        self._qt_app = qt_app
        self._target = target
        self.runner = JobRunner(self)
        self.window = MainWindow()
        self.services: Services | None = None
        self.opened: OpenedDatabase | None = None
        self.worklist: WorklistModel | None = None
        self.data: DataWorkflow | None = None
        self.problems: DatabaseProblemFlow | None = None
        self.crash_reporter: CrashReporter | None = None  # set by run_gui, not in tests
        self._held_lock: InstanceLock | None = None  # kept while a restore replaces the file
        self._workflows: list[QObject] = []
        self._worklist_generation = 0  # only the latest load may fill the list
        self._first_run = False  # the committee was set up in this session
        self._signed_in_once = False
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.about_requested.connect(self._on_window_about_requested)
        self.runner.unhandled_failure.connect(self._on_runner_unhandled_failure)
        self._connect_window()

    def _connect_window(self) -> None:
        """The window's requests go to whichever workflows the open database has (they are
        built anew when the database is reopened after a restore)."""
        window = self.window
        window.worklist_refresh_requested.connect(self.refresh_worklist)
        window.new_case_requested.connect(lambda: self.cases.new_case())
        window.case_open_requested.connect(lambda uuid: self.cases.open_case(uuid))
        window.progress_requested.connect(lambda uuid: self.progress.open(uuid))
        window.records_requested.connect(lambda uuid: self.records.open(uuid))
        window.committee_settings_requested.connect(lambda: self.committee.edit())
        window.backup_requested.connect(lambda: self._data_action("back_up_now"))
        window.backup_to_folder_requested.connect(lambda: self._data_action("back_up_to_folder"))
        window.restore_requested.connect(lambda: self._data_action("open_restore"))
        window.users_requested.connect(lambda: self.access.open_users())
        window.settings_requested.connect(lambda: self.access.open_settings())
        window.audit_log_requested.connect(lambda: self.progress.audit.open_full_log())
        window.retention_requested.connect(lambda: self.retention.open_retention())
        window.change_password_requested.connect(lambda: self.access.change_own_password())
        window.lock_requested.connect(lambda: self.access.lock())
        window.switch_user_requested.connect(lambda: self.access.switch_user())

    def _data_action(self, name: str) -> None:
        from mediation_desk.domain.access.roles import Action

        needed = {"open_restore": Action.RESTORE, "back_up_to_folder": Action.EXPORT_UNMASKED}
        services = self.services
        if name in needed and services is not None and not services.access.allows(needed[name]):
            return  # the menu hides it; a shortcut or a stale menu must not get past
        if self.data is not None:
            getattr(self.data, name)()

    def start(self) -> None:
        self.window.show()
        self._qt_app.processEvents()  # paint now, before anything slow happens
        self.window.set_ready(
            False, QCoreApplication.translate("Application", "Opening the database…")
        )
        QTimer.singleShot(0, self.window.install_shortcuts)
        QTimer.singleShot(0, self._open_database)

    def _open_database(self) -> None:
        target = self._target
        held, self._held_lock = self._held_lock, None

        def work() -> OpenedDatabase:
            # SQLAlchemy is first imported here: off the GUI thread, after the window shows.
            from mediation_desk.services.bootstrap import resolve_target
            from mediation_desk.services.opening import open_for_writing

            url = resolve_target(target, os.environ.get("MEDIATION_DESK_DB"))
            return open_for_writing(url, lock=held)

        self.runner.submit(
            work,
            writes=True,
            name="open-database",
            on_success=self._on_database_opened,
            on_failure=self._on_database_failed,
        )

    def _on_database_opened(self, opened: OpenedDatabase) -> None:
        from mediation_desk.ui.access_workflow import AccessWorkflow
        from mediation_desk.ui.case_table_model import CaseTableModel
        from mediation_desk.ui.case_workflow import CaseWorkflow
        from mediation_desk.ui.committee_workflow import CommitteeWorkflow
        from mediation_desk.ui.labels import category_name
        from mediation_desk.ui.progress_workflow import ProgressWorkflow
        from mediation_desk.ui.records_workflow import RecordsWorkflow
        from mediation_desk.ui.retention_workflow import RetentionWorkflow
        from mediation_desk.ui.worklist_model import WorklistModel

        services = opened.services
        self.opened = opened
        self.services = services
        self._signed_in_once = False  # after a restore the restored database's accounts hold
        names = {
            c.code: category_name(c) for c in services.reference.categories(include_inactive=True)
        }
        model = CaseTableModel(services.case_list, lambda code: names.get(code, code), self.window)
        self.window.set_model(model)
        self.worklist = WorklistModel(services.worklist.reference.risk_scale, self.window)
        self.window.set_worklist_model(self.worklist)
        for old in self._workflows:  # those of the database before a restore
            old.deleteLater()
        self.cases = CaseWorkflow(self.window, services, self.runner, on_saved=self.refresh)
        self.committee = CommitteeWorkflow(
            self.window,
            services,
            self.runner,
            on_saved=self._on_committee_saved,
            on_first_run_cancelled=self._quit,
        )
        self.access = AccessWorkflow(
            self.window, services, self.runner, on_signed_in=self._on_signed_in, on_quit=self._quit
        )
        self.progress = ProgressWorkflow(self.window, services, self.runner, on_saved=self.refresh)
        self.records = RecordsWorkflow(self.window, services, self.runner, on_saved=self.refresh)
        self.retention = RetentionWorkflow(self.window, services, self.runner)
        self._workflows = [self.cases, self.committee, self.progress, self.records, self.access]
        self._workflows.append(self.retention)
        self._set_up_data_menu(opened)
        if services.committee.get() is None:
            self.window.set_ready(
                False,
                QCoreApplication.translate("Application", "Please set up your committee first."),
            )
            self._first_run = True
            self.committee.edit(first_run=True)
            return
        self._on_committee_saved()

    def _set_up_data_menu(self, opened: OpenedDatabase) -> None:
        from mediation_desk.services.backup import BackupService
        from mediation_desk.ui.data_workflow import DataWorkflow
        from mediation_desk.ui.startup_messages import network_share_text

        path = opened.database_path
        if path is None:  # PostgreSQL: backed up on the server
            return
        self.data = DataWorkflow(
            self.window,
            BackupService(path),
            self.runner,
            close_database=self._close_database_for_restore,
            reopen_database=self._open_database,
        )
        self._workflows.append(self.data)
        if opened.network_share:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Application", "Database on a network share"),
                network_share_text(opened.network_share),
            )
        if opened.backup_problem:
            self.window.ui.statusBar.showMessage(
                QCoreApplication.translate(
                    "Application", "Today's automatic backup could not be made. %1"
                ).replace("%1", opened.backup_problem)
            )

    def _close_database_for_restore(self) -> None:
        """Closes every connection but keeps the one-writer lock while the file is replaced."""
        self.window.set_ready(
            False, QCoreApplication.translate("Application", "Restoring the backup…")
        )
        self.runner.wait_for_all()
        if self.opened is not None:
            self._held_lock = self.opened.lock
            self.opened.services.close()
        self.opened = None
        self.services = None

    def _quit(self) -> None:
        self.window.close()

    def _on_committee_saved(self) -> None:
        """Shows the committee; the first time, signs in (or, on the very first run, creates
        the director's account) before any case is shown."""
        assert self.services is not None
        committee = self.services.committee.get()
        if committee is not None:
            self.window.set_committee(committee)
        if not self._signed_in_once:
            self._signed_in_once = True
            self.access.start()
            if self._first_run:
                self.access.create_first_director()
            return
        self.refresh()

    def _on_signed_in(self) -> None:
        self.window.set_ready(True)
        self.refresh()

    def refresh(self) -> None:
        """Reloads filter choices and the list (after a save or a settings change)."""
        services = self.services
        assert services is not None
        self.window.set_choices(
            services.reference.categories(),
            services.case_list.years(),
            services.committee.mediators(include_inactive=True),
        )
        self.window.apply_filter()
        self.refresh_worklist()

    def refresh_worklist(self) -> None:
        """Reloads today's worklist in the background (it reads every open case)."""
        services = self.services
        assert services is not None
        self._worklist_generation += 1
        generation = self._worklist_generation
        self.window.set_worklist_loading()
        self.runner.submit(
            lambda: services.worklist.due(date.today()),
            name="worklist",
            on_success=lambda items: self._on_worklist_loaded(generation, items),
            on_failure=lambda error: self._on_worklist_failed(generation, error),
        )

    def _on_worklist_loaded(self, generation: int, items: list[WorkItem]) -> None:
        if generation == self._worklist_generation and self.worklist is not None:
            self.worklist.set_items(items)

    def _on_worklist_failed(self, generation: int, error: Exception) -> None:
        from mediation_desk.ui.errors import describe_error

        if generation == self._worklist_generation:
            self.window.set_worklist_failed(describe_error(error))

    def _on_database_failed(self, error: Exception) -> None:
        from mediation_desk.ui.database_problems import DatabaseProblemFlow

        if self.problems is None:
            self.problems = DatabaseProblemFlow(
                self.window, self.runner, retry=self._open_database, quit_app=self._quit
            )
        self.problems.handle(error)

    def _on_runner_unhandled_failure(self, _job_name: str) -> None:
        if self.crash_reporter is not None:
            self.crash_reporter.report("job")

    def _on_window_about_requested(self) -> None:
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("Application", "About Mediation Desk"),
            QCoreApplication.translate(
                "Application",
                "Mediation Desk %1 — case management for people's mediation committees.\n\n"
                "Village division codes: Vonng/adcode (CC BY 4.0); county and township codes: "
                "modood/Administrative-divisions-of-China. The division list is an editable "
                "seed, not an authoritative source.\n\nAll data stays on this computer.",
            ).replace("%1", __version__),
        )

    def _on_window_close_requested(self) -> None:
        self.runner.wait_for_all()
        if self.opened is not None:
            self.opened.close()
        self.opened = None
        self.services = None


def create_qt_app(argv: list[str], language: str = DEFAULT_LANGUAGE) -> QApplication:
    """The QApplication with the app's identity, font and translations."""
    qt_app = QApplication.instance() or QApplication(argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("Mediation Desk")
    qt_app.setOrganizationName("MediationDesk")
    qt_app.setApplicationVersion(__version__)
    font = QFont(qt_app.font())
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSize(max(font.pointSize(), 10))
    qt_app.setFont(font)
    qt_app.setProperty("translators", install_translators(qt_app, language))
    return qt_app


def install_crash_reporting(application: Application) -> None:
    """Uncaught errors of any thread, and jobs failing unexpectedly, are logged to a local file
    (no case content) and shown in a dialog that says where that file is."""
    from mediation_desk.logs import install_exception_hooks, install_file_logging
    from mediation_desk.paths import data_dir
    from mediation_desk.ui.crash_reporter import CrashReporter

    reporter = CrashReporter(install_file_logging(data_dir()), application.window)
    install_exception_hooks(reporter.report)
    application.crash_reporter = reporter


def run_gui(target: str | None) -> int:
    """Starts the desktop application; returns its exit code."""
    qt_app = create_qt_app(sys.argv, os.environ.get("MEDIATION_DESK_LANGUAGE", DEFAULT_LANGUAGE))
    application = Application(qt_app, target)
    application.start()
    # after the first paint: logging.handlers and Qt's enums cost ~60 ms before the window shows
    QTimer.singleShot(0, lambda: install_crash_reporting(application))
    if os.environ.get("MEDIATION_DESK_EXIT_WHEN_SHOWN"):  # for the start-up benchmark
        print("shown", flush=True)
        os._exit(0)
    return qt_app.exec()
