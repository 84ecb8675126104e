"""Risk levels as data, the suggested level, and the escalation report the top level needs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.domain.lifecycle.common import ReferenceDataError
from mediation_desk.domain.lifecycle.risk import (
    EscalationRecipient,
    EscalationReport,
    ReportMethod,
    RiskIndicator,
    check_risk_change,
    parse_risk_levels,
    validate_escalation,
)
from mediation_desk.domain.validation.issues import Issue

R = RiskIndicator
REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
TEXT = (REFERENCE / "risk_levels.csv").read_text(encoding="utf-8")
SCALE = parse_risk_levels(TEXT)
NOW = datetime(2025, 6, 10, 8, 0, tzinfo=UTC)
REPORT = EscalationReport(
    recipients=frozenset({EscalationRecipient.POLICE_STATION, EscalationRecipient.JUSTICE_OFFICE}),
    reported_at=NOW - timedelta(hours=1),
    method=ReportMethod.PHONE,
    measures="已分别稳控双方，派出所民警到场",
    reported_by="主任",
)


def found(issues: list[Issue]) -> list[tuple[str, str, bool]]:
    return [(issue.field, issue.code, issue.is_error) for issue in issues]


def test_the_shipped_scale_has_three_coloured_levels() -> None:
    assert [level.code for level in SCALE.levels] == ["general", "significant", "major"]
    assert [level.name_zh for level in SCALE.levels] == ["一般", "较大", "重大"]
    assert all(level.colour.startswith("#") for level in SCALE.levels)
    assert SCALE.top.requires_escalation and not SCALE.lowest.requires_escalation
    assert SCALE.rank_of("major") == 3 and SCALE.rank_of("") == 0 and SCALE.rank_of("x") == 0


def test_no_indicator_suggests_the_lowest_level() -> None:
    suggestion = SCALE.suggest()
    assert (suggestion.level.code, suggestion.triggers) == ("general", ())


@pytest.mark.parametrize(
    ("indicators", "people", "amount", "level", "triggers"),
    [
        ((), 4, Decimal("49999"), "general", ()),
        ((), 5, None, "significant", ("people_involved>=5",)),
        ((), None, Decimal(50000), "significant", ("amount>=50000",)),
        ((R.REPEAT_DISPUTE,), None, None, "significant", ("indicator.repeat_dispute",)),
        ((R.MANY_PEOPLE,), None, None, "significant", ("indicator.many_people",)),
        ((), 10, None, "major", ("people_involved>=10",)),
        ((), 2, Decimal("100000.00"), "major", ("amount>=100000",)),
        ((R.CRIMINAL_RISK,), None, None, "major", ("indicator.criminal_risk",)),
        ((R.SELF_HARM_THREAT, R.REPEAT_DISPUTE), 3, None, "major", ("indicator.self_harm_threat",)),
        (
            (R.VIOLENCE_THREAT, R.GROUP_CONFLICT),
            12,
            None,
            "major",
            ("people_involved>=10", "indicator.group_conflict", "indicator.violence_threat"),
        ),
    ],
)
def test_the_suggested_level_follows_the_data_thresholds(
    indicators: tuple[RiskIndicator, ...],
    people: int | None,
    amount: Decimal | None,
    level: str,
    triggers: tuple[str, ...],
) -> None:
    suggestion = SCALE.suggest(indicators, people, amount)
    assert (suggestion.level.code, suggestion.triggers) == (level, triggers)


def test_thresholds_are_data_not_code() -> None:
    stricter = parse_risk_levels(
        TEXT.replace("major,重大,Major,3,#C62828,10,", "major,重大,Major,3,#C62828,3,")
    )
    assert stricter.suggest((), 3).level.code == "major"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("code,name_zh", "id,name_zh", "missing column"),
        ("#EF6C00", "orange", "colour"),
        ("repeat_dispute;", "rumours;", "indicator"),
        (",50000,", ",lots,", "amount"),
        ("significant,较大,Significant,2", "significant,较大,Significant,3", "share a rank"),
        (",0,1,", ",0,yes,", "0 or 1"),
    ],
)
def test_broken_risk_data_is_reported(old: str, new: str, message: str) -> None:
    assert old in TEXT
    with pytest.raises(ReferenceDataError, match=message):
        parse_risk_levels(TEXT.replace(old, new))


def test_an_empty_scale_is_refused() -> None:
    with pytest.raises(ReferenceDataError):
        parse_risk_levels(TEXT.splitlines()[0] + "\n")


def test_raising_to_the_top_level_requires_an_escalation_report() -> None:
    assert found(check_risk_change(SCALE, "significant", "major", now=NOW)) == [
        ("escalation", "risk.escalation_report_required", True)
    ]
    assert found(check_risk_change(SCALE, "", "major", now=NOW)) == [
        ("escalation", "risk.escalation_report_required", True)
    ]
    assert check_risk_change(SCALE, "significant", "major", now=NOW, report=REPORT) == []
    assert check_risk_change(SCALE, "major", "major", now=NOW) == []  # already reported
    assert check_risk_change(SCALE, "general", "significant", now=NOW) == []


def test_the_report_says_to_whom_when_how_and_what_was_done() -> None:
    assert validate_escalation(REPORT, NOW) == []
    bad = EscalationReport(
        recipients=frozenset({EscalationRecipient.OTHER}),
        reported_at=NOW + timedelta(minutes=5),
        method=ReportMethod.WRITTEN,
        measures=" ",
        reported_by="",
    )
    assert found(validate_escalation(bad, NOW)) == [
        ("other_recipient", "text.required", True),
        ("measures", "text.required", True),
        ("reported_by", "text.required", True),
        ("reported_at", "date.future", True),
    ]
    nobody = EscalationReport(frozenset(), datetime(2025, 6, 10), ReportMethod.PHONE, "x", "y")
    assert found(validate_escalation(nobody, NOW)) == [
        ("recipients", "escalation.recipient_required", True),
        ("reported_at", "escalation.time_zone_required", True),
    ]


def test_feared_violence_or_crime_not_reported_to_the_police_is_a_warning() -> None:
    township = EscalationReport(
        frozenset({EscalationRecipient.TOWNSHIP}), NOW, ReportMethod.IN_PERSON, "包案稳控", "主任"
    )
    issues = check_risk_change(
        SCALE, "general", "major", now=NOW, indicators=[R.CRIMINAL_RISK], report=township
    )
    assert found(issues) == [("escalation.recipients", "escalation.police_not_informed", False)]


def test_a_level_below_the_suggestion_is_a_warning() -> None:
    issues = check_risk_change(SCALE, "general", "general", now=NOW, people_involved=6)
    assert found(issues) == [("risk_level", "risk.below_suggested", False)]
    assert issues[0].params_dict == {"suggested": "significant"}


def test_an_unknown_level_is_an_error() -> None:
    assert found(check_risk_change(SCALE, "general", "apocalyptic", now=NOW)) == [
        ("risk_level", "risk.unknown_level", True)
    ]
