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
    from mediation_desk.domain.lifecycle.worklist import WorkItem
    from mediation_desk.services.bootstrap import Services
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
        self.worklist: WorklistModel | None = None
        self._worklist_generation = 0  # only the latest load may fill the list
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.about_requested.connect(self._on_window_about_requested)

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

        def work() -> Services:
            # SQLAlchemy is first imported here: off the GUI thread, after the window shows.
            from mediation_desk.services.bootstrap import open_services, resolve_target

            return open_services(resolve_target(target, os.environ.get("MEDIATION_DESK_DB")))

        self.runner.submit(
            work,
            writes=True,
            name="open-database",
            on_success=self._on_database_opened,
            on_failure=self._on_database_failed,
        )

    def _on_database_opened(self, services: Services) -> None:
        from mediation_desk.ui.case_table_model import CaseTableModel
        from mediation_desk.ui.case_workflow import CaseWorkflow
        from mediation_desk.ui.committee_workflow import CommitteeWorkflow
        from mediation_desk.ui.labels import category_name
        from mediation_desk.ui.progress_workflow import ProgressWorkflow
        from mediation_desk.ui.records_workflow import RecordsWorkflow
        from mediation_desk.ui.worklist_model import WorklistModel

        self.services = services
        names = {
            c.code: category_name(c) for c in services.reference.categories(include_inactive=True)
        }
        model = CaseTableModel(services.case_list, lambda code: names.get(code, code), self.window)
        self.window.set_model(model)
        self.worklist = WorklistModel(services.worklist.reference.risk_scale, self.window)
        self.window.set_worklist_model(self.worklist)
        self.window.worklist_refresh_requested.connect(self.refresh_worklist)
        self.cases = CaseWorkflow(self.window, services, self.runner, on_saved=self.refresh)
        self.committee = CommitteeWorkflow(
            self.window,
            services,
            self.runner,
            on_saved=self._on_committee_saved,
            on_first_run_cancelled=self._quit,
        )
        self.window.new_case_requested.connect(self.cases.new_case)
        self.window.case_open_requested.connect(self.cases.open_case)
        self.progress = ProgressWorkflow(self.window, services, self.runner, on_saved=self.refresh)
        self.window.progress_requested.connect(self.progress.open)
        self.records = RecordsWorkflow(self.window, services, self.runner, on_saved=self.refresh)
        self.window.records_requested.connect(self.records.open)
        self.window.committee_settings_requested.connect(lambda: self.committee.edit())
        if services.committee.get() is None:
            self.window.set_ready(
                False,
                QCoreApplication.translate("Application", "Please set up your committee first."),
            )
            self.committee.edit(first_run=True)
            return
        self._on_committee_saved()

    def _quit(self) -> None:
        self.window.close()

    def _on_committee_saved(self) -> None:
        assert self.services is not None
        committee = self.services.committee.get()
        if committee is not None:
            self.window.set_committee(committee)
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
        import logging

        from mediation_desk.db.migrate import DatabaseTooNewError

        logging.getLogger(__name__).error("opening the database failed: %s", type(error).__name__)
        if isinstance(error, DatabaseTooNewError):
            text = QCoreApplication.translate(
                "Application",
                "This database was written by a newer version of Mediation Desk. "
                "Please install the newer version; the database has not been changed.",
            )
        else:
            text = QCoreApplication.translate(
                "Application",
                "The database could not be opened. Nothing has been changed or deleted.\n\n"
                "Details: %1",
            ).replace("%1", str(error))
        QMessageBox.critical(
            self.window, QCoreApplication.translate("Application", "Cannot open the database"), text
        )
        self.window.close()

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
        if self.services is not None:
            self.services.close()


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


def run_gui(target: str | None) -> int:
    """Starts the desktop application; returns its exit code."""
    qt_app = create_qt_app(sys.argv, os.environ.get("MEDIATION_DESK_LANGUAGE", DEFAULT_LANGUAGE))
    application = Application(qt_app, target)
    application.start()
    if os.environ.get("MEDIATION_DESK_EXIT_WHEN_SHOWN"):  # for the start-up benchmark
        print("shown", flush=True)
        os._exit(0)
    return qt_app.exec()
