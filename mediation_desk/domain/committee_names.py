"""The usual names of a committee at a place: 乌审召镇巴音敖包嘎查人民调解委员会, short 巴音敖包."""

from __future__ import annotations

from mediation_desk.domain.divisions import DivisionTree

COMMITTEE_SUFFIX = "人民调解委员会"
# Village-level division names end in the name of their self-governing body; the place is kept.
_BODY_SUFFIXES = dict.fromkeys(("村民委员会", "村委员会", "村委会"), "村")
_BODY_SUFFIXES |= dict.fromkeys(("居民委员会", "居委会"), "社区")
_PLACE_WORDS = ("嘎查", "社区", "村", "苏木", "街道", "镇", "乡")


def village_name(name: str) -> str:
    """巴音敖包嘎查村委会 → 巴音敖包嘎查, 漫赖村委会 → 漫赖村, 朝阳社区居民委员会 → 朝阳社区."""
    for suffix, place in _BODY_SUFFIXES.items():
        core = name.removesuffix(suffix)
        if core != name and core:
            return core if core.endswith(("村", "嘎查", "社区")) else core + place
    return name.removesuffix("委员会") or name


def short_form(place: str) -> str:
    """The place without its kind: 乌审召镇 → 乌审召, 巴音敖包嘎查 → 巴音敖包."""
    for word in _PLACE_WORDS:
        core = place.removesuffix(word)
        if core != place and core:
            return core
    return place


def propose_names(tree: DivisionTree, code: str) -> tuple[str, str] | None:
    """The usual full and short name of a committee at a township or village, else None."""
    division = tree.get(code)
    if division is None or division.level not in ("township", "village"):
        return None
    if division.level == "township":
        return division.name + COMMITTEE_SUFFIX, short_form(division.name)
    township = tree.get(division.parent_code)
    village = village_name(division.name)
    return f"{township.name if township else ''}{village}{COMMITTEE_SUFFIX}", short_form(village)
