"""The running deadlines of one case, computed from its facts (status, dates, agreement …)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.channels import ChannelCatalogue, Diversion, feedback_due
from mediation_desk.domain.lifecycle.clocks import (
    CLOCK_RULES,
    ClockRule,
    Deadline,
    DeadlineKind,
    Extension,
)
from mediation_desk.domain.lifecycle.common import LABOUR_CATEGORY, MEDICAL_CATEGORY
from mediation_desk.domain.lifecycle.periods import PeriodUnit, period_end
from mediation_desk.domain.lifecycle.states import OPEN_STATUSES
from mediation_desk.domain.lifecycle.workdays import WEEKENDS_ONLY, WorkCalendar

S = CaseStatus
MEDIATING = frozenset({S.ACCEPTED, S.IN_MEDIATION})
AFTER_AGREEMENT = frozenset({S.AGREEMENT, S.FOLLOW_UP})
PERFORMANCE_SOURCE = "source.mediation_law_art31"  # the committee supervises performance
FEEDBACK_SOURCE = "source.ordos_safety_regulation_art33"  # 反馈制度, 闭环管控


@dataclass(frozen=True)
class Pause:
    """Days that do not count (medical appraisal, 鉴定), first and last day included."""

    first_day: date
    last_day: date

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class ClockSettings:
    """Design choices of the committee, not law: follow-up timing and chasing referrals."""

    follow_up_after_agreement_days: int = 30
    follow_up_after_performance_days: int = 7
    referral_feedback_days: int = 15


@dataclass(frozen=True)
class ClockFacts:
    """What the clocks of one case depend on; lists hold only what is still pending."""

    status: CaseStatus
    category_code: str
    source: CaseSource
    received_on: date
    accepted_on: date | None = None
    materials_received_on: date | None = None  # court delegation: the mediator signed for them
    extensions: tuple[Extension, ...] = ()
    pauses: tuple[Pause, ...] = ()
    agreement_effective_on: date | None = None
    performance_due: tuple[date, ...] = ()
    performance_complete: bool = False
    follow_ups_due: tuple[date, ...] = ()  # planned visits not yet made
    follow_up_visits: int = 0  # visits made so far
    confirmation_applied_on: date | None = None
    diversions: tuple[Diversion, ...] = ()


DEFAULT_SETTINGS = ClockSettings()


def compute_deadlines(
    facts: ClockFacts,
    work_calendar: WorkCalendar = WEEKENDS_ONLY,
    settings: ClockSettings = DEFAULT_SETTINGS,
    channels: ChannelCatalogue | None = None,
) -> tuple[Deadline, ...]:
    """Every deadline still running for the case, earliest first."""
    found: list[Deadline] = []
    if facts.status in MEDIATING:
        found += _mediation_clocks(facts, work_calendar)
    if facts.status in AFTER_AGREEMENT:
        found += _agreement_clocks(facts, work_calendar, settings)
    if facts.status in OPEN_STATUSES:
        found += _feedback_clocks(facts.diversions, settings, channels)
    return tuple(sorted(found, key=lambda d: (d.due, d.kind, d.ref)))


def applicable_mediation_kinds(category_code: str, source: CaseSource) -> tuple[DeadlineKind, ...]:
    """Court delegation and medical limits replace the one-month target; labour adds 15 days."""
    kinds: list[DeadlineKind] = []
    if source is CaseSource.COURT_REFERRAL:
        kinds.append(DeadlineKind.COURT_DELEGATION)
    if category_code == MEDICAL_CATEGORY:
        kinds.append(DeadlineKind.MEDICAL_MEDIATION)
    if category_code == LABOUR_CATEGORY:
        kinds.append(DeadlineKind.LABOUR_MEDIATION)
    if not {DeadlineKind.COURT_DELEGATION, DeadlineKind.MEDICAL_MEDIATION} & set(kinds):
        kinds.append(DeadlineKind.MEDIATION_PERIOD)
    return tuple(kinds)


def _mediation_clocks(facts: ClockFacts, work_calendar: WorkCalendar) -> Iterator[Deadline]:
    starts = {
        "accepted_on": facts.accepted_on,
        "received_on": facts.received_on,
        "materials_received_on": facts.materials_received_on or facts.accepted_on,
    }
    for kind in applicable_mediation_kinds(facts.category_code, facts.source):
        rule = CLOCK_RULES[kind]
        start = starts[rule.start_event]
        if start is not None:
            yield _clock(kind, rule, start, facts, work_calendar)


def _clock(
    kind: DeadlineKind, rule: ClockRule, start: date, facts: ClockFacts, work_calendar: WorkCalendar
) -> Deadline:
    pauses = facts.pauses if rule.pausable else ()
    if rule.period.unit is PeriodUnit.WORKING_DAYS:
        due = _add_working_days(start, rule.period.amount, work_calendar, pauses)
    else:
        due = period_end(start, rule.period, work_calendar, roll_over_rest_days=False)
        due += timedelta(days=sum(_paused_days(pause, start) for pause in pauses))
        if rule.roll_over_rest_days:
            due = work_calendar.next_working_day(due)
    provisional = _provisional(rule, start, due, work_calendar)
    agreed = [e.until for e in facts.extensions if e.both_parties_consent and e.until > due]
    extended = rule.extendable and bool(agreed)
    if extended:
        due = max(agreed)
    basis = f"{rule.start_event}+{rule.period}"
    return Deadline(kind, due, start, basis, rule.source_key, extended, provisional)


def _add_working_days(
    start: date, count: int, work_calendar: WorkCalendar, pauses: tuple[Pause, ...]
) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        if work_calendar.is_working_day(day) and not any(p.covers(day) for p in pauses):
            count -= 1
    return day


def _paused_days(pause: Pause, start: date) -> int:
    first = max(pause.first_day, start + timedelta(days=1))
    return max(0, (pause.last_day - first).days + 1)


def _provisional(rule: ClockRule, start: date, due: date, work_calendar: WorkCalendar) -> bool:
    if rule.period.unit is PeriodUnit.WORKING_DAYS:
        years = range(start.year, due.year + 1)
        return any(year not in work_calendar.confirmed_years for year in years)
    return rule.roll_over_rest_days and not work_calendar.is_confirmed(due)


def _agreement_clocks(
    facts: ClockFacts, work_calendar: WorkCalendar, settings: ClockSettings
) -> Iterator[Deadline]:
    effective = facts.agreement_effective_on
    if effective is None:
        return
    if facts.confirmation_applied_on is None:
        kind = DeadlineKind.JUDICIAL_CONFIRMATION
        yield _clock(kind, CLOCK_RULES[kind], effective, facts, work_calendar)
    pending = () if facts.performance_complete else facts.performance_due
    for due in sorted(pending):
        yield Deadline(
            DeadlineKind.PERFORMANCE,
            due,
            effective,
            "agreement",
            PERFORMANCE_SOURCE,
            ref=due.isoformat(),
        )
    yield from _follow_up_clocks(facts, effective, pending, settings)


def _follow_up_clocks(
    facts: ClockFacts, effective: date, pending: tuple[date, ...], settings: ClockSettings
) -> Iterator[Deadline]:
    kind = DeadlineKind.FOLLOW_UP_VISIT
    for due in sorted(facts.follow_ups_due):
        yield Deadline(kind, due, effective, "planned", PERFORMANCE_SOURCE, ref=due.isoformat())
    if facts.follow_ups_due or facts.follow_up_visits:
        return
    # No visit planned or made: suggest one after the last performance date or the agreement.
    if pending:
        days = settings.follow_up_after_performance_days
        start, basis = max(pending), f"last_performance_due+{days}d"
    else:
        days = settings.follow_up_after_agreement_days
        start, basis = effective, f"agreement_effective_on+{days}d"
    yield Deadline(kind, start + timedelta(days=days), start, basis, PERFORMANCE_SOURCE)


def _feedback_clocks(
    diversions: tuple[Diversion, ...], settings: ClockSettings, channels: ChannelCatalogue | None
) -> Iterator[Deadline]:
    for diversion in diversions:
        if not diversion.feedback.is_open:
            continue
        channel = channels.get(diversion.channel_code) if channels else None
        due = feedback_due(diversion, channel, settings.referral_feedback_days)
        yield Deadline(
            DeadlineKind.REFERRAL_FEEDBACK,
            due,
            diversion.diverted_on,
            f"diverted_on+{(due - diversion.diverted_on).days}d",
            FEEDBACK_SOURCE,
            ref=diversion.channel_code,
        )
