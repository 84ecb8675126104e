"""The values a story template is filled with, drawn only when the template asks for them."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.models import Party
from mediation_desk.services.demo import story as pools
from mediation_desk.services.demo.dice import between, pick, stepped
from mediation_desk.services.demo.places import Village

_APPLICANT, _RESPONDENT = PartyRole.APPLICANT, PartyRole.RESPONDENT
_RANGES = {
    "count": (2, 30),
    "mu": (5, 800),
    "meters": (2, 60),
    "years": (2, 10),
    "kids": (1, 3),
    "rooms": (2, 6),
    "days": (3, 30),
}
_CHOICES = {
    "group": pools.GROUPS,
    "project": pools.PROJECTS,
    "factory": pools.FACTORIES,
    "job": pools.JOBS,
    "goods": pools.GOODS,
    "biz": pools.BUSINESSES,
    "estate": pools.ESTATES,
    "illness": pools.ILLNESSES,
    "road": pools.ROADS,
}


class StoryContext(dict[str, str]):
    """A mapping for `str.format_map`: fixed names and places, other keys drawn on first use.

    Facts and requests are formatted with the same context, so an amount or a count named in
    the facts is the one named in the requests.
    """

    def __init__(
        self, rng: random.Random, parties: tuple[Party, ...], village: Village, on: date
    ) -> None:
        super().__init__()
        self._rng = rng
        self._on = on
        applicant, respondent = parties[0], parties[-1]
        for party in reversed(parties):  # the first of each role wins
            if party.role is _APPLICANT:
                applicant = party
            elif party.role is _RESPONDENT:
                respondent = party
        self._applicant = applicant
        self.update(
            a=applicant.name,
            b=respondent.name,
            place=village.name,
            township=village.township,
            county=village.county,
        )

    def amount(self, money: tuple[int, int, int] | None) -> Decimal | None:
        """Draws the amount in dispute (whole yuan) and makes it available as {amount}."""
        if money is None:
            return None
        low, high, step = money
        value = stepped(self._rng, low, high, step)
        self["amount"] = f"{value}元"
        return Decimal(value)

    def __missing__(self, key: str) -> str:
        value = self._draw(key)
        self[key] = value
        return value

    def _draw(self, key: str) -> str:
        rng = self._rng
        if key in ("animal", "unit"):
            animal, unit, low, high = pick(rng, (*pools.ANIMALS, pools.HORSE))
            self["animal"], self["unit"] = animal, unit
            self["count"] = str(between(rng, low, high))
            return self[key]
        if key == "when":
            months = self._on.year * 12 + self._on.month - 1 - between(rng, 1, 30)
            return f"{months // 12}年{months % 12 + 1}月"
        if key == "age":
            birth = self._applicant.birth_date
            return str((self._on - birth).days // 365 if birth else between(rng, 66, 88))
        if key in _RANGES:
            return str(between(rng, *_RANGES[key]))
        if key == "small":  # a monthly payment in yuan
            return str(stepped(rng, 300, 1500, 100))
        if key in _CHOICES:
            return pick(rng, _CHOICES[key])
        # {amount} of a story without `money`, or a typo in a template: a bug, not bad luck.
        raise KeyError(key)
