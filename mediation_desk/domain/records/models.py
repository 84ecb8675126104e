"""Value objects of the case records; services take and return these, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from mediation_desk.domain.lifecycle.outcomes import AgreementForm, PerformanceStatus
from mediation_desk.domain.models import new_uuid


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence gathered in an investigation, optionally with a scan or photo."""

    description: str
    source: str = ""
    attachment: str = ""  # the file name of a scan or photo kept beside the database


@dataclass(frozen=True)
class InvestigationRecord:
    """调查记录: who investigated whom, when and where, what was said, and the evidence."""

    held_at: datetime
    place: str
    investigators: tuple[str, ...]
    person_investigated: str
    text: str
    others_present: str = ""
    evidence: tuple[EvidenceItem, ...] = ()
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class Statement:
    """What one side said in a session; `speaker` is a party's or participant's name."""

    speaker: str
    text: str


@dataclass(frozen=True)
class SessionRecord:
    """调解记录: one mediation session (art 20 invited participants need the parties' consent)."""

    held_at: datetime
    place: str
    mediators: tuple[str, ...]
    parties_present: tuple[str, ...]
    statements: tuple[Statement, ...]
    result: str
    invited: tuple[str, ...] = ()
    invited_consented: bool = False
    proposal: str = ""
    uuid: str = field(default_factory=new_uuid)


class VisitWay(StrEnum):
    """How a follow-up visit was made."""

    VISIT = "visit"
    PHONE = "phone"


@dataclass(frozen=True)
class FollowUpRecord:
    """回访记录: a visit, what performance it found, and what changed (art 31, 32)."""

    visited_on: date
    visited_by: str
    performance: PerformanceStatus
    way: VisitWay = VisitWay.VISIT
    visited_persons: str = ""
    attitude: str = ""
    new_risks: str = ""
    measures: str = ""
    channels_explained: frozenset[str] = frozenset()
    note: str = ""


class TermPerformance(StrEnum):
    """How one term of an agreement stands."""

    PENDING = "pending"
    PERFORMED = "performed"
    PARTLY_PERFORMED = "partly_performed"
    NOT_PERFORMED = "not_performed"


@dataclass(frozen=True)
class AgreementTerm:
    """One numbered term: who performs what, how, where and by when (art 29(三))."""

    obligor: str  # a party's name, or several joined by 、
    content: str
    amount: Decimal | None = None
    method: str = ""
    place: str = ""
    due_on: date | None = None
    performance: TermPerformance = TermPerformance.PENDING
    performed_on: date | None = None


@dataclass(frozen=True)
class AgreementContent:
    """What the agreement says (art 29): facts, disputed matters, responsibility and the terms.

    For an oral agreement (art 28, 30) the same content fills the oral-agreement register.
    """

    facts: str
    disputed_matters: str
    responsibilities: str
    terms: tuple[AgreementTerm, ...]
    performance_method: str = ""  # how the terms are performed, beyond each term's own method


@dataclass(frozen=True)
class AgreementDraft:
    """The agreement being written: printed for signatures before it is recorded as reached."""

    form: AgreementForm
    reached_on: date
    content: AgreementContent


def copies(party_count: int) -> int:
    """本协议一式N份: one copy for each party and one kept by the committee."""
    return party_count + 1


class ConfirmationRuling(StrEnum):
    """The court's ruling on a joint application for judicial confirmation."""

    PENDING = "pending"
    CONFIRMED = "confirmed"  # 裁定确认调解协议有效
    REJECTED = "rejected"  # 裁定驳回申请
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class JudicialConfirmation:
    """司法确认: the parties' joint application to a court within 30 days (art 33)."""

    applied_on: date
    court: str
    applicants: tuple[str, ...]
    ruling: ConfirmationRuling = ConfirmationRuling.PENDING
    ruling_on: date | None = None
    ruling_no: str = ""
