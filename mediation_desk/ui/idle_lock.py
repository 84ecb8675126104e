"""Notices when nobody has used the app for a while: any key, click or wheel resets the clock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits `idle_reached` after `set_timeout(ms)` without user input (0 ms: never)."""

    idle_reached = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_reached)
        app.installEventFilter(self)

    def set_timeout(self, milliseconds: int) -> None:
        self._timer.stop()
        self._timer.setInterval(milliseconds)
        if milliseconds > 0:
            self._timer.start()

    def pause(self) -> None:
        """While locked or signed out: no second lock on top."""
        self._timer.stop()

    def resume(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restarts the countdown
        return False

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
