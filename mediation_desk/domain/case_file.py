"""The read-model every document of a case is built from: a case with all its records.

It lives in domain/ so that services (which load it) and documents (which print it), two
independent layers, can both use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from mediation_desk.domain.enums import CaseStatus, PartyRole
from mediation_desk.domain.lifecycle.channels import Diversion
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, RightsNotice
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, PerformanceStatus, Termination
from mediation_desk.domain.lifecycle.risk import EscalationReport
from mediation_desk.domain.lifecycle.states import Transition
from mediation_desk.domain.models import Case, Committee, Party
from mediation_desk.domain.records.models import (
    AgreementContent,
    FollowUpRecord,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
)

# Documents give the time of day as it was in Ordos (China Standard Time, no daylight saving),
# whatever the time zone of the PC that prints them.
CHINA_TIME = timezone(timedelta(hours=8), "CST")


def china_time(at: datetime) -> datetime:
    """An aware UTC moment as the wall-clock time in China."""
    return at.astimezone(CHINA_TIME)


@dataclass(frozen=True)
class CaseAgreement:
    """The agreement a document prints: the recorded one, or the draft awaiting signatures."""

    form: AgreementForm
    reached_on: date
    content: AgreementContent
    signed_on: date | None = None
    recorded: bool = True
    performance: PerformanceStatus = PerformanceStatus.PENDING

    @property
    def effective_on(self) -> date | None:
        """Art 29 (written: when signed and sealed) and art 30 (oral: the day it was reached)."""
        if not self.recorded:
            return None
        return self.reached_on if self.form is AgreementForm.ORAL else self.signed_on


@dataclass(frozen=True)
class Escalation:
    """An escalation report (art 25) with the risk level the case was raised to."""

    level: str
    report: EscalationReport


@dataclass(frozen=True)
class CaseDocumentSource:
    """A case with what its documents need beside it: committee, records and reference names.

    Reference names (dispute categories, ethnicities, channels, deadline warnings, risk levels)
    are given in the document's language by the caller, so this package needs no database.
    """

    committee: Committee
    case: Case
    category_names: Mapping[str, str] = field(default_factory=dict)
    ethnicity_names: Mapping[str, str] = field(default_factory=dict)
    channel_names: Mapping[str, str] = field(default_factory=dict)
    warning_texts: Mapping[str, str] = field(default_factory=dict)
    risk_level_names: Mapping[str, str] = field(default_factory=dict)
    mediator_names: tuple[str, ...] = ()
    transitions: tuple[Transition, ...] = ()
    decisions: tuple[AcceptanceDecision, ...] = ()
    rights_notices: tuple[RightsNotice, ...] = ()
    investigations: tuple[InvestigationRecord, ...] = ()
    sessions: tuple[SessionRecord, ...] = ()
    agreement: CaseAgreement | None = None
    follow_ups: tuple[FollowUpRecord, ...] = ()
    confirmation: JudicialConfirmation | None = None
    diversions: tuple[Diversion, ...] = ()
    terminations: tuple[Termination, ...] = ()
    escalations: tuple[Escalation, ...] = ()

    def parties(self, role: PartyRole) -> tuple[Party, ...]:
        return tuple(party for party in self.case.draft.parties if party.role is role)

    @property
    def all_parties(self) -> tuple[Party, ...]:
        return self.case.draft.parties

    @property
    def received_on(self) -> date:
        return self.case.draft.received_on

    @property
    def category_name(self) -> str:
        code = self.case.draft.category_code
        return self.category_names.get(code, code)

    def ethnicity_name(self, code: str) -> str:
        return self.ethnicity_names.get(code, code)

    def channel_name(self, code: str) -> str:
        return self.channel_names.get(code, code)

    @property
    def accepted_on(self) -> date | None:
        """The day the committee accepted the dispute (受理), if it did."""
        accepted = [d.decided_on for d in self.decisions if d.accepted]
        return accepted[-1] if accepted else None

    def reached(self, status: CaseStatus) -> Transition | None:
        """The latest move into `status` (e.g. when the case was closed or archived)."""
        moves = [t for t in self.transitions if t.to_status is status]
        return moves[-1] if moves else None

    def reached_on(self, status: CaseStatus) -> date | None:
        move = self.reached(status)
        return None if move is None else china_time(move.at).date()
