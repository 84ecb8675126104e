"""Resident identity card numbers (居民身份证号码, GB 11643-1999), checked with stdnum.cn.ric."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from stdnum import numdb
from stdnum.cn import ric

from mediation_desk.domain.enums import Gender
from mediation_desk.domain.validation.dates import EARLIEST_BIRTH_DATE
from mediation_desk.domain.validation.issues import Issue, error, warning
from mediation_desk.domain.validation.text import to_halfwidth

ID_NUMBER_LENGTH = 18
_SEPARATORS = re.compile(r"[\s\-]+")
_CHARACTERS = re.compile(r"[0-9X]*")
_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
_RANGED_COUNTY = re.compile(r"\[(\d*)-(\d*)\](.*)")


@dataclass(frozen=True)
class IdNumberCheck:
    """The normalised number, what is wrong with it, and what it says about its holder."""

    number: str
    issues: tuple[Issue, ...]
    birth_date: date | None = None
    gender: Gender | None = None
    region_code: str = ""

    @property
    def is_valid(self) -> bool:
        return not any(issue.is_error for issue in self.issues)


def normalise_id_number(text: str) -> str:
    """Full-width digits to ASCII, x to X, spaces and hyphens inside removed."""
    return _SEPARATORS.sub("", to_halfwidth(text)).upper()


def check_id_number(text: str, today: date) -> IdNumberCheck:
    """Checks an 18-character resident ID number; issues carry field "" for the caller to re-base.

    Birth date and gender are reported whenever length, characters and check digit are right;
    the birth date is None when it is impossible or in the future.
    """
    number = normalise_id_number(text)
    if not number:
        return IdNumberCheck(number, ())
    # Letters or punctuation are reported before the length: "the number contains 'A'" helps
    # more than "18 characters expected" when a name was typed into the wrong box.
    if not _CHARACTERS.fullmatch(number):
        return IdNumberCheck(number, (error("", "id_number.format"),))
    if len(number) != ID_NUMBER_LENGTH:
        issue = error("", "id_number.length", expected=ID_NUMBER_LENGTH, actual=len(number))
        return IdNumberCheck(number, (issue,))
    if not _SHAPE.fullmatch(number):
        return IdNumberCheck(number, (error("", "id_number.format"),))
    if number[-1] != ric.calc_check_digit(number):
        return IdNumberCheck(number, (error("", "id_number.checksum"),))

    region_code = number[:6]
    gender = Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE
    birth_date = _birth_date(number)
    issues: list[Issue] = []
    if birth_date is None or not EARLIEST_BIRTH_DATE <= birth_date <= today:
        issues.append(error("", "id_number.birth_date"))
        birth_date = None
    if not _region_plausible(region_code, birth_date):
        issues.append(warning("", "id_number.region", region_code=region_code))
    return IdNumberCheck(number, tuple(issues), birth_date, gender, region_code)


def _birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _counties(region_code: str) -> str:
    """stdnum's county entry for a region code (cached: the lookup is slow and codes repeat)."""
    info = {k: v for _, props in numdb.get("cn/loc").info(region_code) for k, v in props.items()}
    return str(info.get("county", ""))


def _region_plausible(region_code: str, birth_date: date | None) -> bool:
    """False for a region code stdnum does not know, or one abolished before the birth year.

    stdnum's own check also rejects codes created *after* the birth year, but those are normal:
    a number keeps the code in force when it was assigned, so most adults born before 2001 in
    Ordos carry 1506xx codes although the city (and its codes) only dates from 2001.
    """
    counties = _counties(region_code)
    if not counties:
        return False
    if birth_date is None:
        return True
    for county in counties.split(","):
        ranged = _RANGED_COUNTY.fullmatch(county)
        if ranged is None or not ranged.group(2) or int(ranged.group(2)) >= birth_date.year:
            return True
    return False
