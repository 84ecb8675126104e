"""The division tree (市 → 旗/区 → 苏木/镇/街道 → 嘎查/村/社区) used by pickers and addresses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from mediation_desk.domain.models import Division

LEVELS = ("city", "county", "township", "village")


class DivisionTree:
    """Read-only index over divisions by code and by parent."""

    def __init__(self, divisions: Iterable[Division]) -> None:
        self._by_code: dict[str, Division] = {}
        self._children: dict[str, list[Division]] = defaultdict(list)
        for division in divisions:
            self._by_code[division.code] = division
            self._children[division.parent_code].append(division)
        for children in self._children.values():
            children.sort(key=lambda d: d.code)

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Division | None:
        return self._by_code.get(code)

    def children(self, code: str) -> list[Division]:
        return list(self._children.get(code, ()))

    def roots(self) -> list[Division]:
        return [d for d in self._by_code.values() if d.parent_code not in self._by_code]

    def path(self, code: str) -> list[Division]:
        """The chain from the top of the tree down to `code` (empty when unknown)."""
        chain: list[Division] = []
        current = self._by_code.get(code)
        while current is not None and len(chain) < len(LEVELS) + 1:
            chain.append(current)
            current = self._by_code.get(current.parent_code)
        return list(reversed(chain))

    def full_name(self, code: str, *, from_level: str = "county") -> str:
        """A readable place name such as 乌审旗乌审召镇某某嘎查村委会."""
        skip = LEVELS.index(from_level) if from_level in LEVELS else 0
        return "".join(d.name for d in self.path(code) if LEVELS.index(d.level) >= skip)
