"""The "today" worklist: what shows, what does not, and in which order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.case_clocks import ClockFacts, compute_deadlines
from mediation_desk.domain.lifecycle.clocks import Deadline, DeadlineKind
from mediation_desk.domain.lifecycle.risk import parse_risk_levels
from mediation_desk.domain.lifecycle.worklist import (
    MESSAGE_KEYS,
    WorkItem,
    WorkKind,
    WorklistCase,
    build_worklist,
)

K = DeadlineKind
REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
SCALE = parse_risk_levels((REFERENCE / "risk_levels.csv").read_text(encoding="utf-8"))
TODAY = date(2025, 6, 10)


def deadline(kind: K, due: date) -> Deadline:
    return Deadline(kind, due, date(2025, 5, 1), "test", "source.test")


def case(
    no: str,
    *deadlines: Deadline,
    status: CaseStatus = CaseStatus.IN_MEDIATION,
    risk: str = "general",
    reported: bool = False,
) -> WorklistCase:
    return WorklistCase(f"uuid-{no}", no, status, risk, tuple(deadlines), reported)


def summary(items: list[WorkItem]) -> list[tuple[str, str, str]]:
    return [(item.case_no, item.kind, item.message_key) for item in items]


def test_an_empty_desk_has_an_empty_worklist() -> None:
    assert build_worklist([], TODAY, SCALE) == []
    quiet = case("1", deadline(K.MEDIATION_PERIOD, date(2025, 6, 30)))
    assert build_worklist([quiet], TODAY, SCALE) == []


def test_overdue_and_due_soon_items_carry_the_case_and_the_date() -> None:
    items = build_worklist(
        [case("1", deadline(K.PERFORMANCE, date(2025, 6, 8)), deadline(K.FOLLOW_UP_VISIT, TODAY))],
        TODAY,
        SCALE,
    )
    overdue, due_soon = items
    assert overdue == WorkItem(
        kind=WorkKind.OVERDUE,
        case_uuid="uuid-1",
        case_no="1",
        message_key="worklist.overdue.performance",
        due=date(2025, 6, 8),
        days_left=-2,
        deadline_kind=K.PERFORMANCE,
        risk_level="general",
    )
    assert (due_soon.kind, due_soon.message_key, due_soon.days_left) == (
        WorkKind.DUE_SOON,
        "worklist.due_soon.follow_up_visit",
        0,
    )
    assert {item.message_key for item in items} <= MESSAGE_KEYS


def test_the_due_soon_window_is_configurable() -> None:
    later = case("1", deadline(K.MEDIATION_PERIOD, date(2025, 6, 14)))
    assert build_worklist([later], TODAY, SCALE) == []  # 4 days away, window 3
    assert summary(build_worklist([later], TODAY, SCALE, due_soon_days=4)) == [
        ("1", "due_soon", "worklist.due_soon.mediation_period")
    ]


def test_a_closing_confirmation_window_shows_but_a_closed_one_does_not() -> None:
    closing = case("1", deadline(K.JUDICIAL_CONFIRMATION, date(2025, 6, 12)))
    assert summary(build_worklist([closing], TODAY, SCALE)) == [
        ("1", "due_soon", "worklist.due_soon.judicial_confirmation")
    ]
    closed = case("2", deadline(K.JUDICIAL_CONFIRMATION, date(2025, 6, 9)))
    assert build_worklist([closed], TODAY, SCALE) == []


def test_finished_cases_never_show() -> None:
    overdue = deadline(K.REFERRAL_FEEDBACK, date(2025, 6, 1))
    for status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.DECLINED):
        assert build_worklist([case("1", overdue, status=status, risk="major")], TODAY, SCALE) == []


def test_a_terminated_case_still_shows_until_it_is_closed() -> None:
    failed = case("1", status=CaseStatus.TERMINATED, risk="significant")
    assert summary(build_worklist([failed], TODAY, SCALE)) == [
        ("1", "high_risk", "worklist.high_risk")
    ]


def test_high_risk_cases_show_and_the_top_level_asks_for_its_report() -> None:
    cases = [
        case("1", risk="general"),
        case("2", risk="significant"),
        case("3", risk="major"),
        case("4", risk="major", reported=True),
    ]
    assert summary(build_worklist(cases, TODAY, SCALE)) == [
        ("3", "escalation_missing", "worklist.escalation_missing"),
        ("4", "high_risk", "worklist.high_risk"),
        ("2", "high_risk", "worklist.high_risk"),
    ]
    assert build_worklist(cases, TODAY) == []  # no scale, no risk items


def test_items_are_sorted_by_urgency_then_date_then_risk() -> None:
    cases = [
        case("A", deadline(K.PERFORMANCE, date(2025, 6, 11))),
        case("B", deadline(K.MEDIATION_PERIOD, date(2025, 6, 9)), risk="significant"),
        case("C", deadline(K.FOLLOW_UP_VISIT, date(2025, 6, 1))),
        case("D", deadline(K.PERFORMANCE, date(2025, 6, 11)), risk="major", reported=True),
        case("E", risk="major"),
    ]
    assert [(item.case_no, item.kind) for item in build_worklist(cases, TODAY, SCALE)] == [
        ("E", "escalation_missing"),
        ("C", "overdue"),  # the longest overdue first
        ("B", "overdue"),
        ("D", "due_soon"),  # same day as A, higher risk first
        ("A", "due_soon"),
        ("D", "high_risk"),
        ("B", "high_risk"),
    ]


def test_the_worklist_is_built_from_the_computed_clocks() -> None:
    facts = ClockFacts(
        status=CaseStatus.AGREEMENT,
        category_code="neighbourhood",
        source=CaseSource.PARTY_APPLICATION,
        received_on=date(2025, 5, 1),
        accepted_on=date(2025, 5, 2),
        agreement_effective_on=date(2025, 5, 12),
        performance_due=(date(2025, 6, 5),),
    )
    clocks = compute_deadlines(facts)
    items = build_worklist([case("7", *clocks, status=facts.status)], TODAY, SCALE)
    assert summary(items) == [
        ("7", "overdue", "worklist.overdue.performance"),
        ("7", "due_soon", "worklist.due_soon.judicial_confirmation"),
        ("7", "due_soon", "worklist.due_soon.follow_up_visit"),
    ]
    assert [item.due for item in items] == [date(2025, 6, 5), date(2025, 6, 11), date(2025, 6, 12)]
    assert {item.case_uuid for item in items} == {"uuid-7"}
