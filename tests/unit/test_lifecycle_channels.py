"""Diversion channels as data: the shipped catalogue, its parser, and checking a diversion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.domain.lifecycle.channels import (
    THIS_COMMITTEE,
    ChannelKind,
    Diversion,
    FeedbackStatus,
    feedback_due,
    parse_channels,
    validate_diversion,
)
from mediation_desk.domain.lifecycle.common import ReferenceDataError
from mediation_desk.domain.lifecycle.workdays import parse_holidays

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
TEXT = (REFERENCE / "channels.csv").read_text(encoding="utf-8")
CATALOGUE = parse_channels(TEXT)
CN = parse_holidays((REFERENCE / "holidays_cn.csv").read_text(encoding="utf-8"))
TODAY = date(2025, 6, 10)
LAND = Diversion(
    "administrative_ruling",
    "乌审召镇人民政府",
    "草场使用权争议，由人民政府处理",
    date(2025, 6, 1),
    warnings_told=frozenset({"land_decision_suit", "administrative_suit_limit"}),
)


ISSUE_CHANNELS = """
    this_committee road_traffic_mediation medical_mediation property_mediation labour_mediation
    land_contract_mediation consumer_mediation environment_mediation finance_mediation
    labour_arbitration land_contract_arbitration commercial_arbitration notarization
    administrative_ruling administrative_reconsideration civil_litigation petition police
"""


def codes(diversion: Diversion) -> list[str]:
    return [issue.code for issue in validate_diversion(diversion, TODAY, CATALOGUE)]


def test_the_shipped_catalogue_has_every_channel_of_the_issue() -> None:
    kinds = {channel.kind for channel in CATALOGUE.channels}
    assert kinds == set(ChannelKind)
    for code in ISSUE_CHANNELS.split():
        assert code in CATALOGUE, code
    assert CATALOGUE.codes[0] == THIS_COMMITTEE
    assert THIS_COMMITTEE not in {c.code for c in CATALOGUE.diversion_targets()}


@pytest.mark.parametrize(
    ("warning", "period"),
    [
        ("civil_limitation", "3y"),
        ("labour_arbitration_limitation", "1y"),
        ("land_contract_arbitration_limitation", "2y"),
        ("administrative_reconsideration_limit", "60d"),
        ("administrative_suit_limit", "6m"),
        ("land_decision_suit", "30d"),
        ("judicial_confirmation_window", "30d"),
        ("enforcement_limitation", "2y"),
        ("labour_mediation_window", "15d"),
    ],
)
def test_deadline_warnings_carry_their_period_and_legal_source(warning: str, period: str) -> None:
    item = CATALOGUE.warnings[warning]
    assert str(item.period) == period
    assert item.source and item.name_zh and item.name_en and item.starts


def test_only_the_civil_limitation_is_known_to_be_interrupted_by_mediation() -> None:
    interrupted = {code for code, w in CATALOGUE.warnings.items() if w.interrupted_by_mediation}
    assert interrupted == {"civil_limitation"}


def test_channels_list_the_warnings_and_needs_that_apply() -> None:
    arbitration = CATALOGUE.get("commercial_arbitration")
    assert arbitration is not None
    assert arbitration.needs == ("arbitration_agreement",)
    assert arbitration.unmet_needs(set()) == ("arbitration_agreement",)
    assert arbitration.unmet_needs({"arbitration_agreement"}) == ()
    reconsideration = CATALOGUE.get("administrative_reconsideration")
    assert reconsideration is not None
    assert "administrative_reconsideration_limit" in reconsideration.warning_codes
    assert CATALOGUE.get("nowhere") is None


def test_a_warning_tells_the_last_day_rolling_past_holidays() -> None:
    sixty_days = CATALOGUE.warnings["administrative_reconsideration_limit"]
    assert sixty_days.ends_on(date(2025, 6, 1), CN) == date(2025, 7, 31)
    assert sixty_days.ends_on(date(2025, 8, 3), CN) == date(2025, 10, 9)  # 2 Oct is a holiday
    six_months = CATALOGUE.warnings["administrative_suit_limit"]
    # 28 Feb 2026 is a Saturday but a make-up working day, so the period does not roll.
    assert six_months.ends_on(date(2025, 8, 31), CN) == date(2026, 2, 28)
    assert six_months.ends_on(date(2025, 9, 7), CN) == date(2026, 3, 9)  # Sat 7 Mar rolls


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("record,code", "kind_of_row,code", "missing column"),
        ("channel,this_committee,", "channel,police,", "listed twice"),
        ("labour_award_suit,30", "nope,30", "unknown warning"),
        (",notarization,,", ",notary,,", "unknown kind"),
        ("channel,this_committee,", "channel,committee_here,", "required"),
        (",3y,", ",3 years,", "bad period"),
        ("channel,police", "chanel,police", "record must be"),
        ("police,,,7,", "police,,,seven,", "whole number"),
    ],
)
def test_broken_channel_data_is_reported(old: str, new: str, message: str) -> None:
    assert old in TEXT
    with pytest.raises(ReferenceDataError, match=message):
        parse_channels(TEXT.replace(old, new))


def test_a_complete_diversion_passes() -> None:
    assert codes(LAND) == []


def test_a_diversion_needs_a_channel_body_and_reason() -> None:
    empty = Diversion("", " ", "", date(2025, 6, 11))
    assert codes(empty) == [
        "diversion.channel_required",
        "text.required",
        "text.required",
        "date.future",
    ]
    assert codes(replace(LAND, channel_code=THIS_COMMITTEE)) == ["diversion.to_self"]
    assert codes(replace(LAND, channel_code="moon_court")) == ["diversion.channel_unknown"]


def test_untold_warnings_are_flagged_but_do_not_block() -> None:
    issues = validate_diversion(replace(LAND, warnings_told=frozenset()), TODAY, CATALOGUE)
    assert [(i.code, i.params_dict, i.is_error) for i in issues] == [
        ("diversion.warning_not_told", {"warning": "land_decision_suit"}, False),
        ("diversion.warning_not_told", {"warning": "administrative_suit_limit"}, False),
    ]
    odd = replace(LAND, warnings_told=LAND.warnings_told | {"fortnight"})
    assert codes(odd) == ["diversion.warning_unknown"]


def test_feedback_is_dated_and_not_before_the_diversion() -> None:
    assert codes(replace(LAND, feedback=FeedbackStatus.CONCLUDED)) == [
        "diversion.feedback_date_required"
    ]
    early = replace(LAND, feedback=FeedbackStatus.RETURNED, feedback_on=date(2025, 5, 1))
    assert codes(early) == ["diversion.feedback_before_diversion"]
    assert FeedbackStatus.AWAITING.is_open and FeedbackStatus.IN_PROGRESS.is_open
    assert not FeedbackStatus.CONCLUDED.is_open and not FeedbackStatus.RETURNED.is_open


def test_the_feedback_due_date_comes_from_the_record_the_channel_or_the_default() -> None:
    police = CATALOGUE.get("police")
    assert feedback_due(LAND, police, 15) == date(2025, 6, 8)
    assert feedback_due(LAND, None, 15) == date(2025, 6, 16)
    fixed = replace(LAND, feedback_due_on=date(2025, 6, 5))
    assert feedback_due(fixed, police, 15) == date(2025, 6, 5)


def test_without_a_catalogue_only_the_structure_is_checked() -> None:
    assert validate_diversion(replace(LAND, channel_code="anything"), TODAY) == []
