"""Translated labels for the lifecycle's enumerations and the names of its reference data."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.lifecycle.channels import FeedbackStatus
from mediation_desk.domain.lifecycle.clocks import DeadlineKind, DeadlineStatus
from mediation_desk.domain.lifecycle.decisions import NoticeMethod, Publicity
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    PerformanceStatus,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.risk import ReportMethod, RiskIndicator
from mediation_desk.domain.records.models import VisitWay
from mediation_desk.ui.labels import ui_language

CONTEXT = "Labels"

_MARKED: dict[type[StrEnum], dict[str, object]] = {
    DeadlineKind: {
        DeadlineKind.MEDIATION_PERIOD: QT_TRANSLATE_NOOP("Labels", "Mediation time limit"),
        DeadlineKind.MEDICAL_MEDIATION: QT_TRANSLATE_NOOP(
            "Labels", "Medical dispute: 30 working days"
        ),
        DeadlineKind.LABOUR_MEDIATION: QT_TRANSLATE_NOOP("Labels", "Labour dispute: 15 days"),
        DeadlineKind.COURT_DELEGATION: QT_TRANSLATE_NOOP("Labels", "Court-delegated mediation"),
        DeadlineKind.PERFORMANCE: QT_TRANSLATE_NOOP("Labels", "Performance of the agreement"),
        DeadlineKind.FOLLOW_UP_VISIT: QT_TRANSLATE_NOOP("Labels", "Follow-up visit"),
        DeadlineKind.JUDICIAL_CONFIRMATION: QT_TRANSLATE_NOOP(
            "Labels", "Judicial confirmation window"
        ),
        DeadlineKind.REFERRAL_FEEDBACK: QT_TRANSLATE_NOOP("Labels", "Feedback on the referral"),
    },
    DeadlineStatus: {
        DeadlineStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
        DeadlineStatus.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Due soon"),
        DeadlineStatus.OK: QT_TRANSLATE_NOOP("Labels", "Running"),
    },
    TerminationReason: {
        TerminationReason.FAILED: QT_TRANSLATE_NOOP("Labels", "Mediation failed"),
        TerminationReason.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn by the applicant"),
        TerminationReason.REFUSED: QT_TRANSLATE_NOOP("Labels", "A party refused to go on"),
    },
    FeedbackStatus: {
        FeedbackStatus.AWAITING: QT_TRANSLATE_NOOP("Labels", "Awaiting a report"),
        FeedbackStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Taken up by the receiving body"),
        FeedbackStatus.CONCLUDED: QT_TRANSLATE_NOOP("Labels", "Concluded by the receiving body"),
        FeedbackStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Sent back to this committee"),
    },
    NoticeMethod: {
        NoticeMethod.WRITTEN: QT_TRANSLATE_NOOP("Labels", "In writing"),
        NoticeMethod.ORAL: QT_TRANSLATE_NOOP("Labels", "Orally"),
    },
    AgreementForm: {
        AgreementForm.WRITTEN: QT_TRANSLATE_NOOP("Labels", "Written agreement"),
        AgreementForm.ORAL: QT_TRANSLATE_NOOP("Labels", "Oral agreement"),
    },
    Publicity: {
        Publicity.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public mediation"),
        Publicity.NON_PUBLIC: QT_TRANSLATE_NOOP("Labels", "Non-public mediation"),
    },
    VisitWay: {
        VisitWay.VISIT: QT_TRANSLATE_NOOP("Labels", "Home visit"),
        VisitWay.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    },
    PerformanceStatus: {
        PerformanceStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Not yet due"),
        PerformanceStatus.PERFORMED: QT_TRANSLATE_NOOP("Labels", "Fully performed"),
        PerformanceStatus.PARTLY_PERFORMED: QT_TRANSLATE_NOOP("Labels", "Partly performed"),
        PerformanceStatus.NOT_PERFORMED: QT_TRANSLATE_NOOP("Labels", "Not performed"),
    },
    RiskIndicator: {
        RiskIndicator.VIOLENCE_THREAT: QT_TRANSLATE_NOOP("Labels", "Threat of violence"),
        RiskIndicator.SELF_HARM_THREAT: QT_TRANSLATE_NOOP("Labels", "Threat of self-harm"),
        RiskIndicator.MANY_PEOPLE: QT_TRANSLATE_NOOP("Labels", "Many people involved"),
        RiskIndicator.LARGE_AMOUNT: QT_TRANSLATE_NOOP("Labels", "Large amount at stake"),
        RiskIndicator.REPEAT_DISPUTE: QT_TRANSLATE_NOOP("Labels", "Repeat dispute"),
        RiskIndicator.CRIMINAL_RISK: QT_TRANSLATE_NOOP(
            "Labels", "Risk of turning into a criminal case"
        ),
        RiskIndicator.GROUP_CONFLICT: QT_TRANSLATE_NOOP("Labels", "Group petition or fight likely"),
    },
    ReportMethod: {
        ReportMethod.PHONE: QT_TRANSLATE_NOOP("Labels", "By phone"),
        ReportMethod.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
        ReportMethod.WRITTEN: QT_TRANSLATE_NOOP("Labels", "In writing"),
        ReportMethod.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    },
}

# Prerequisites a channel may need (channels.csv `needs`).
_NEEDS: dict[str, object] = {
    "arbitration_agreement": QT_TRANSLATE_NOOP(
        "Labels", "The parties have an arbitration agreement"
    ),
    "administrative_act": QT_TRANSLATE_NOOP("Labels", "There is an administrative act to contest"),
    "effective_agreement": QT_TRANSLATE_NOOP("Labels", "The mediation agreement has taken effect"),
    "joint_application": QT_TRANSLATE_NOOP("Labels", "Both parties apply together"),
}


class Named(Protocol):
    """Reference data with a Chinese and an English name (channels, reasons, levels)."""

    @property
    def name_zh(self) -> str: ...

    @property
    def name_en(self) -> str: ...


def lifecycle_label(value: StrEnum) -> str:
    """The translated label of a lifecycle enumeration value (its code when none is defined)."""
    source = _MARKED.get(type(value), {}).get(value.value)
    if source is None:
        return value.value
    return QCoreApplication.translate(CONTEXT, str(source))


def need_label(code: str) -> str:
    """What a channel's prerequisite means, in the interface language."""
    source = _NEEDS.get(code)
    return code if source is None else QCoreApplication.translate(CONTEXT, str(source))


def reference_name(item: Named) -> str:
    """The item's name in the interface language (Chinese when the English one is missing)."""
    if ui_language().startswith("zh") or not item.name_en:
        return item.name_zh
    return item.name_en
