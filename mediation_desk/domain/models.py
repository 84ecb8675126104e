"""Value objects passed between layers. Services take and return these, never ORM rows."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from mediation_desk.domain.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    CaseStatus,
    Gender,
    MediatorKind,
    MediatorSelection,
    PartyKind,
    PartyRole,
)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


DEFAULT_CASE_NO_PATTERN = "（{year}）{short_name}人调字第{n}号"


@dataclass(frozen=True)
class Committee:
    """The people's mediation committee that owns the database's cases."""

    name: str
    short_name: str
    division_code: str
    case_no_pattern: str = DEFAULT_CASE_NO_PATTERN
    address: str = ""
    phone: str = ""
    uuid: str = field(default_factory=new_uuid)
    seal_text: str = ""  # the words on the committee's seal, when they differ from its name

    @property
    def seal_name(self) -> str:
        """What documents print beside the seal area: the seal's words, else the name."""
        return self.seal_text.strip() or self.name


@dataclass(frozen=True)
class MediatorRelative:
    """A person a mediator is related to; a case with them as a party gets a warning (回避)."""

    name: str
    relation: str  # as the mediator puts it: 堂兄, 舅舅, 儿媳…
    id_number: str = ""


@dataclass(frozen=True)
class Mediator:
    """A people's mediator (人民调解员) of the committee."""

    name: str
    gender: Gender | None = None
    ethnicity: str = ""
    phone: str = ""
    speaks_mongolian: bool = False
    speaks_chinese: bool = True
    kind: MediatorKind = MediatorKind.MEMBER
    active: bool = True
    uuid: str = field(default_factory=new_uuid)
    relatives: tuple[MediatorRelative, ...] = ()


@dataclass(frozen=True)
class Agent:
    """A party's agent (代理人) and the scope of authority granted."""

    kind: AgentKind
    name: str
    phone: str = ""
    authority: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class Party:
    """A natural person or an organisation taking part in a dispute."""

    role: PartyRole
    kind: PartyKind
    name: str
    # natural person
    gender: Gender | None = None
    ethnicity: str = ""
    birth_date: date | None = None
    id_number: str = ""
    occupation: str = ""
    # organisation
    credit_code: str = ""
    legal_representative: str = ""
    representative_title: str = ""
    # both
    phone: str = ""
    address: str = ""
    agents: tuple[Agent, ...] = ()
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class CaseDraft:
    """Everything the intake dialog (受理登记) collects; what `register` and `update` accept."""

    received_on: date
    source: CaseSource
    category_code: str
    facts: str
    requests: str = ""
    application_form: ApplicationForm | None = None
    referral_body: str = ""
    referral_reference: str = ""
    amount: Decimal | None = None
    people_involved: int | None = None
    place_division_code: str = ""
    place_detail: str = ""
    parties: tuple[Party, ...] = ()
    mediator_uuids: tuple[str, ...] = ()
    mediator_selection: MediatorSelection = MediatorSelection.ASSIGNED_BY_COMMITTEE


@dataclass(frozen=True)
class Case:
    """A registered case with its number and current status."""

    uuid: str
    case_no: str
    year: int
    serial: int
    status: CaseStatus
    draft: CaseDraft
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    uuid: str
    case_no: str
    received_on: date
    parties: str
    category_code: str
    status: CaseStatus
    mediators: str


@dataclass(frozen=True)
class Category:
    """A dispute category of the justice-administration statistics (纠纷类型)."""

    code: str
    name_zh: str
    name_en: str
    sort_order: int
    active: bool = True


@dataclass(frozen=True)
class Ethnicity:
    """One of the 56 nationalities (GB/T 3304 code) plus the two residual codes."""

    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class Division:
    """An administrative division of Ordos: city, county (旗/区), township or village."""

    code: str
    name: str
    level: str
    parent_code: str
