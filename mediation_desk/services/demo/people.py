"""Demo parties (people and organisations) and their agents."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from mediation_desk.domain.enums import AgentKind, Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Agent, Party
from mediation_desk.services.demo import names, numbers
from mediation_desk.services.demo.dice import Weighted, pick
from mediation_desk.services.demo.places import Village
from mediation_desk.services.demo.story import GROUPS

NewId = Callable[[], str]

# Han, Mongol, then Hui, Manchu, Daur and Evenki, roughly as in rural Ordos.
_ETHNICITIES = Weighted(("01", "02", "03", "11", "31", "45"), (78.0, 19.0, 1.5, 1.0, 0.3, 0.2))
_OCCUPATIONS = Weighted(
    ("牧民", "农民", "个体工商户", "务工人员", "退休职工", "无业", "司机", "公司职员"),
    (30.0, 22.0, 10.0, 14.0, 6.0, 8.0, 5.0, 5.0),
)
# Lawyers, legal workers, close relatives, (employees: organisations only), citizens.
_AGENT_KINDS = Weighted(tuple(AgentKind), (30.0, 25.0, 30.0, 0.0, 15.0))
ORGANISATION_KINDS = (
    "company", "transport", "coop", "village", "hospital", "property", "shop", "insurer",
)  # fmt: skip
INSURERS = (
    "中国人民财产保险股份有限公司鄂尔多斯市分公司",
    "中国平安财产保险股份有限公司鄂尔多斯中心支公司",
    "中华联合财产保险股份有限公司鄂尔多斯中心支公司",
)
LAW_FIRMS = ("内蒙古蒙源", "内蒙古天骄", "内蒙古鄂尔多斯", "内蒙古苏力德", "内蒙古鸿德")
_STREETS = ("迎宾路", "光明路", "团结路", "工业园区纬一路", "滨河路", "建设街", "文化路")
_RELATIVES = ("儿子", "女儿", "配偶", "兄弟", "侄子")
_SPECIAL = (
    "特别授权：代为参加调解，代为承认、放弃、变更调解请求，代为签订调解协议，代为签收调解文书"
)
_GENERAL = "一般授权：代为参加调解，陈述事实，提交证据"


_MALE, _FEMALE, _PERSON = Gender.MALE, Gender.FEMALE, PartyKind.PERSON  # enum lookups cost


def random_gender(rng: random.Random) -> Gender:
    return _MALE if rng.random() < 0.55 else _FEMALE


def random_ethnicity(rng: random.Random) -> str:
    return _ETHNICITIES.draw(rng)


def surname_of(name: str) -> str:
    """The family name of a Han name (compound surnames included)."""
    return name[:2] if name[:2] in names.COMPOUND_SURNAMES else name[:1]


def person(
    rng: random.Random,
    new_id: NewId,
    role: PartyRole,
    village: Village,
    on: date,
    *,
    ages: tuple[int, int] = (20, 75),
    gender: Gender | None = None,
    ethnicity: str = "",
    surname: str = "",
) -> Party:
    """A natural person living in `village`; nine in ten give a valid ID number."""
    draw = rng.random
    if gender is None:
        gender = _MALE if draw() < 0.55 else _FEMALE
    ethnicity = ethnicity or _ETHNICITIES.draw(rng)
    if surname and ethnicity != "02":
        name = names.han_name(rng, gender, surname)
    else:
        name = names.person_name(rng, gender, ethnicity)
    age = ages[0] + int(draw() * (ages[1] - ages[0] + 1))
    birth = date.fromordinal(on.toordinal() - int(age * 365.25) - int(draw() * 365))
    id_number = ""
    birth_date: date | None = birth
    if draw() < 0.9:
        region = numbers.id_region(rng, village.county_code, birth)
        id_number = numbers.id_number(rng, region, birth, gender)
    elif draw() < 0.5:
        birth_date = None  # an oral application may give nothing beyond the name
    occupation = "退休职工" if age >= 62 and draw() < 0.3 else _OCCUPATIONS.draw(rng)
    address = village.full_name
    if village.rural:
        address += GROUPS[int(draw() * len(GROUPS))]
    return Party(
        role=role,
        kind=_PERSON,
        name=name,
        gender=gender,
        ethnicity=ethnicity,
        birth_date=birth_date,
        id_number=id_number,
        occupation=occupation,
        phone=numbers.phone(rng) if draw() < 0.9 else "",
        address=address,
        uuid=new_id(),
    )


def _organisation_facts(rng: random.Random, kind: str, village: Village) -> tuple[str, str, str]:
    """Name, representative's title and credit-code kind of an organisation of `kind`."""
    county, township = village.county, village.township
    if kind == "company":
        return names.company_name(rng, county), pick(rng, ("执行董事", "总经理")), "company"
    if kind == "transport":
        word = pick(rng, names.COMPANY_WORDS)
        return f"鄂尔多斯市{word}运输有限责任公司", "总经理", "company"
    if kind == "coop":
        return names.coop_name(rng, village.name), "理事长", "coop"
    if kind == "village":
        suffix = "居民委员会" if village.name.endswith("社区") else "村民委员会"
        return f"{village.name}{suffix}", "主任", "village"
    if kind == "hospital":
        name = pick(rng, (f"{county}人民医院", f"{county}蒙医医院", f"{township}卫生院"))
        return name, "院长", "public"
    if kind == "property":
        word = pick(rng, names.COMPANY_WORDS)
        return f"鄂尔多斯市{word}物业服务有限公司", "总经理", "company"
    if kind == "shop":
        word = pick(rng, names.COMPANY_WORDS)
        trade = pick(rng, ("家电商店", "农牧资料门市部", "饲料经销部", "农机经销部"))
        return f"{county}{word}{trade}", "经营者", "shop"
    if kind == "insurer":
        return pick(rng, INSURERS), "负责人", "company"
    raise ValueError(f"unknown organisation kind {kind!r}")


