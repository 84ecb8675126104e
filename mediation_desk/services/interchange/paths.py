"""JSON paths in the `$.cases[3].parties[0].id_number` notation used in error messages."""

from __future__ import annotations

import re
from collections.abc import Iterable

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELD_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")

# Domain field names that the file spells differently.
_RENAMED = {"category_code": "category", "mediator_uuids": "mediators"}

ROOT = "$"


def json_path(parts: Iterable[str | int], root: str = ROOT) -> str:
    """`["cases", 3, "source"]` → `$.cases[3].source` (odd keys as `['a b']`)."""
    path = root
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            path += f".{part}"
        else:
            path += "[" + repr(part) + "]"
    return path


def field_to_json_path(field: str, root: str) -> str:
    """Maps a domain Issue field (`parties[0].id_number`, `mediator_uuids[1]`) under `root`."""
    if not field:
        return root
    path = root
    for segment in field.split("."):
        match = _FIELD_PART.fullmatch(segment)
        if match is None:
            return f"{path}.{segment}"
        name, indexes = match.groups()
        path += f".{_RENAMED.get(name, name)}{indexes}"
    return path
