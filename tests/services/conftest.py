"""Services on a real temporary SQLite file, with a committee and two mediators."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from stdnum.cn import ric

from mediation_desk.domain.enums import ApplicationForm, CaseSource, Gender, PartyKind, PartyRole
from mediation_desk.domain.models import CaseDraft, Committee, Mediator, Party
from mediation_desk.services.bootstrap import Services, open_services


def id_number(region: str = "150626", birth: str = "19850317", sequence: str = "123") -> str:
    body = region + birth + sequence
    return body + ric.calc_check_digit(body + "0")  # it ignores the last character


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    with committee_services(db_path) as services:
        yield services


@contextmanager
def committee_services(db_path: Path) -> Iterator[Services]:
    """Services on a new database at `db_path` with the committee and its two mediators."""
    services = open_services(f"sqlite:///{db_path}")
    services.committee.save(
        Committee(
            name="乌审召镇巴音敖包嘎查人民调解委员会",
            short_name="巴音敖包",
            division_code="150626100",
        ),
        [
            Mediator(name="乌力吉", gender=Gender.MALE, ethnicity="02", speaks_mongolian=True),
            Mediator(name="王芳", gender=Gender.FEMALE, ethnicity="01"),
        ],
    )
    yield services
    services.close()


def make_draft(
    services: Services,
    *,
    received_on: date = date(2025, 3, 2),
    facts: str = "草场边界纠纷",
    names: tuple[str, str] = ("王𠈌", "ᠪᠠᠲᠤ"),
    birth: str = "19850317",
) -> CaseDraft:
    mediator = services.committee.mediators()[0]
    return CaseDraft(
        received_on=received_on,
        source=CaseSource.PARTY_APPLICATION,
        application_form=ApplicationForm.WRITTEN,
        category_code="grassland",
        facts=facts,
        parties=(
            Party(
                PartyRole.APPLICANT, PartyKind.PERSON, names[0], id_number=id_number(birth=birth)
            ),
            Party(PartyRole.RESPONDENT, PartyKind.PERSON, names[1]),
        ),
        mediator_uuids=(mediator.uuid,),
    )


@pytest.fixture
def draft(services: Services) -> CaseDraft:
    return make_draft(services)
