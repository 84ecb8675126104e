"""Places for demo data, taken from the Ordos division list: villages, townships, counties."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.enums import CaseSource
from mediation_desk.domain.models import Division
from mediation_desk.services.demo.dice import between, pick

ORDOS = "150600"
_COMMITTEE_SUFFIXES = ("村民委员会", "村委员会", "村委会")
_RESIDENTS_SUFFIXES = ("社区居民委员会", "社区居委会")
_RURAL_TOWNSHIP_ENDINGS = ("镇", "苏木", "乡")
# Short forms used in document numbers: 达旗, 准旗, 乌审旗, 伊旗 …
COUNTY_ABBREVIATIONS = {
    "150602": "东",
    "150603": "康",
    "150621": "达",
    "150622": "准",
    "150623": "鄂前",
    "150624": "鄂",
    "150625": "杭",
    "150626": "乌",
    "150627": "伊",
}


def place_name(division_name: str) -> str:
    """The village's own name without its committee suffix: 巴音敖包嘎查村委会 → 巴音敖包嘎查."""
    for suffix in _RESIDENTS_SUFFIXES:
        if division_name.endswith(suffix):
            return division_name.removesuffix(suffix) + "社区"
    name = division_name
    for suffix in _COMMITTEE_SUFFIXES:
        if name.endswith(suffix):
            name = name.removesuffix(suffix)
            if not name.endswith(("村", "嘎查")):
                name += "村"
            break
    return name.removesuffix("村") if name.endswith("嘎查村") else name


def short_township(name: str) -> str:
    """乌审召镇 → 乌审召, 苏力德苏木 → 苏力德."""
    for ending in ("街道", "苏木", "镇", "乡"):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name.removesuffix(ending)
    return name


def rural_townships(tree: DivisionTree) -> list[Division]:
    """Towns, sumu and townships (not urban sub-districts) that have villages in the list."""
    return [
        township
        for county in tree.children(ORDOS)
        for township in tree.children(county.code)
        if township.name.endswith(_RURAL_TOWNSHIP_ENDINGS) and tree.children(township.code)
    ]


def pick_committee_village(tree: DivisionTree, rng: random.Random) -> Division:
    """A real 嘎查 (or else village) of a rural township, as the home of a demo committee."""
    villages = [v for t in rural_townships(tree) for v in tree.children(t.code)]
    if not villages:
        raise ValueError("the division list has no villages")
    gacha = [v for v in villages if place_name(v.name).endswith("嘎查")]
    return pick(rng, gacha or villages)


@dataclass(frozen=True)
class Village:
    """One village or community with the names of the township and county it lies in."""

    code: str
    name: str
    township: str
    county: str
    county_code: str
    # Derived once, as addresses are built for every demo party: 乌审旗乌审召镇巴音敖包嘎查.
    full_name: str = field(init=False)
    # A 嘎查 or village (divided into 社 or 组), not an urban community.
    rural: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "full_name", f"{self.county}{self.township}{self.name}")
        object.__setattr__(self, "rural", self.name.endswith(("嘎查", "村")))


class DemoPlaces:
    """Villages around the committee, and the courts, police stations and offices of its county."""

    def __init__(self, tree: DivisionTree, home_code: str, rng: random.Random) -> None:
        self._tree = tree
        township = self._home_township(home_code, rng)
        county = tree.get(township.parent_code)
        if county is None:
            raise ValueError(f"division {township.code} has no county")
        self.township = township
        self.county = county
        self.near = self._villages(township)
        neighbours = [t for t in tree.children(county.code) if t.code != township.code]
        self.around = [v for t in neighbours for v in self._villages(t)] or self.near
        if not self.near:
            raise ValueError(f"township {township.code} has no villages")

    def _home_township(self, code: str, rng: random.Random) -> Division:
        """The township of the committee's division; a rural one at random for a county or none."""
        path = self._tree.path(code)
        for division in reversed(path):
            if division.level == "township" and self._tree.children(division.code):
                return division
        county_codes = [d.code for d in path if d.level == "county"]
        rural = rural_townships(self._tree)
        return pick(rng, [d for d in rural if d.parent_code in county_codes] or rural)

    def _villages(self, township: Division) -> list[Village]:
        county = self._tree.get(township.parent_code)
        county_name = county.name if county else ""
        return [
            Village(v.code, place_name(v.name), township.name, county_name, township.parent_code)
            for v in self._tree.children(township.code)
        ]

    def village(self, rng: random.Random) -> Village:
        """Mostly a village of the committee's own township, sometimes of a neighbouring one."""
        return pick(rng, self.near if rng.random() < 0.75 else self.around)

    def referral(self, rng: random.Random, source: CaseSource, year: int) -> tuple[str, str]:
        """The referring body and its reference number (often none) for a referred case."""
        abbreviation = COUNTY_ABBREVIATIONS.get(self.county.code, self.county.name[:1])
        serial = between(rng, 1, 600)
        if source is CaseSource.COURT_REFERRAL:
            return self._court(rng), self._court_reference(rng, year)
        if source is CaseSource.POLICE_REFERRAL:
            station = short_township(self.village(rng).township)
            body = f"{station}派出所"
            if rng.random() < 0.4:
                body = f"{self.county.name}公安局{body}"
            reference = f"{abbreviation}公{station}转〔{year}〕{serial}号"
            return body, reference if rng.random() < 0.5 else ""
        if source is CaseSource.PETITION_REFERRAL:
            office = f"{self.county.name}信访局"
            if rng.random() < 0.3:
                office = f"{self.township.name}信访接待室"
            return office, f"{abbreviation}信转〔{year}〕{serial}号" if rng.random() < 0.7 else ""
        body = pick(
            rng,
            (
                f"{self.county.name}司法局",
                f"{self.township.name}综治中心",
                f"{self.county.name}矛盾纠纷多元化解中心",
                f"{self.county.name}妇女联合会",
                f"{self.county.name}人力资源和社会保障局",
                f"{self.township.name}人民政府",
            ),
        )
        return body, f"{abbreviation}调转〔{year}〕{serial}号" if rng.random() < 0.3 else ""

    def _court(self, rng: random.Random) -> str:
        if rng.random() < 0.4:
            return f"{self.county.name}人民法院{short_township(self.township.name)}人民法庭"
        return f"{self.county.name}人民法院"

    def _court_reference(self, rng: random.Random, year: int) -> str:
        """E.g. （2024）内0626民诉前调123号 — pre-suit mediation entrusted by the court."""
        kind = pick(rng, ("民诉前调", "民诉前调", "民初"))
        return f"（{year}）内{self.county.code[2:]}{kind}{between(rng, 1, 2400)}号"
