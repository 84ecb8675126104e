"""A unit of background work with progress, success, failure and cancellation signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class JobCancelled(Exception):
    """Raised inside a job's work when `cancel()` was requested."""


class JobSignals(QObject):
    """Signals of a Job (QRunnable cannot have signals itself)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """Runs `work(report_progress, is_cancelled)` on a worker thread and reports back by signal."""

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        name: str = "job",
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.name = name
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise JobCancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._report, self.is_cancelled)
        except JobCancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # reported to the GUI, which explains it to the user
            import logging  # not at start-up: only failures need it

            logging.getLogger(__name__).exception("job %s failed", self.name)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()
