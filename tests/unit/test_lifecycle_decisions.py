"""Acceptance or decline, a party's refusal, the rights notice, publicity and recusal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.domain.enums import PartyKind, PartyRole
from mediation_desk.domain.lifecycle.common import ReferenceDataError
from mediation_desk.domain.lifecycle.decisions import (
    AcceptanceDecision,
    NoticeMethod,
    Publicity,
    PublicityChoice,
    Refusal,
    RightsNotice,
    parse_decline_reasons,
    parties_not_notified,
    validate_decision,
    validate_publicity,
    validate_refusal,
    validate_rights_notice,
)
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, AgreementRecord
from mediation_desk.domain.lifecycle.recusal import (
    MediatorRelation,
    Recusal,
    find_relations,
    is_same_person,
    recusal_issues,
    relation_warnings,
    validate_recusal,
)
from mediation_desk.domain.models import Mediator, MediatorRelative, Party
from mediation_desk.domain.validation.issues import Issue

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
TEXT = (REFERENCE / "decline_reasons.csv").read_text(encoding="utf-8")
REASONS = parse_decline_reasons(TEXT)
CHANNELS = ("civil_litigation", "police", "administrative_reconsideration")
TODAY = date(2025, 6, 10)
DECLINE = AcceptanceDecision(
    False,
    date(2025, 6, 9),
    "主任",
    "already_handled",
    channels_told=frozenset({"civil_litigation"}),
)


def found(issues: list[Issue]) -> list[tuple[str, str]]:
    return [(issue.field, issue.code) for issue in issues]


def check(decision: AcceptanceDecision) -> list[tuple[str, str]]:
    return found(validate_decision(decision, TODAY, reasons=REASONS, channels=CHANNELS))


def test_the_shipped_decline_reasons_cover_the_legal_grounds() -> None:
    assert list(REASONS) == [
        "specialised_body_only",
        "already_handled",
        "party_refuses",
        "not_civil_dispute",
        "other",
    ]
    assert REASONS["party_refuses"].requires == "refusal"
    assert REASONS["party_refuses"].basis == "人民调解法第17条"
    assert REASONS["other"].requires == "text"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("code,name_zh", "id,name_zh", "missing column"),
        (",refusal,", ",signature,", "unknown `requires`"),
        ("other,其他", "party_refuses,其他", "listed twice"),
        ("party_refuses,", "refuses,", "art 17"),
        (",90", ",ninety", "whole number"),
    ],
)
def test_broken_decline_reasons_are_reported(old: str, new: str, message: str) -> None:
    with pytest.raises(ReferenceDataError, match=message):
        parse_decline_reasons(TEXT.replace(old, new))


def test_an_acceptance_names_who_decided_and_carries_no_decline_reason() -> None:
    accepted = AcceptanceDecision(True, TODAY, "主任")
    assert check(accepted) == []
    assert check(replace(accepted, decided_by="", decided_on=date(2025, 6, 11))) == [
        ("decided_by", "text.required"),
        ("decided_on", "date.future"),
    ]
    assert check(replace(accepted, reason_code="other")) == [
        ("reason_code", "decision.reason_on_acceptance")
    ]


def test_a_decline_needs_a_known_reason_and_a_competent_channel() -> None:
    assert check(DECLINE) == []
    assert check(replace(DECLINE, reason_code="", channels_told=frozenset())) == [
        ("reason_code", "decision.reason_required"),
        ("channels_told", "decision.channel_required"),
    ]
    assert check(replace(DECLINE, reason_code="bad_weather")) == [
        ("reason_code", "decision.reason_unknown")
    ]
    unknown = replace(DECLINE, channels_told=frozenset({"this_committee", "oracle"}))
    assert check(unknown) == [
        ("channels_told", "decision.channel_is_committee"),
        ("channels_told", "decision.channel_unknown"),
    ]


def test_declining_for_a_refusal_records_who_refused_and_when() -> None:
    refused = replace(DECLINE, reason_code="party_refuses")
    assert check(refused) == [("refusal", "decision.refusal_required")]
    late = Refusal("", date(2025, 6, 11))
    assert check(replace(refused, refusal=late)) == [
        ("refusal.party", "text.required"),
        ("refusal.refused_on", "date.future"),
    ]
    assert check(replace(refused, refusal=Refusal("王某", date(2025, 6, 8)))) == []


def test_other_needs_free_text_even_without_the_reference_list() -> None:
    other = replace(DECLINE, reason_code="other")
    assert check(other) == [("reason_text", "text.required")]
    assert found(validate_decision(other, TODAY)) == [("reason_text", "text.required")]
    assert check(replace(other, reason_text="双方已自行和解")) == []


def test_a_refusal_is_checked_on_its_own() -> None:
    assert validate_refusal(Refusal("王某", TODAY, NoticeMethod.WRITTEN), TODAY) == []


def test_the_rights_notice_names_recipients_and_giver() -> None:
    notice = RightsNotice(TODAY, ("巴图", "王某"), NoticeMethod.ORAL, "调解员甲")
    assert validate_rights_notice(notice, TODAY) == []
    empty = RightsNotice(date(2025, 6, 11), (" ",), NoticeMethod.WRITTEN, "")
    assert found(validate_rights_notice(empty, TODAY)) == [
        ("given_by", "text.required"),
        ("given_to", "notice.recipients_required"),
        ("given_on", "date.future"),
    ]
    assert parties_not_notified([notice], ["巴图", "李某 ", "王某"]) == ("李某 ",)


def test_public_mediation_is_barred_by_privacy_or_an_objection() -> None:
    public = PublicityChoice(Publicity.PUBLIC, "双方当事人", TODAY)
    assert validate_publicity(public, TODAY) == []
    barred = replace(public, involves_privacy=True, objected_by=("王某",))
    assert found(validate_publicity(barred, TODAY)) == [
        ("publicity", "publicity.privacy"),
        ("publicity", "publicity.party_objects"),
    ]
    private = replace(barred, publicity=Publicity.NON_PUBLIC)
    assert validate_publicity(private, TODAY) == []


def test_an_agreement_takes_effect_as_arts_29_and_30_say() -> None:
    assert AgreementRecord(AgreementForm.ORAL, TODAY).effective_on == TODAY
    assert AgreementRecord(AgreementForm.WRITTEN, TODAY).effective_on is None
    signed = AgreementRecord(AgreementForm.WRITTEN, TODAY, signed_on=date(2025, 6, 12))
    assert signed.effective_on == date(2025, 6, 12)


# --- recusal -------------------------------------------------------------------------------

REQUEST = Recusal("m-1", "王某", date(2025, 6, 5), "调解员系申请人堂兄")


def test_a_recusal_request_stays_open_until_a_replacement_is_named() -> None:
    assert REQUEST.is_open
    assert validate_recusal(REQUEST, TODAY) == []
    decided = replace(REQUEST, replacement_uuid="m-2", replaced_on=date(2025, 6, 6))
    assert not decided.is_open
    assert validate_recusal(decided, TODAY) == []


def test_a_recusal_replacement_is_someone_else_and_dated() -> None:
    same = replace(REQUEST, replacement_uuid="m-1", replaced_on=date(2025, 6, 4))
    assert found(validate_recusal(same, TODAY)) == [
        ("replacement_uuid", "recusal.same_mediator"),
        ("replaced_on", "recusal.replaced_before_request"),
    ]
    undated = replace(REQUEST, replacement_uuid="m-2")
    assert found(validate_recusal(undated, TODAY)) == [
        ("replaced_on", "recusal.replacement_date_required")
    ]
    assert found(validate_recusal(replace(REQUEST, requested_by=""), TODAY)) == [
        ("requested_by", "text.required")
    ]


def test_recusals_block_the_assigned_mediators() -> None:
    assert [i.code for i in recusal_issues(["m-1"], [REQUEST])] == ["recusal.open"]
    decided = replace(REQUEST, replacement_uuid="m-2", replaced_on=TODAY)
    assert [i.code for i in recusal_issues(["m-1", "m-2"], [decided])] == [
        "recusal.mediator_still_assigned"
    ]
    assert recusal_issues(["m-2"], [decided]) == []


def test_a_mediator_related_to_a_party_is_a_warning() -> None:
    relations = [
        MediatorRelation("m-1", "巴图", "堂兄", "乌力吉"),
        MediatorRelation("m-9", "王某", "邻居"),
    ]
    issues = relation_warnings(["m-1", "m-2"], relations)
    assert [(i.code, i.is_error, i.params_dict) for i in issues] == [
        (
            "mediator.related_to_party",
            False,
            {"mediator": "m-1", "mediator_name": "乌力吉", "party": "巴图", "relation": "堂兄"},
        )
    ]


ID_A = "150626198503171234"
ID_B = "150626199001011235"


def test_a_relative_is_the_party_with_the_same_id_number_else_the_same_name() -> None:
    assert is_same_person("巴图", ID_A, "巴图", ID_A)
    assert not is_same_person("巴图", ID_A, "巴图", ID_B)  # namesakes told apart by their numbers
    assert is_same_person("巴图", ID_A, "巴图 ", "")  # one number missing: the name decides
    assert is_same_person("其他名字", ID_A, "巴图", ID_A.lower())
    assert not is_same_person("", "", "", "")


def test_relations_are_found_for_assigned_mediators_only() -> None:
    uncle = MediatorRelative("巴图", "舅舅")
    wulji = Mediator("乌力吉", uuid="m-1", relatives=(uncle, MediatorRelative("王芳", "儿媳")))
    other = Mediator("王芳", uuid="m-2", relatives=(MediatorRelative("巴图", "邻居"),))
    parties = (
        Party(PartyRole.APPLICANT, PartyKind.PERSON, "巴图"),
        Party(PartyRole.RESPONDENT, PartyKind.PERSON, "张三"),
    )
    assert find_relations([wulji, other], ["m-1"], parties) == [
        MediatorRelation("m-1", "巴图", "舅舅", "乌力吉")
    ]
    assert find_relations([wulji, other], [], parties) == []
