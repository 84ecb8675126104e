"""The installed PySide6 is one the app can live with for a working day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(str)


def test_emitting_signals_does_not_leak_references_to_true() -> None:
    """PySide6 6.12.0 dropped a reference to True per emit(): the app aborted after ~1,400."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _text: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit("x")
    # A leak loses one reference per emit; unrelated code may move the count by one or two.
    assert sys.getrefcount(True) - before > -100
