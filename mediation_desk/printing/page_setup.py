"""A4 with no printer margins: the renderer places the type area itself, in millimetres."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize

RESOLUTION_DPI = 1200  # PDF coordinates fine enough that 28 characters a line come out exact


def a4_layout() -> QPageLayout:
    """A4 portrait, millimetres, zero margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def set_up_a4(device: QPagedPaintDevice) -> None:
    """Puts a PDF writer or printer on the A4 page the renderer expects."""
    device.setPageLayout(a4_layout())
