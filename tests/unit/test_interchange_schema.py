"""The shipped JSON Schema: valid, in step with the domain enums, checked as jsonschema would."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from test_interchange_samples import fresh_database

from mediation_desk.domain import enums
from mediation_desk.domain.lifecycle.channels import FeedbackStatus
from mediation_desk.domain.lifecycle.decisions import NoticeMethod, Publicity
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    PerformanceStatus,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.risk import ReportMethod, RiskIndicator
from mediation_desk.domain.records.models import ConfirmationRuling, TermPerformance, VisitWay
from mediation_desk.paths import resources_dir
from mediation_desk.services.interchange import export_cases, load_schema, schema_path
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.paths import field_to_json_path, json_path
from mediation_desk.services.interchange.schema import check_structure

Document = dict[str, Any]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Document:
    services = fresh_database("populated", tmp_path_factory.mktemp("schema"), tmp_path_factory)
    try:
        document = export_cases(services.db)
    finally:
        services.close()
    document["cases"] = document["cases"][:2]
    return document


def _reference() -> Draft7Validator:
    return Draft7Validator(load_schema(), format_checker=Draft7Validator.FORMAT_CHECKER)


def _first_fast_error(document: Document) -> str | None:
    try:
        check_structure(document)
    except InterchangeError as error:
        return error.json_path
    return None


@pytest.mark.parametrize("version", [1, 2, 3])
def test_schema_is_found_under_resources_and_is_valid_draft_7(version: int) -> None:
    assert schema_path(version) == resources_dir() / "schema" / f"cases-v{version}.schema.json"
    schema = load_schema(version)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["properties"]["version"]["const"] == version
    Draft7Validator.check_schema(schema)


def test_export_writes_the_newest_schema() -> None:
    assert schema_path() == schema_path(3)


def test_export_is_valid_under_the_reference_validator(exported: Document) -> None:
    assert list(_reference().iter_errors(exported)) == []


def _enum_at(*path: str) -> list[object]:
    node: Any = load_schema()
    for part in path:
        node = node[part]
    return [value for value in node["enum"] if value is not None]


@pytest.mark.parametrize(
    ("enum", "path"),
    [
        (enums.CaseSource, ("$defs", "case", "properties", "source")),
        (enums.CaseStatus, ("$defs", "case", "properties", "status")),
        (enums.ApplicationForm, ("$defs", "case", "properties", "application_form")),
        (enums.MediatorSelection, ("$defs", "case", "properties", "mediator_selection")),
        (enums.PartyRole, ("$defs", "party", "properties", "role")),
        (enums.PartyKind, ("$defs", "party", "properties", "kind")),
        (enums.AgentKind, ("$defs", "agent", "properties", "kind")),
        (enums.MediatorKind, ("$defs", "mediator", "properties", "kind")),
        (enums.CaseStatus, ("$defs", "transition", "properties", "to_status")),
        (FeedbackStatus, ("$defs", "diversion", "properties", "feedback")),
        (TerminationReason, ("$defs", "termination", "properties", "reason")),
        (AgreementForm, ("$defs", "agreement", "properties", "form")),
        (PerformanceStatus, ("$defs", "follow_up", "properties", "performance")),
        (NoticeMethod, ("$defs", "rights_notice", "properties", "method")),
        (ReportMethod, ("$defs", "escalation", "properties", "method")),
        (TermPerformance, ("$defs", "term", "properties", "performance")),
        (ConfirmationRuling, ("$defs", "judicial_confirmation", "properties", "ruling")),
        (VisitWay, ("$defs", "follow_up", "properties", "way")),
        (Publicity, ("$defs", "publicity_choice", "properties", "publicity")),
        (
            RiskIndicator,
            (
                "$defs",
                "risk_indicator",
            ),
        ),
        (AgreementForm, ("$defs", "agreement_draft", "properties", "form")),
        (
            enums.Gender,
            (
                "$defs",
                "gender",
            ),
        ),
    ],
)
def test_schema_enumerations_are_the_domain_codes(
    enum: type[StrEnum], path: tuple[str, ...]
) -> None:
    assert _enum_at(*path) == [member.value for member in enum]


Change = Callable[[Document], object]
CHANGES: dict[str, Change] = {
    "valid as exported": lambda d: None,
    "bad enum": lambda d: d["cases"][1].update(source="walk_in"),
    "year as text": lambda d: d["cases"][0].update(year="2024"),
    "year as boolean": lambda d: d["cases"][0].update(year=True),
    "year as 2024.0": lambda d: d["cases"][0].update(year=2024.0),
    "version true": lambda d: d.update(version=True),
    "impossible birth date": lambda d: d["cases"][0]["parties"][0].update(birth_date="1980-02-30"),
    "three decimals": lambda d: d["cases"][0].update(amount="1.234"),
    "no amount": lambda d: d["cases"][0].update(amount=None),
    "committee without phone": lambda d: d["committee"].pop("phone"),
    "extra mediator field": lambda d: d["mediators"][0].update(extra=1),
    "bad uuid": lambda d: d["cases"][0]["mediators"].__setitem__(0, "ABC"),
    "agent kind": lambda d: d["cases"][0]["parties"][1]["agents"][0].update(kind="friend"),
    "serial 0": lambda d: d["cases"][0].update(serial=0),
    "empty case number": lambda d: d["cases"][0].update(case_no=""),
    "long name": lambda d: d["cases"][1]["parties"][0].update(name="长" * 101),
    "cases not a list": lambda d: d.update(cases={}),
    "timestamp with space": lambda d: d["cases"][0].update(created_at="2024-01-01 10:00:00"),
    "negative people": lambda d: d["cases"][0].update(people_involved=-1),
    "gender unknown": lambda d: d["cases"][0]["parties"][0].update(gender="unknown"),
    "two problems": lambda d: (
        d["cases"][1]["parties"][0].update(name=7),
        d["cases"][1].update(zzz=1),
    ),
    "speaks chinese as text": lambda d: d["mediators"][1].update(speaks_chinese="yes"),
    "null mediator list": lambda d: d["cases"][0].update(mediators=None),
    "risk level not a code": lambda d: d["cases"][0].update(risk_level="Major!"),
    "no history": lambda d: d["cases"][1].pop("history"),
    "transition to nowhere": lambda d: d["cases"][0]["history"].append(
        {
            "from_status": "registered",
            "to_status": "limbo",
            "at": "2024-01-01T00:00:00Z",
            "by": "x",
            "reason": "",
            "codes": [],
        }
    ),
    "escalation without recipients": lambda d: d["cases"][0]["escalations"].append(
        {
            "level": "major",
            "recipients": [],
            "other_recipient": "",
            "reported_at": "2024-01-01T00:00:00Z",
            "method": "phone",
            "measures": "m",
            "reported_by": "x",
        }
    ),
    "accepted_on not a date": lambda d: d["cases"][0].update(accepted_on="yesterday"),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_fast_checker_agrees_with_the_reference_validator(exported: Document, name: str) -> None:
    document = copy.deepcopy(exported)
    CHANGES[name](document)
    fast = _first_fast_error(document)
    reference = {json_path(e.absolute_path) for e in _reference().iter_errors(document)}
    # Both find the same problems; with several, either may be named first.
    assert (fast is None) == (not reference)
    assert fast is None or fast in reference


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("parties[0].id_number", "$.cases[3].parties[0].id_number"),
        ("parties[1].agents[0].authority", "$.cases[3].parties[1].agents[0].authority"),
        ("category_code", "$.cases[3].category"),
        ("mediator_uuids[1]", "$.cases[3].mediators[1]"),
        ("", "$.cases[3]"),
    ],
)
def test_domain_fields_map_onto_json_paths(field: str, expected: str) -> None:
    assert field_to_json_path(field, "$.cases[3]") == expected


def test_odd_keys_are_quoted_in_paths() -> None:
    assert json_path(["cases", 0, "a b"]) == "$.cases[0]['a b']"


@pytest.mark.parametrize("version", [2, 3])
def test_every_free_text_field_of_a_record_is_bounded(version: int) -> None:
    """Lifecycle and record text carries the database's and the dialogs' limits."""
    schema = load_schema(version)
    plain = {"committee", "mediator", "agent", "party", "case"}  # bounded in version 1 already
    unbounded = [
        f"{name}.{key}"
        for name, definition in schema["$defs"].items()
        if name not in plain
        for key, value in definition.get("properties", {}).items()
        if value.get("type") == "string" and "maxLength" not in value and "enum" not in value
    ]
    assert unbounded == []


def test_schema_file_is_plain_utf8_json() -> None:
    text = Path(schema_path()).read_text(encoding="utf-8")
    assert json.loads(text) == load_schema()
