"""Valid-looking numbers for demo data: ID numbers, credit codes, phones and seeded UUIDs."""

from __future__ import annotations

import random
from datetime import date

from stdnum.cn import ric, uscc

from mediation_desk.domain.enums import Gender
from mediation_desk.services.demo.dice import pick

# Ordos county codes since 2001, and the 伊克昭盟 codes they replaced (still on older cards).
REGION_CODES = ("150602", "150621", "150622", "150623", "150624", "150625", "150626", "150627")
OLD_REGION_CODES = {
    "150602": "152701",
    "150621": "152722",
    "150622": "152723",
    "150623": "152724",
    "150624": "152725",
    "150625": "152726",
    "150626": "152727",
    "150627": "152728",
}
OLD_CODES_UNTIL = 2001  # stdnum: the 1527xx codes end in 2001

# Mobile number segments (号段) of the three carriers and the newer 16x/19x ranges.
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
    "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
    "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
    "195", "198", "199",
)  # fmt: skip
ORDOS_AREA_CODE = "0477"

# GB 32100 registration authority + entity type: 91 company, 92 individual business,
# 93 farmers' co-operative, 12 public institution, 54 village committee (基层群众性自治组织).
CREDIT_PREFIXES = {"company": "91", "shop": "92", "coop": "93", "public": "12", "village": "54"}
_ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # the USCC alphabet (no I, O, S, V, Z)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_MALE = Gender.MALE  # a module constant: enum attribute lookups are slow in hot loops


def id_region(rng: random.Random, home: str, birth: date) -> str:
    """Mostly the home county; older people sometimes keep the pre-2001 code."""
    if home not in OLD_REGION_CODES or rng.random() > 0.8:
        # Some moved in from elsewhere in Ordos; 康巴什 (2016) has no code older than adults.
        home = pick(rng, REGION_CODES)
    if birth.year <= OLD_CODES_UNTIL and rng.random() < 0.12:
        return OLD_REGION_CODES[home]
    return home


def id_number(rng: random.Random, region: str, birth: date, gender: Gender) -> str:
    """An 18-digit resident ID number whose birth date, gender digit and checksum agree."""
    order = int(rng.random() * 100)
    sex_digit = ("13579" if gender is _MALE else "02468")[int(rng.random() * 5)]
    body = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}{order:02d}{sex_digit}"
    # ric.calc_check_digit expects the full number and ignores its last character.
    return body + ric.calc_check_digit(body + "0")


def _organisation_code(rng: random.Random, *, new_style: bool) -> str:
    """A GB 11714 organisation code with its own check character (MA… after 2015)."""
    if new_style:
        body = "MA" + "".join(pick(rng, _ORG_ALPHABET) for _ in range(6))
    else:
        body = "".join(pick(rng, "0123456789") for _ in range(8))
    total = sum(_ORG_ALPHABET.index(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def credit_code(rng: random.Random, kind: str, region: str) -> str:
    """A unified social credit code of the given kind (see CREDIT_PREFIXES) in the region."""
    prefix = CREDIT_PREFIXES[kind]
    new_style = prefix in ("91", "92", "93") and rng.random() < 0.7
    body = prefix + region + _organisation_code(rng, new_style=new_style)
    return body + uscc.calc_check_digit(body)


def mobile(rng: random.Random) -> str:
    draw = rng.random
    return MOBILE_PREFIXES[int(draw() * len(MOBILE_PREFIXES))] + f"{int(draw() * 10**8):08d}"


def landline(rng: random.Random) -> str:
    """An Ordos fixed-line number, written as the validation normalises it (0477-8581234)."""
    return f"{ORDOS_AREA_CODE}-{pick(rng, '35678')}{int(rng.random() * 10**6):06d}"


def phone(rng: random.Random, *, landline_share: float = 0.08) -> str:
    return landline(rng) if rng.random() < landline_share else mobile(rng)


class OrderedUuids:
    """RFC 9562 version-7 UUIDs for one run: its start time, a counter, then random bits.

    Version 7 with a counter (the RFC's "method 1") keeps UUIDs unique across runs yet in
    insertion order, so the unique indexes on `uuid` grow at their right edge instead of
    touching a random page for every row.
    """

    def __init__(self, rng: random.Random, unix_millis: int) -> None:
        stamp = f"{unix_millis & _MILLIS_MASK:012x}"
        self._prefix = f"{stamp[:8]}-{stamp[8:]}-7"
        self._rng = rng
        self._counter = rng.getrandbits(40)  # a random start, with room to count up

    def __call__(self) -> str:
        count = self._counter
        self._counter = count + 1
        # 42 counter bits: 12 in rand_a, 30 at the top of rand_b; then 32 random bits.
        tail = _VARIANT | (count & _LOW_COUNTER) << 32 | self._rng.getrandbits(32)
        text = f"{tail:016x}"
        return f"{self._prefix}{count >> 30 & 0xFFF:03x}-{text[:4]}-{text[4:]}"


_MILLIS_MASK = (1 << 48) - 1
_LOW_COUNTER = (1 << 30) - 1
_VARIANT = 0b10 << 62
