"""Sample committee, mediators and cases for the interchange tests (imported by the others)."""

from __future__ import annotations

import copy
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from stdnum.cn import ric, uscc

from mediation_desk.domain.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    Gender,
    MediatorKind,
    MediatorSelection,
    PartyKind,
    PartyRole,
)
from mediation_desk.domain.models import Agent, CaseDraft, Committee, Mediator, Party
from mediation_desk.domain.validation import has_errors, validate_case
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.cases import CaseService
from mediation_desk.services.interchange.kinds import KINDS

TODAY = date(2025, 6, 30)

COMMITTEE = Committee(
    name="乌审召镇人民调解委员会",
    short_name="乌审召",
    division_code="150626101",
    address="乌审旗乌审召镇政府院内",
    phone="0477-7561234",
    uuid="0b5c1f0e-7a43-4c55-9d5e-1f1f4c3a2b01",
)
MEDIATORS = (
    Mediator(
        name="ᠪᠠᠲᠤ",
        gender=Gender.MALE,
        ethnicity="02",
        phone="13904771234",
        speaks_mongolian=True,
        uuid="6f0c2a57-1d3e-4b8e-9a51-3c2d1e0f9a01",
    ),
    Mediator(
        name="王𠈌",
        gender=Gender.FEMALE,
        ethnicity="01",
        kind=MediatorKind.ENGAGED,
        uuid="6f0c2a57-1d3e-4b8e-9a51-3c2d1e0f9a02",
    ),
)
MEDIATOR_UUIDS = tuple(m.uuid for m in MEDIATORS)


def id_number(region: str, born: date, sequence: str) -> str:
    """A resident ID number with a correct check digit."""
    body = f"{region}{born:%Y%m%d}{sequence}"
    return body + ric.calc_check_digit(body + "0")  # stdnum skips the last character


def credit_code(body: str) -> str:
    """A unified social credit code with a correct check digit."""
    return body + uscc.calc_check_digit(body)


def person(name: str, role: PartyRole, sequence: str = "123", **extra: object) -> Party:
    fields: dict[str, object] = {
        "ethnicity": "02",
        "id_number": id_number("150626", date(1980, 3, 4), sequence),
        "phone": "13812345678",
        "address": "乌审旗乌审召镇",
        **extra,
    }
    return Party(role=role, kind=PartyKind.PERSON, name=name, **fields)  # type: ignore[arg-type]


def organisation(name: str, role: PartyRole) -> Party:
    agents = (
        Agent(AgentKind.LAWYER, "赵律师", "0477-8581234", "代为调解、签署调解协议"),
        Agent(AgentKind.EMPLOYEE, "ᠰᠠᠷᠠ", "", "代为陈述"),
    )
    return Party(
        role=role,
        kind=PartyKind.ORGANISATION,
        name=name,
        credit_code=credit_code("91150626MA0N12345"),
        legal_representative="刘经理",
        representative_title="总经理",
        address="乌审旗嘎鲁图镇",
        agents=agents,
    )


def draft(source: CaseSource, received_on: date, **extra: object) -> CaseDraft:
    """A valid intake for `source` with a person and an organisation."""
    fields: dict[str, object] = {
        "received_on": received_on,
        "source": source,
        "category_code": "contract",
        "facts": "拖欠草场承包费，双方争执。\nᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ",
        "requests": "支付承包费",
        "amount": Decimal("12000.50"),
        "people_involved": 3,
        "place_division_code": "150626101200",
        "place_detail": "第三牧业社",
        "parties": (
            person("ᠪᠠᠲᠤ", PartyRole.APPLICANT, gender=Gender.MALE),
            organisation("鄂尔多斯市某牧业有限公司", PartyRole.RESPONDENT),
        ),
        "mediator_uuids": MEDIATOR_UUIDS,
        "mediator_selection": MediatorSelection.CHOSEN_BY_PARTIES,
    }
    if source is CaseSource.PARTY_APPLICATION:
        fields["application_form"] = ApplicationForm.WRITTEN
    elif source.is_referral:
        fields["referral_body"] = "乌审旗人民法院"
        fields["referral_reference"] = "（2025）蒙0626民初12号"
    return CaseDraft(**{**fields, **extra})  # type: ignore[arg-type]


def sample_drafts() -> list[CaseDraft]:
    """One case of every source, over two years, with and without amounts."""
    drafts = [
        draft(source, date(2024 + n % 2, 1 + n, 10 + n)) for n, source in enumerate(CaseSource)
    ]
    drafts.append(
        draft(
            CaseSource.PARTY_APPLICATION,
            date(2025, 2, 1),
            application_form=ApplicationForm.ORAL,
            amount=None,
            people_involved=None,
            parties=(
                person("王𠈌", PartyRole.APPLICANT, "245", ethnicity="01"),
                person("ᠰᠠᠷᠠ", PartyRole.RESPONDENT, "362", phone="", address=""),
                person("张三", PartyRole.THIRD_PARTY, "481", gender=Gender.MALE),
            ),
        )
    )
    return drafts


def open_db(path: Path) -> Services:
    return open_services(f"sqlite:///{path}")


_templates: dict[str, Path] = {}


def fresh_database(kind: str, tmp_path: Path, factory: pytest.TempPathFactory) -> Services:
    """A copy of an "empty" or "populated" database built once per session (keeps tests fast)."""
    template = _templates.get(kind)
    if template is None:
        template = factory.mktemp("templates") / f"{kind}.sqlite3"
        services = open_db(template)
        if kind == "populated":
            populate(services)
        services.close()  # the last connection closing folds the WAL back into the file
        assert not template.with_name(template.name + "-wal").exists()
        _templates[kind] = template
    copy = tmp_path / f"{kind}.sqlite3"
    shutil.copyfile(template, copy)
    return open_db(copy)


def populate(services: Services) -> CaseService:
    """Saves the committee and mediators and registers every sample draft."""
    services.committee.save(COMMITTEE, MEDIATORS)
    cases = CaseService(services.db, today=lambda: TODAY)
    for sample in sample_drafts():
        cases.register(sample)
    return cases


def test_sample_drafts_pass_the_intake_rules() -> None:
    for sample in sample_drafts():
        issues = validate_case(sample, TODAY)
        assert not has_errors(issues), issues


def test_samples_cover_every_source() -> None:
    assert {d.source for d in sample_drafts()} == set(CaseSource)


def as_version_2(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a current export as version 2 wrote it: without what version 3 added."""
    old = copy.deepcopy(document)
    old["version"] = 2
    del old["committee"]["seal_text"]
    for mediator in old["mediators"]:
        del mediator["relatives"]
    for case in old["cases"]:
        del case["risk_indicators"]
        for kind in KINDS:
            if kind.since > 2:
                del case[kind.key]
                continue
            newer = [f.key for f in kind.fields if f.since > 2]
            for item in case[kind.key]:
                for key in newer:
                    del item[key]
    return old


def as_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a current export as version 1 wrote it: cases without lifecycles."""
    old = as_version_2(document)
    old["version"] = 1
    for case in old["cases"]:
        for key in ("risk_level", "accepted_on", "referral_reported_on", *V2_KEYS):
            del case[key]
    return old


V2_KEYS = tuple(kind.key for kind in KINDS if kind.since <= 2)
