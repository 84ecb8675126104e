"""Deadlines: month-end arithmetic, working days with holidays, the case clocks and their status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.case_clocks import (
    ClockFacts,
    ClockSettings,
    Pause,
    compute_deadlines,
)
from mediation_desk.domain.lifecycle.channels import Diversion, FeedbackStatus, parse_channels
from mediation_desk.domain.lifecycle.clocks import (
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    Extension,
    check_extension,
    status_of,
)
from mediation_desk.domain.lifecycle.periods import Period, PeriodUnit, add_months, period_end
from mediation_desk.domain.lifecycle.workdays import WEEKENDS_ONLY, parse_holidays

K = DeadlineKind
REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
CN = parse_holidays((REFERENCE / "holidays_cn.csv").read_text(encoding="utf-8"))
CHANNELS = parse_channels((REFERENCE / "channels.csv").read_text(encoding="utf-8"))
FACTS = ClockFacts(
    status=CaseStatus.IN_MEDIATION,
    category_code="neighbourhood",
    source=CaseSource.PARTY_APPLICATION,
    received_on=date(2025, 6, 1),
    accepted_on=date(2025, 6, 2),
)


def due(facts: ClockFacts, kind: K) -> date:
    (deadline,) = [d for d in compute_deadlines(facts, CN, channels=CHANNELS) if d.kind is kind]
    return deadline.due


def kinds(facts: ClockFacts) -> list[K]:
    return [d.kind for d in compute_deadlines(facts, CN, channels=CHANNELS)]


# --- periods -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # no 31 February: the month's last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 1, 15), 1, date(2025, 2, 15)),  # the corresponding day
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_months_end_on_the_corresponding_day_or_the_month_end(
    start: date, months: int, end: date
) -> None:
    assert add_months(start, months) == end


def test_periods_parse_and_print() -> None:
    assert Period.parse("30wd") == Period(30, PeriodUnit.WORKING_DAYS)
    assert str(Period.parse("6m")) == "6m"
    for bad in ("", "30", "d30", "-1d", "1w"):
        with pytest.raises(ValueError):
            Period.parse(bad)


def test_a_day_period_does_not_count_its_first_day() -> None:
    assert period_end(date(2025, 6, 1), Period(30, PeriodUnit.DAYS)) == date(2025, 7, 1)
    assert period_end(date(2025, 6, 1), Period(3, PeriodUnit.YEARS)) == date(2028, 6, 1)


def test_a_legal_period_ending_on_a_holiday_moves_to_the_next_working_day() -> None:
    start = date(2025, 9, 3)  # + 30 days = 3 October, in the National Day holiday
    assert period_end(start, Period(30, PeriodUnit.DAYS), CN) == date(2025, 10, 3)
    rolled = period_end(start, Period(30, PeriodUnit.DAYS), CN, roll_over_rest_days=True)
    assert rolled == date(2025, 10, 9)


# --- working days --------------------------------------------------------------------------


def test_working_days_skip_the_weekend() -> None:
    friday = date(2025, 6, 6)
    assert WEEKENDS_ONLY.add_working_days(friday, 1) == date(2025, 6, 9)
    assert WEEKENDS_ONLY.add_working_days(friday, 0) == friday
    assert WEEKENDS_ONLY.working_days_between(friday, date(2025, 6, 13)) == 5


def test_working_days_skip_holidays_and_count_make_up_days() -> None:
    eve = date(2025, 9, 30)  # National Day + Mid-Autumn: 1–8 October off, Sat 11 October worked
    assert CN.add_working_days(eve, 1) == date(2025, 10, 9)
    assert CN.add_working_days(eve, 3) == date(2025, 10, 11)
    assert CN.is_working_day(date(2025, 9, 28))  # a Sunday worked
    assert CN.is_rest_day(date(2025, 10, 8))  # a Wednesday off
    assert CN.add_working_days(date(2025, 9, 26), 1) == date(2025, 9, 28)


def test_the_holiday_calendar_knows_which_years_are_announced() -> None:
    assert CN.confirmed_years == {2024, 2025, 2026}
    assert CN.is_rest_day(date(2027, 2, 8))  # Spring Festival by law, 调休 not yet announced
    assert not CN.is_confirmed(date(2027, 2, 8))


# --- mediation clocks ----------------------------------------------------------------------


def test_mediation_is_due_one_month_after_acceptance() -> None:
    facts = replace(FACTS, accepted_on=date(2025, 1, 31))
    assert kinds(facts) == [K.MEDIATION_PERIOD]
    (deadline,) = compute_deadlines(facts, CN)
    assert deadline == Deadline(
        K.MEDIATION_PERIOD,
        date(2025, 2, 28),
        date(2025, 1, 31),
        "accepted_on+1m",
        "source.moj_rules_2002_art33",
    )


def test_medical_disputes_have_30_working_days() -> None:
    medical = replace(FACTS, category_code="medical", accepted_on=date(2025, 6, 3))
    assert kinds(medical) == [K.MEDICAL_MEDIATION]
    assert due(medical, K.MEDICAL_MEDIATION) == date(2025, 7, 15)


def test_appraisal_time_does_not_count_for_medical_disputes() -> None:
    medical = replace(FACTS, category_code="medical", accepted_on=date(2025, 6, 3))
    paused = replace(medical, pauses=(Pause(date(2025, 7, 1), date(2025, 7, 10)),))
    assert due(paused, K.MEDICAL_MEDIATION) == date(2025, 7, 25)  # 8 working days later


def test_working_day_clocks_into_unannounced_years_are_provisional() -> None:
    late = replace(FACTS, category_code="medical", accepted_on=date(2026, 12, 20))
    (deadline,) = compute_deadlines(late, CN)
    assert deadline.provisional
    assert not compute_deadlines(replace(late, accepted_on=date(2026, 6, 1)), CN)[0].provisional


def test_labour_disputes_open_arbitration_15_days_after_the_application() -> None:
    labour = replace(FACTS, category_code="labour")
    assert kinds(labour) == [K.LABOUR_MEDIATION, K.MEDIATION_PERIOD]
    assert due(labour, K.LABOUR_MEDIATION) == date(2025, 6, 16)  # from receipt, not acceptance


def test_court_delegation_runs_30_days_from_receipt_of_the_materials() -> None:
    court = replace(FACTS, source=CaseSource.COURT_REFERRAL, materials_received_on=date(2025, 6, 3))
    assert kinds(court) == [K.COURT_DELEGATION]
    assert due(court, K.COURT_DELEGATION) == date(2025, 7, 3)
    on_holiday = replace(court, materials_received_on=date(2025, 5, 2))  # 1 June is a Sunday
    assert due(on_holiday, K.COURT_DELEGATION) == date(2025, 6, 3)  # 2 June: Dragon Boat
    assert due(replace(court, materials_received_on=None), K.COURT_DELEGATION) == date(2025, 7, 2)


def test_an_agreed_extension_moves_the_deadline() -> None:
    agreed = Extension(date(2025, 6, 30), date(2025, 7, 20), both_parties_consent=True)
    extended = compute_deadlines(replace(FACTS, extensions=(agreed,)), CN)[0]
    assert (extended.due, extended.extended) == (date(2025, 7, 20), True)
    one_sided = replace(agreed, both_parties_consent=False)
    assert compute_deadlines(replace(FACTS, extensions=(one_sided,)), CN)[0].due == date(2025, 7, 2)
    labour = replace(FACTS, category_code="labour", extensions=(agreed,))
    assert due(labour, K.LABOUR_MEDIATION) == date(2025, 6, 16)  # not extendable


def test_extensions_are_checked() -> None:
    general = compute_deadlines(FACTS, CN)[0]
    assert [
        i.code
        for i in check_extension(Extension(date(2025, 6, 20), date(2025, 6, 30), False), general)
    ] == [
        "extension.consent_required",
        "extension.not_later",
    ]
    late = check_extension(Extension(date(2025, 7, 3), date(2025, 7, 20), True), general)
    assert [(i.code, i.is_error) for i in late] == [("extension.after_expiry", False)]
    medical = compute_deadlines(replace(FACTS, category_code="medical"), CN)[0]
    late = check_extension(Extension(date(2025, 8, 1), date(2025, 8, 20), True), medical)
    assert [(i.code, i.is_error) for i in late] == [("extension.after_expiry", True)]
    labour = compute_deadlines(replace(FACTS, category_code="labour"), CN)[0]
    assert [
        i.code for i in check_extension(Extension(date(2025, 6, 5), date(2025, 7, 1), True), labour)
    ] == ["extension.not_extendable"]


# --- after the agreement -------------------------------------------------------------------

AGREED = replace(FACTS, status=CaseStatus.AGREEMENT, agreement_effective_on=date(2025, 6, 10))


def test_the_judicial_confirmation_window_is_30_days_from_the_effective_date() -> None:
    assert due(AGREED, K.JUDICIAL_CONFIRMATION) == date(2025, 7, 10)
    assert K.JUDICIAL_CONFIRMATION not in kinds(
        replace(AGREED, confirmation_applied_on=date(2025, 6, 20))
    )
    holiday = replace(AGREED, agreement_effective_on=date(2025, 9, 3))
    assert due(holiday, K.JUDICIAL_CONFIRMATION) == date(2025, 10, 9)


def test_performance_dates_and_a_follow_up_after_the_last_one() -> None:
    paying = replace(AGREED, performance_due=(date(2025, 6, 30), date(2025, 6, 20)))
    deadlines = compute_deadlines(paying, CN)
    assert [(d.kind, d.due) for d in deadlines] == [
        (K.PERFORMANCE, date(2025, 6, 20)),
        (K.PERFORMANCE, date(2025, 6, 30)),
        (K.FOLLOW_UP_VISIT, date(2025, 7, 7)),
        (K.JUDICIAL_CONFIRMATION, date(2025, 7, 10)),
    ]
    assert K.PERFORMANCE not in kinds(replace(paying, performance_complete=True))


def test_a_follow_up_is_suggested_a_month_after_an_agreement_without_dates() -> None:
    assert due(AGREED, K.FOLLOW_UP_VISIT) == date(2025, 7, 10)
    settings = ClockSettings(follow_up_after_agreement_days=14)
    (visit,) = [d for d in compute_deadlines(AGREED, CN, settings) if d.kind is K.FOLLOW_UP_VISIT]
    assert visit.due == date(2025, 6, 24)
    planned = replace(AGREED, follow_ups_due=(date(2025, 8, 1),))
    assert due(planned, K.FOLLOW_UP_VISIT) == date(2025, 8, 1)
    assert K.FOLLOW_UP_VISIT not in kinds(replace(AGREED, follow_up_visits=1))


def test_referrals_awaiting_feedback_are_chased() -> None:
    police = Diversion("police", "派出所", "治安", date(2025, 6, 1))
    diverted = replace(FACTS, status=CaseStatus.DIVERTED, diversions=(police,))
    assert kinds(diverted) == [K.REFERRAL_FEEDBACK]
    assert due(diverted, K.REFERRAL_FEEDBACK) == date(2025, 6, 8)  # police: 7 days in the data
    assert compute_deadlines(diverted)[0].due == date(2025, 6, 16)  # no catalogue: 15 days
    closed = replace(police, feedback=FeedbackStatus.CONCLUDED, feedback_on=date(2025, 6, 5))
    assert kinds(replace(diverted, diversions=(closed,))) == []


def test_finished_cases_have_no_clocks() -> None:
    for status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.DECLINED):
        assert kinds(replace(AGREED, status=status)) == []
    assert kinds(replace(FACTS, status=CaseStatus.REGISTERED)) == []


# --- status --------------------------------------------------------------------------------

DUE = Deadline(K.PERFORMANCE, date(2025, 6, 10), date(2025, 6, 1), "agreement", "source.x")


@pytest.mark.parametrize(
    ("today", "window", "expected"),
    [
        (date(2025, 6, 11), 3, DeadlineStatus.OVERDUE),
        (date(2025, 6, 10), 3, DeadlineStatus.DUE_SOON),  # the last day still counts
        (date(2025, 6, 10), 0, DeadlineStatus.DUE_SOON),
        (date(2025, 6, 9), 0, DeadlineStatus.OK),
        (date(2025, 6, 7), 3, DeadlineStatus.DUE_SOON),
        (date(2025, 6, 6), 3, DeadlineStatus.OK),
        (date(2025, 6, 1), 10, DeadlineStatus.DUE_SOON),
    ],
)
def test_due_soon_and_overdue_boundaries(
    today: date, window: int, expected: DeadlineStatus
) -> None:
    assert status_of(DUE, today, window) is expected


def test_the_due_soon_window_cannot_be_negative() -> None:
    with pytest.raises(ValueError):
        status_of(DUE, date(2025, 6, 1), -1)
