"""Emits Qt signals from Python without PySide6 6.12.0's lost reference to `True`.

In PySide6 6.12.0 `SignalInstance.emit()` returns `True` without taking a reference, so every
emit from Python lowers True's reference count by one; after a few thousand the interpreter
aborts ("bool_dealloc: deallocating True or False"). The loss is measured once at import, so
the compensation switches itself off on a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 4
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _references_lost_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        _incref(True)
    return max(lost, 0) // _PROBES


_LOST_PER_EMIT = _references_lost_per_emit()


def emit(signal: SignalInstance, *args: object) -> None:
    """`signal.emit(*args)`, giving back the reference PySide6 drops (if it does)."""
    signal.emit(*args)  # returns True, whose reference is the one that goes missing
    for _ in range(_LOST_PER_EMIT):
        _incref(True)
