"""Runs jobs: database writes one at a time on a single thread, other work in parallel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from mediation_desk.jobs.job import Job


class _Relay(QObject):
    """Lives on the GUI thread, so the callbacks it forwards to run there (queued)."""

    def __init__(
        self,
        runner: JobRunner,
        job: Job,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[Exception], None] | None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._job = job
        self._on_success = on_success
        self._on_failure = on_failure
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        if self._on_failure is not None:
            assert isinstance(error, Exception)
            self._on_failure(error)
        else:  # nobody expected this job to fail: the crash report tells the user (logged)
            self._runner.unhandled_failure.emit(self._job.name)

    @Slot()
    def _finished(self) -> None:
        self._runner._forget(self._job, self)


class JobRunner(QObject):
    """Owns the thread pools; keeps running jobs alive until they finish."""

    unhandled_failure = Signal(str)  # job name: it failed and had no failure callback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._others = QThreadPool(self)
        self._running: dict[Job, _Relay] = {}

    def start(
        self,
        job: Job,
        *,
        writes: bool = False,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> Job:
        """Starts `job`; callbacks (optional) run on the GUI thread."""
        self._running[job] = _Relay(self, job, on_success, on_failure)
        (self._writes if writes else self._others).start(job)
        return job

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        writes: bool = False,
        name: str = "job",
    ) -> Job:
        """Shortcut: run `work()` in the background, then call one of the callbacks on the GUI."""
        job = Job(lambda _progress, _cancelled: work(), name=name)
        return self.start(job, writes=writes, on_success=on_success, on_failure=on_failure)

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait_for_all(self, msecs: int = 30000) -> bool:
        return self._writes.waitForDone(msecs) and self._others.waitForDone(msecs)

    def _forget(self, job: Job, relay: _Relay) -> None:
        self._running.pop(job, None)
        relay.deleteLater()
