"""Recusal, public or non-public mediation, mediators' relatives and repeat disputes on SQLite."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mediation_desk.domain.enums import CaseStatus, PartyKind, PartyRole
from mediation_desk.domain.lifecycle.decisions import (
    AcceptanceDecision,
    NoticeMethod,
    Publicity,
    PublicityChoice,
    RightsNotice,
)
from mediation_desk.domain.lifecycle.recusal import Recusal
from mediation_desk.domain.lifecycle.risk import RiskIndicator
from mediation_desk.domain.models import CaseDraft, MediatorRelative, Party
from mediation_desk.domain.search import CaseFilter
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import TransitionRefused, ValidationFailed
from tests.services.conftest import id_number, make_draft

S = CaseStatus
CLERK = "王芳"
DAY = date(2025, 3, 5)


def _accepted(services: Services, **draft: object) -> str:
    uuid = services.cases.register(make_draft(services, **draft)).uuid  # type: ignore[arg-type]
    services.lifecycle.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    notice = RightsNotice(date(2025, 3, 4), ("王𠈌", "ᠪᠠᠲᠤ"), NoticeMethod.WRITTEN, CLERK)
    services.lifecycle.record_rights_notice(uuid, notice)
    return uuid


def _mediators(services: Services) -> tuple[str, str]:
    first, second = services.committee.mediators()
    return first.uuid, second.uuid


def test_an_open_recusal_blocks_mediation_until_the_replacement_takes_over(
    services: Services,
) -> None:
    uuid = _accepted(services)
    wulji, wang = _mediators(services)
    rights = services.party_rights
    rights.record_recusal(uuid, Recusal(wulji, "ᠪᠠᠲᠤ", DAY, "与申请人系亲戚"))

    with pytest.raises(TransitionRefused) as refused:
        services.lifecycle.start_mediation(uuid, by=CLERK)
    assert "recusal.open" in refused.value.codes

    rights.record_recusal(uuid, Recusal(wulji, "ᠪᠠᠲᠤ", DAY, "与申请人系亲戚", wang, DAY))

    assert services.cases.get(uuid).draft.mediator_uuids == (wang,)
    assert [r.replacement_uuid for r in rights.recusals(uuid)] == [wang]  # the request, updated
    listed = services.case_list.summaries(services.case_list.matching_ids(CaseFilter()))
    assert [summary.mediators for summary in listed] == ["王芳"]
    assert services.lifecycle.start_mediation(uuid, by=CLERK).status is S.IN_MEDIATION


def test_the_replacement_must_be_an_active_mediator_not_yet_on_the_case(
    services: Services,
) -> None:
    uuid = _accepted(services)
    wulji, wang = _mediators(services)
    with pytest.raises(ValidationFailed) as failed:
        services.party_rights.record_recusal(uuid, Recusal(wang, "王𠈌", DAY))
    assert [i.code for i in failed.value.issues] == ["recusal.mediator_not_assigned"]
    with pytest.raises(ValidationFailed) as failed:
        services.party_rights.record_recusal(uuid, Recusal(wulji, "王𠈌", DAY, "", "nobody", DAY))
    assert [i.code for i in failed.value.issues] == ["recusal.replacement_unavailable"]
    assert services.party_rights.recusals(uuid) == ()
    assert services.cases.get(uuid).draft.mediator_uuids == (wulji,)


def test_the_latest_publicity_choice_holds_and_silences_the_start_warning(
    services: Services,
) -> None:
    uuid = _accepted(services)
    rights = services.party_rights
    assert rights.publicity(uuid) is None
    public = PublicityChoice(Publicity.PUBLIC, "双方当事人", DAY, objected_by=("ᠪᠠᠲᠤ",))
    with pytest.raises(ValidationFailed):
        rights.record_publicity(uuid, public)
    rights.record_publicity(uuid, replace(public, publicity=Publicity.NON_PUBLIC))

    assert rights.publicity(uuid) == replace(public, publicity=Publicity.NON_PUBLIC)
    change = services.lifecycle.start_mediation(uuid, by=CLERK)
    assert "publicity.not_recorded" not in {issue.code for issue in change.warnings}


def test_a_mediator_related_to_a_party_is_warned_about_when_mediation_starts(
    services: Services,
) -> None:
    committee = services.committee.get()
    assert committee is not None
    wulji, wang = services.committee.mediators()
    relatives = (MediatorRelative("ᠪᠠᠲᠤ", "堂兄"), MediatorRelative("某人", "舅舅", id_number()))
    services.committee.save(committee, [replace(wulji, relatives=relatives), wang])
    assert services.committee.mediators()[0].relatives == relatives

    uuid = _accepted(services)
    warnings = services.lifecycle.start_mediation(uuid, by=CLERK).warnings
    related = [i.params_dict for i in warnings if i.code == "mediator.related_to_party"]
    # ᠪᠠᠲᠤ by name; 王𠈌 by the ID number of "某人" (the same person under another name).
    assert [(p["mediator_name"], p["party"], p["relation"]) for p in related] == [
        ("乌力吉", "ᠪᠠᠲᠤ", "堂兄"),
        ("乌力吉", "王𠈌", "舅舅"),
    ]


def test_a_relative_with_a_wrong_id_number_is_not_saved(services: Services) -> None:
    committee = services.committee.get()
    assert committee is not None
    wulji, wang = services.committee.mediators()
    bad = replace(wulji, relatives=(MediatorRelative("巴图", "", "150626198503171230"),))
    with pytest.raises(ValidationFailed) as failed:
        services.committee.save(committee, [bad, wang])
    assert {i.field for i in failed.value.issues} == {
        "mediators[0].relatives[0].relation",
        "mediators[0].relatives[0].id_number",
    }


VILLAGE = "150626100201"


def _in(place: str, draft: CaseDraft) -> CaseDraft:
    return replace(draft, place_division_code=place)


def test_earlier_cases_of_the_same_party_by_id_number_or_by_name_in_the_village(
    services: Services,
) -> None:
    older = services.cases.register(
        _in(VILLAGE, make_draft(services, received_on=date(2024, 5, 1)))
    )
    namesake = services.cases.register(_in("150626100202", make_draft(services, birth="19900101")))
    later = services.cases.register(
        _in(VILLAGE, make_draft(services, received_on=date(2025, 4, 1)))
    )
    current = services.cases.register(_in(VILLAGE, make_draft(services)))
    repeats = services.repeat_disputes

    found = repeats.earlier_cases_of(current.uuid)

    # 王𠈌 by ID number, ᠪᠠᠲᠤ (no number) by name in the same village: both in the older case;
    # the namesakes in another village have other numbers; a later case is not an earlier one.
    assert [(c.case_no, c.party) for c in found] == [(older.case_no, "王𠈌")]
    assert (found[0].received_on, found[0].status) == (date(2024, 5, 1), S.REGISTERED)
    assert {namesake.uuid, later.uuid}.isdisjoint(c.case_uuid for c in found)

    newcomer = Party(PartyRole.APPLICANT, PartyKind.PERSON, "ᠪᠠᠲᠤ")
    by_name = repeats.earlier_cases([newcomer], VILLAGE)
    assert {c.case_uuid for c in by_name} == {older.uuid, later.uuid, current.uuid}
    assert repeats.earlier_cases([newcomer], "150626999999") == []


def test_risk_indicators_are_recorded_with_the_level(services: Services) -> None:
    uuid = _accepted(services)
    life = services.lifecycle
    assert life.risk_indicators(uuid) == frozenset()
    indicators = {RiskIndicator.REPEAT_DISPUTE, RiskIndicator.LARGE_AMOUNT}
    life.set_risk_level(uuid, life.risk_level(uuid), indicators=indicators)
    assert life.risk_indicators(uuid) == indicators


def test_the_history_carries_the_dates_entered_for_each_step(services: Services) -> None:
    uuid = _accepted(services)
    services.lifecycle.start_mediation(uuid, by=CLERK)
    entries = services.lifecycle.dated_history(uuid)
    assert [(e.transition.to_status, e.decided_on) for e in entries] == [
        (S.ACCEPTED, date(2025, 3, 3)),
        (S.IN_MEDIATION, None),
    ]
