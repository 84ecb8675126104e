"""What the case-progress dialog shows (ProgressState) and asks its owner to save (requests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import FeedbackStatus
from mediation_desk.domain.lifecycle.clocks import CLOCK_RULES, Deadline
from mediation_desk.domain.lifecycle.decisions import PublicityChoice
from mediation_desk.domain.lifecycle.history import HistoryEntry
from mediation_desk.domain.lifecycle.outcomes import AgreementRecord
from mediation_desk.domain.lifecycle.recusal import MediatorRelation, Recusal
from mediation_desk.domain.lifecycle.repeat import EarlierCase
from mediation_desk.domain.lifecycle.risk import EscalationReport, RiskIndicator


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
    PUBLICITY = "publicity"
    RECUSAL = "recusal"
    EXTENSION = "extension"
    FOLLOW_UP_VISIT = "follow_up_visit"


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
    indicators: frozenset[RiskIndicator] = frozenset()


@dataclass(frozen=True)
class ProgressRequest:
    """What the dialog asks its owner to save: the action, its domain record, and who records it.

    `record` is an AcceptanceDecision (accept, decline), RightsNotice, Diversion, FeedbackRecord,
    Termination, AgreementRequest, RiskRequest, PublicityChoice, Recusal, Extension,
    FollowUpRecord or MoveRecord (the other moves).
    """

    action: ProgressAction
    record: object
    by: str


@dataclass(frozen=True)
class MediatorChoice:
    """A mediator as the dialog offers it."""

    uuid: str
    name: str


@dataclass(frozen=True)
class ProgressState:
    """One case as the dialog shows it: header, history, running deadlines, names to offer and
    what the parties asked for (publicity, recusals), ties and earlier cases to point out."""

    case_uuid: str
    case_no: str
    status: CaseStatus
    risk_level: str
    history: tuple[HistoryEntry, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    parties: tuple[str, ...] = ()  # names, offered for notices and refusals
    mediators: tuple[str, ...] = ()  # names of the assigned mediators, offered as "recorded by"
    assigned: tuple[MediatorChoice, ...] = ()
    available: tuple[MediatorChoice, ...] = ()  # active mediators not on the case
    all_mediators: tuple[MediatorChoice, ...] = ()  # for names in recusals, inactive ones too
    publicity: PublicityChoice | None = None
    recusals: tuple[Recusal, ...] = ()
    relations: tuple[MediatorRelation, ...] = ()
    risk_indicators: frozenset[RiskIndicator] = frozenset()
    earlier_cases: tuple[EarlierCase, ...] = ()
    category_names: tuple[tuple[str, str], ...] = ()  # (code, name) of the earlier cases
    may_write: bool = True  # the signed-in user may take this case's steps

    def mediator_name(self, uuid: str) -> str:
        """The name of a mediator of the committee, the uuid when unknown."""
        return next((m.name for m in self.all_mediators if m.uuid == uuid), uuid)

    @property
    def open_recusal(self) -> Recusal | None:
        """The request still waiting for a replacement, if any."""
        return next((r for r in reversed(self.recusals) if r.is_open), None)

    @property
    def extendable_deadline(self) -> Deadline | None:
        """The running time limit both parties may agree to extend (the service extends it)."""
        return next(
            (d for d in self.deadlines if d.kind in CLOCK_RULES and CLOCK_RULES[d.kind].extendable),
            None,
        )