def organisation(
    rng: random.Random, new_id: NewId, role: PartyRole, kind: str, village: Village
) -> Party:
    """An organisation with a valid credit code (a few small ones have none) and representative."""
    name, title, code_kind = _organisation_facts(rng, kind, village)
    region = "150602" if kind == "insurer" else village.county_code
    has_code = rng.random() < (0.8 if kind in ("shop", "village") else 0.97)
    gender = random_gender(rng)
    representative = names.person_name(rng, gender, random_ethnicity(rng))
    return Party(
        role=role,
        kind=PartyKind.ORGANISATION,
        name=name,
        credit_code=numbers.credit_code(rng, code_kind, region) if has_code else "",
        legal_representative=representative,
        representative_title=title,
        phone=numbers.landline(rng) if rng.random() < 0.6 else numbers.mobile(rng),
        address=_organisation_address(rng, kind, village),
        uuid=new_id(),
    )


def _organisation_address(rng: random.Random, kind: str, village: Village) -> str:
    """Co-operatives and village committees sit in the village, others on a street in town."""
    if kind in ("coop", "village"):
        return village.full_name
    street = pick(rng, _STREETS)
    return f"{village.county}{village.township}{street}{int(rng.random() * 300) + 1}号"


def agent_for(rng: random.Random, new_id: NewId, party: Party, village: Village) -> Agent:
    """An agent with the scope of authority a 授权委托书 would state."""
    gender = random_gender(rng)
    name = names.person_name(rng, gender, random_ethnicity(rng))
    if party.kind is PartyKind.ORGANISATION:
        kind, authority = AgentKind.EMPLOYEE, f"{party.name}员工；{_GENERAL}"
    else:
        kind = _AGENT_KINDS.draw(rng)
        if kind is AgentKind.LAWYER:
            authority = f"{pick(rng, LAW_FIRMS)}律师事务所律师；{_SPECIAL}"
        elif kind is AgentKind.LEGAL_WORKER:
            authority = f"{village.township}法律服务所法律工作者；{_GENERAL}"
        elif kind is AgentKind.CLOSE_RELATIVE:
            if party.ethnicity != "02" and rng.random() < 0.7:
                name = names.han_name(rng, gender, surname_of(party.name))
            authority = f"系当事人的{pick(rng, _RELATIVES)}；{_SPECIAL}"
        else:
            authority = f"{village.name}推荐的公民；{_GENERAL}"
    phone = numbers.mobile(rng)
    return Agent(kind=kind, name=name, phone=phone, authority=authority, uuid=new_id())
