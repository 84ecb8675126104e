"""What the case-progress dialog shows (ProgressState) and asks its owner to save (requests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import FeedbackStatus
from mediation_desk.domain.lifecycle.clocks import Deadline
from mediation_desk.domain.lifecycle.outcomes import AgreementRecord
from mediation_desk.domain.lifecycle.risk import EscalationReport
from mediation_desk.domain.lifecycle.states import Transition


class ProgressAction(StrEnum):
    """One thing the dialog can ask to record; each maps to one LifecycleService call."""

    ACCEPT = "accept"
    DECLINE = "decline"
    RIGHTS_NOTICE = "rights_notice"
    START_MEDIATION = "start_mediation"
    DIVERT = "divert"
    FEEDBACK = "feedback"
    AGREEMENT = "agreement"
    TERMINATE = "terminate"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    ARCHIVE = "archive"
    RISK = "risk"


@dataclass(frozen=True)
class MoveRecord:
    """A move that needs nothing but a reason (and, to mediate again, both parties' consent)."""

    reason: str = ""
    remediation_consent: bool = False


@dataclass(frozen=True)
class FeedbackRecord:
    """The receiving body's report on the latest diversion (反馈)."""

    feedback: FeedbackStatus
    on: date
    note: str = ""


@dataclass(frozen=True)
class AgreementRequest:
    """An agreement and the performance dates written into it."""

    agreement: AgreementRecord
    performance_due: tuple[date, ...] = ()


@dataclass(frozen=True)
class RiskRequest:
    """A new risk level, with the escalation report when the level requires one."""

    level: str
    report: EscalationReport | None = None


@dataclass(frozen=True)
class ProgressRequest:
    """What the dialog asks its owner to save: the action, its domain record, and who records it.

    `record` is an AcceptanceDecision (accept, decline), RightsNotice, Diversion, FeedbackRecord,
    Termination, AgreementRequest, RiskRequest or MoveRecord (the other moves).
    """

    action: ProgressAction
    record: object
    by: str


@dataclass(frozen=True)
class ProgressState:
    """One case as the dialog shows it: header, history, running deadlines and names to offer."""

    case_uuid: str
    case_no: str
    status: CaseStatus
    risk_level: str
    history: tuple[Transition, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    parties: tuple[str, ...] = ()  # names, offered for notices and refusals
    mediators: tuple[str, ...] = ()  # names of the assigned mediators, offered as "recorded by"
