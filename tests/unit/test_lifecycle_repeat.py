"""Repeat disputes and the dated history: pure rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.history import HistoryEntry, dated_history
from mediation_desk.domain.lifecycle.repeat import (
    EarlierCase,
    is_repeat_party,
    repeat_dispute_warnings,
)
from mediation_desk.domain.lifecycle.states import Transition

S = CaseStatus
ID_A = "150626198503171234"
ID_B = "150626199001011235"
VILLAGE = "150626100201"


def test_the_same_party_by_id_number_else_by_name_in_the_same_village() -> None:
    assert is_repeat_party("巴图", ID_A, VILLAGE, "巴特尔", ID_A, "150626100999")
    assert not is_repeat_party("巴图", ID_A, VILLAGE, "巴图", ID_B, VILLAGE)
    assert is_repeat_party("巴图", "", VILLAGE, "巴图", ID_B, VILLAGE)
    assert not is_repeat_party("巴图", "", VILLAGE, "巴图", "", "150626100999")
    assert not is_repeat_party("巴图", "", "", "巴图", "", "")  # no place: a name proves nothing


def test_one_warning_per_party_naming_its_earlier_cases() -> None:
    def case(number: str, party: str) -> EarlierCase:
        return EarlierCase(number, number, date(2024, 1, 1), "land", S.CLOSED, party)

    earlier = [
        case("（2024）1号", "巴图"),
        case("（2023）7号", "巴图"),
        case("（2024）1号", "王某"),
    ]
    assert [(i.field, i.is_error, i.params_dict) for i in repeat_dispute_warnings(earlier)] == [
        ("parties", False, {"party": "巴图", "cases": "（2024）1号、（2023）7号"}),
        ("parties", False, {"party": "王某", "cases": "（2024）1号"}),
    ]
    assert repeat_dispute_warnings([]) == []


def _move(to: S, day: int) -> Transition:
    return Transition(S.REGISTERED, to, datetime(2025, 3, day, 8, tzinfo=UTC), "王芳")


def test_each_step_gets_the_date_entered_for_it() -> None:
    accepted, started = _move(S.ACCEPTED, 5), _move(S.IN_MEDIATION, 6)
    dates = {S.ACCEPTED: [date(2025, 3, 3)]}
    assert dated_history([accepted, started], dates) == [
        HistoryEntry(accepted, date(2025, 3, 3)),
        HistoryEntry(started, None),
    ]


def test_records_that_do_not_pair_up_with_the_moves_give_no_dates() -> None:
    moves = [_move(S.DIVERTED, 5), _move(S.DIVERTED, 9)]
    assert [e.decided_on for e in dated_history(moves, {S.DIVERTED: [date(2025, 3, 1)]})] == [
        None,
        None,
    ]
    both = {S.DIVERTED: [date(2025, 3, 1), date(2025, 3, 8)]}
    assert [e.decided_on for e in dated_history(moves, both)] == [
        date(2025, 3, 1),
        date(2025, 3, 8),
    ]
