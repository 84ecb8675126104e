"""A demo committee in a real 嘎查 of Ordos and its people's mediators."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.enums import Gender, MediatorKind
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.services.demo import names, numbers
from mediation_desk.services.demo.dice import Weighted, between, pick
from mediation_desk.services.demo.people import NewId
from mediation_desk.services.demo.places import pick_committee_village, place_name

# Mediators: Han and Mongol in about equal numbers, now and then a Hui or Manchu colleague.
_MEDIATOR_ETHNICITIES = Weighted(("01", "02", "03", "11"), (48.0, 44.0, 5.0, 3.0))


def demo_committee(tree: DivisionTree, rng: random.Random, new_id: NewId) -> Committee:
    """E.g. 乌审旗乌审召镇巴音陶勒盖嘎查人民调解委员会, numbering （2025）巴音陶勒盖人调字第1号."""
    village = pick_committee_village(tree, rng)
    township = tree.get(village.parent_code)
    county = tree.get(township.parent_code) if township else None
    if township is None or county is None:
        raise ValueError(f"division {village.code} is not under a township and county")
    place = place_name(village.name)
    short_name = place.removesuffix("嘎查").removesuffix("村") or place
    seat = f"{county.name}{township.name}{place}"
    return Committee(
        name=f"{seat}人民调解委员会",
        short_name=short_name[:20],
        division_code=village.code,
        address=f"{seat}党群服务中心",
        phone=numbers.landline(rng),
        uuid=new_id(),
    )


def demo_mediators(rng: random.Random, new_id: NewId, count: int) -> list[Mediator]:
    """`count` mediators: both genders, Mongolian and Chinese speakers, members and engaged."""
    mediators: list[Mediator] = []
    for index in range(count):
        # The first two fix the mix: a Mongol man and a Han woman; the rest are drawn.
        if index < 2:
            gender = (Gender.MALE, Gender.FEMALE)[index]
            ethnicity = ("02", "01")[index]
        else:
            gender = Gender.MALE if rng.random() < 0.55 else Gender.FEMALE
            ethnicity = _MEDIATOR_ETHNICITIES.draw(rng)
        mongol = ethnicity == "02"
        speaks_mongolian = index == 0 or rng.random() < (0.95 if mongol else 0.1)
        # A few older Mongol herders work in Mongolian only.
        speaks_chinese = not (mongol and index > 1 and rng.random() < 0.15)
        taken = {m.name for m in mediators}
        name = names.person_name(rng, gender, ethnicity)
        while name in taken:  # two mediators of one name would confuse everyone
            name = names.person_name(rng, gender, ethnicity)
        kind = MediatorKind.MEMBER if index < 3 or rng.random() < 0.4 else MediatorKind.ENGAGED
        mediators.append(
            Mediator(
                name=name,
                gender=gender,
                ethnicity=ethnicity,
                phone=numbers.mobile(rng),
                speaks_mongolian=speaks_mongolian,
                speaks_chinese=speaks_chinese,
                kind=kind,
                uuid=new_id(),
            )
        )
    return mediators


# A relation as the mediator would name it, and the gender of the relative.
_RELATIONS = (
    ("兄弟", Gender.MALE),
    ("姐妹", Gender.FEMALE),
    ("儿子", Gender.MALE),
    ("女儿", Gender.FEMALE),
    ("配偶", None),
    ("堂兄", Gender.MALE),
    ("表妹", Gender.FEMALE),
    ("岳父", Gender.MALE),
)


@dataclass(frozen=True)
class DemoRelative:
    """A person a demo mediator is related to (a mediator_relative row)."""

    mediator_uuid: str
    name: str
    id_number: str
    relation: str


def demo_relatives(
    rng: random.Random, mediators: list[Mediator], county_code: str, today: date
) -> list[DemoRelative]:
    """One or two relatives for about four mediators in ten; half with an ID number."""
    relatives = []
    for mediator in mediators:
        if rng.random() >= 0.4:
            continue
        for _ in range(between(rng, 1, 2)):
            relation, gender = pick(rng, _RELATIONS)
            if gender is None:
                gender = Gender.FEMALE if mediator.gender is Gender.MALE else Gender.MALE
            surname = mediator.name[0] if relation in ("兄弟", "姐妹", "堂兄") else ""
            name = names.person_name(rng, gender, mediator.ethnicity)
            if surname and mediator.ethnicity != "02":
                name = names.han_name(rng, gender, surname)
            number = ""
            if rng.random() < 0.5:
                birth = date(today.year - between(rng, 25, 70), between(rng, 1, 12), 10)
                region = numbers.id_region(rng, county_code, birth)
                number = numbers.id_number(rng, region, birth, gender)
            relatives.append(DemoRelative(mediator.uuid, name, number, relation))
    return relatives
