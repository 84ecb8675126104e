"""Translated labels for the records' enumerations (context "Labels")."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.records.models import ConfirmationRuling, TermPerformance

CONTEXT = "Labels"

_MARKED: dict[type[StrEnum], dict[str, object]] = {
    TermPerformance: {
        TermPerformance.PENDING: QT_TRANSLATE_NOOP("Labels", "Not yet due or not reported"),
        TermPerformance.PERFORMED: QT_TRANSLATE_NOOP("Labels", "Performed"),
        TermPerformance.PARTLY_PERFORMED: QT_TRANSLATE_NOOP("Labels", "Partly performed"),
        TermPerformance.NOT_PERFORMED: QT_TRANSLATE_NOOP("Labels", "Not performed"),
    },
    ConfirmationRuling: {
        ConfirmationRuling.PENDING: QT_TRANSLATE_NOOP("Labels", "Awaiting the court's ruling"),
        ConfirmationRuling.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed as valid"),
        ConfirmationRuling.REJECTED: QT_TRANSLATE_NOOP("Labels", "Application rejected"),
        ConfirmationRuling.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Application withdrawn"),
    },
}


def records_label(value: StrEnum) -> str:
    """The translated label of a records enumeration value (its code when none is defined)."""
    source = _MARKED.get(type(value), {}).get(value.value)
    if source is None:
        return value.value
    return QCoreApplication.translate(CONTEXT, str(source))
