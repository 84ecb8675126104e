"""Deadlines: their kinds and legal sources, agreed extensions, and overdue / due-soon status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.lifecycle.periods import Period, PeriodUnit
from mediation_desk.domain.validation.issues import Issue, error, warning

DEFAULT_DUE_SOON_DAYS = 3


class DeadlineKind(StrEnum):
    """What a deadline is about; also the worklist's message key stem."""

    MEDIATION_PERIOD = "mediation_period"  # “一般在一个月内调结”
    MEDICAL_MEDIATION = "medical_mediation"  # 30 working days, then 视为调解不成
    LABOUR_MEDIATION = "labour_mediation"  # 15 days, then either party may go to arbitration
    COURT_DELEGATION = "court_delegation"  # 委派调解: 30 days, result reported to the court
    PERFORMANCE = "performance"  # a performance date written into the agreement
    FOLLOW_UP_VISIT = "follow_up_visit"  # 回访
    JUDICIAL_CONFIRMATION = "judicial_confirmation"  # 30 days to apply jointly to the court
    REFERRAL_FEEDBACK = "referral_feedback"  # chase the receiving body of a diversion


# A window that has closed leaves nothing to do, so it is not shown as overdue.
LAPSING_KINDS = frozenset({DeadlineKind.JUDICIAL_CONFIRMATION})


class DeadlineStatus(StrEnum):
    """Where a deadline stands on a given day."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


@dataclass(frozen=True)
class ClockRule:
    """How one kind of mediation clock is counted, and where the rule comes from."""

    period: Period
    start_event: str
    source_key: str
    roll_over_rest_days: bool = False  # Civil Code art 203 for legal periods, not for targets
    extendable: bool = False  # both parties may agree to go on
    pausable: bool = False  # appraisal (鉴定) time does not count


CLOCK_RULES: Mapping[DeadlineKind, ClockRule] = {
    DeadlineKind.MEDIATION_PERIOD: ClockRule(
        Period(1, PeriodUnit.MONTHS),
        "accepted_on",
        "source.moj_rules_2002_art33",
        extendable=True,
    ),
    DeadlineKind.MEDICAL_MEDIATION: ClockRule(
        Period(30, PeriodUnit.WORKING_DAYS),
        "accepted_on",
        "source.medical_regulation_art38",
        extendable=True,
        pausable=True,
    ),
    DeadlineKind.LABOUR_MEDIATION: ClockRule(
        Period(15, PeriodUnit.DAYS),
        "received_on",
        "source.labour_mediation_law_art14",
    ),
    DeadlineKind.COURT_DELEGATION: ClockRule(
        Period(30, PeriodUnit.DAYS),
        "materials_received_on",
        "source.spc_invited_mediation_art27",
        roll_over_rest_days=True,
        extendable=True,
    ),
    DeadlineKind.JUDICIAL_CONFIRMATION: ClockRule(
        Period(30, PeriodUnit.DAYS),
        "agreement_effective_on",
        "source.mediation_law_art33",
        roll_over_rest_days=True,
    ),
}


@dataclass(frozen=True)
class Deadline:
    """One date a case must meet, with the rule it comes from."""

    kind: DeadlineKind
    due: date
    start: date
    basis: str  # how it was counted, e.g. "accepted_on+1m", "planned"
    source_key: str  # untranslated key of the legal or design source, e.g. "source.…_art33"
    extended: bool = False
    provisional: bool = False  # counted with holidays the State Council has not announced yet
    ref: str = ""  # which performance date, visit or diversion, when a case has several


def status_of(
    deadline: Deadline, today: date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS
) -> DeadlineStatus:
    """Overdue after the due day; due soon from `due_soon_days` before it up to the day itself."""
    if due_soon_days < 0:
        raise ValueError("due_soon_days must not be negative")
    days_left = (deadline.due - today).days
    if days_left < 0:
        return DeadlineStatus.OVERDUE
    return DeadlineStatus.DUE_SOON if days_left <= due_soon_days else DeadlineStatus.OK


@dataclass(frozen=True)
class Extension:
    """Both parties agreed to go on mediating until `until` (recorded, with the date agreed)."""

    agreed_on: date
    until: date
    both_parties_consent: bool
    note: str = ""


def check_extension(extension: Extension, deadline: Deadline) -> list[Issue]:
    """An extension needs both parties' consent and a later date; medical ones before expiry."""
    rule = CLOCK_RULES.get(deadline.kind)
    if rule is None or not rule.extendable:
        return [error("kind", "extension.not_extendable", kind=deadline.kind)]
    issues: list[Issue] = []
    if not extension.both_parties_consent:
        issues.append(error("both_parties_consent", "extension.consent_required"))
    if extension.until <= deadline.due:
        issues.append(error("until", "extension.not_later", due=deadline.due))
    if extension.agreed_on > deadline.due:
        # 医疗纠纷预防和处理条例 art 38: past the limit without agreement = mediation failed.
        if deadline.kind is DeadlineKind.MEDICAL_MEDIATION:
            issues.append(error("agreed_on", "extension.after_expiry", due=deadline.due))
        else:
            issues.append(warning("agreed_on", "extension.after_expiry", due=deadline.due))
    return issues
