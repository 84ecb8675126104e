"""The JSON Schema of the interchange file, and the structural check run before anything else."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

from mediation_desk.paths import resources_dir
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.paths import ROOT, json_path

FORMAT = "mediation-desk/cases"
VERSION = 3  # what export writes; import reads every version from 1 up to this one
VERSIONS = (1, 2, 3)
_SURROGATE = re.compile("[\ud800-\udfff]")


def schema_path(version: int = VERSION) -> Path:
    """Where the shipped schema of a version lives (inside the package in a wheel)."""
    return resources_dir() / "schema" / f"cases-v{version}.schema.json"


def load_schema(version: int = VERSION) -> dict[str, Any]:
    """The schema document (a fresh copy: callers may change it)."""
    with schema_path(version).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def shown(value: object, limit: int = 60) -> str:
    """A value as JSON, shortened for a one-line message."""
    text = json.dumps(value, ensure_ascii=False)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate as \\ud800
    return text if len(text) <= limit else text[: limit - 1] + "…"


@cache
def _checker(version: int) -> Callable[[object], object]:
    # fastjsonschema compiles the schema to Python once: jsonschema took ~1 ms per case.
    checker: Callable[[object], object] = fastjsonschema.compile(load_schema(version))
    return checker


def check_header(document: object) -> None:
    """Rejects a document that is not ours, or from a newer version, before the schema speaks."""
    if not isinstance(document, dict):
        raise InterchangeError(ROOT, "not a Mediation Desk case file (expected a JSON object)")
    found = document.get("format")
    if found != FORMAT:
        what = "missing" if found is None else shown(found)
        raise InterchangeError(
            json_path(["format"]), f"unknown file format {what}; expected {json.dumps(FORMAT)}"
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InterchangeError(
            json_path(["version"]),
            f"the file is format version {version}, written by a newer Mediation Desk; "
            f"this version reads version {VERSION} — please update the application",
        )


def _path_in(document: object, raw: list[str]) -> list[str | int]:
    """fastjsonschema names list items "3"; walk the document to tell indexes from keys."""
    parts: list[str | int] = []
    node = document
    for part in raw:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            parts.append(int(part))
            node = node[int(part)]
        else:
            parts.append(part)
            node = node.get(part) if isinstance(node, dict) else None
    return parts


def check_structure(document: dict[str, Any]) -> None:
    """Raises for the first value, in document order, that breaks the schema of its version.

    A version that is no known one is judged by the newest schema, which names the problem.
    """
    version = document.get("version")
    known = version in VERSIONS and not isinstance(version, bool)
    try:
        _checker(version if known and isinstance(version, int) else VERSION)(document)
    except fastjsonschema.JsonSchemaValueException as violation:
        parts = _path_in(document, violation.path[1:])  # path[0] is "data"
        raise InterchangeError(json_path(parts), _explain(violation)) from None


def check_characters(document: object) -> None:
    """Raises for the first string holding half of a broken character (a lone `\\ud800` escape).

    JSON may spell one, but it is no text: the database cannot store it.
    """
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        parts = _broken_string(document, [])
        raise InterchangeError(
            json_path(parts or []), "the text holds a broken character (a lone surrogate escape)"
        ) from None


def _broken_string(node: object, path: list[str | int]) -> list[str | int] | None:
    """The path of the first string (or key) with a lone surrogate under `node`."""
    if isinstance(node, str):
        return path if _SURROGATE.search(node) else None
    children: Any = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in children:
        if isinstance(key, str) and _SURROGATE.search(key):
            return [*path, key]  # json_path shows such a key with its escapes
        if (found := _broken_string(value, [*path, key])) is not None:
            return found
    return None


def _explain(violation: fastjsonschema.JsonSchemaValueException) -> str:
    """A one-line message in the words of the rule that failed."""
    value, rule, definition = violation.value, violation.rule, violation.rule_definition
    if rule == "enum":
        allowed = ", ".join(json.dumps(v) for v in definition)
        return f"{shown(value)} is not one of {allowed}"
    if rule == "const":
        return f"{shown(value)} should be {json.dumps(definition)}"
    if rule == "required" and isinstance(value, dict):
        missing = [name for name in definition if name not in value]
        return f"{json.dumps(missing[0] if missing else definition)} is a required property"
    if rule == "format" and definition == "date":
        return f"{shown(value)} is not a date (YYYY-MM-DD)"
    if rule in ("pattern", "format"):
        title = violation.definition.get("title")  # e.g. 'an amount like "12000.50" …'
        return f"{shown(value)} is not {title}" if title else f"{shown(value)} is malformed"
    if rule == "anyOf" and isinstance(definition, list):  # "a date (YYYY-MM-DD) nor null"
        return f"{shown(value)} is not " + " nor ".join(map(_alternative, definition))
    if rule == "type":
        return f"{shown(value)} is not of type {json.dumps(definition)}"
    if rule == "additionalProperties" and isinstance(value, dict):
        known = violation.definition.get("properties", {})
        extra = [name for name in value if name not in known]
        return f"unexpected property {json.dumps(extra[0] if extra else '?', ensure_ascii=False)}"
    return violation.message.removeprefix(violation.name or "").strip()


def _alternative(definition: dict[str, Any]) -> str:
    """One branch of an anyOf in words: its title, else its type or constant."""
    if "title" in definition:
        return str(definition["title"])
    if "const" in definition:
        return json.dumps(definition["const"])
    return str(definition.get("type", "something else"))
