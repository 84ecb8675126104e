"""Fast draws from a seeded generator: `Random.choice`, `choices` and `randint` cost several
times a plain `random()`, which adds up over a million draws."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One item, uniformly."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer from `low` to `high`, both included."""
    return low + int(rng.random() * (high - low + 1))


def stepped(rng: random.Random, low: int, high: int, step: int) -> int:
    """One of low, low + step, … up to `high`."""
    return low + step * int(rng.random() * ((high - low) // step + 1))


class Weighted(Generic[T]):
    """Items drawn with fixed relative weights (a weight of 0 is never drawn)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        if len(items) != len(weights) or not items:
            raise ValueError("one weight per item, and at least one item")
        self.items = tuple(items)
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]

    def draw(self, rng: random.Random) -> T:
        return self.items[bisect_right(self._cumulative, rng.random() * self._total)]
