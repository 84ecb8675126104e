"""Bad files are refused with the JSON path of the first bad value, and nothing is half-imported."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_interchange_samples import TODAY, fresh_database, id_number

from mediation_desk.services.bootstrap import Services
from mediation_desk.services.case_list import CaseFilter
from mediation_desk.services.errors import ServiceError
from mediation_desk.services.interchange import (
    InterchangeError,
    export_cases,
    import_file,
    render,
)

Document = dict[str, Any]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Document:
    """The sample export, made once; tests change deep copies of it."""
    folder = tmp_path_factory.mktemp("exported")
    services = fresh_database("populated", folder, tmp_path_factory)
    try:
        return export_cases(services.db)
    finally:
        services.close()


@pytest.fixture
def target(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = fresh_database("empty", tmp_path, tmp_path_factory)
    yield services
    services.close()


@pytest.fixture
def rejected(
    exported: Document, target: Services, tmp_path: Path
) -> Callable[[Callable[[Document], object]], InterchangeError]:
    """Applies a change to a copy of the export, imports it, and returns the error raised."""

    def run(change: Callable[[Document], object]) -> InterchangeError:
        document = json.loads(json.dumps(exported))
        change(document)
        path = tmp_path / "bad.json"
        path.write_text(render(document), encoding="utf-8")
        with pytest.raises(InterchangeError) as caught:
            import_file(target.db, path, TODAY)
        assert target.case_list.matching_ids(CaseFilter()) == []  # nothing half-imported
        assert target.committee.get() is None
        return caught.value

    return run


Rejected = Callable[[Callable[[Document], object]], InterchangeError]


def test_bad_enum_names_its_path(rejected: Rejected) -> None:
    error = rejected(lambda d: d["cases"][1].update(source="walk_in"))
    assert error.json_path == "$.cases[1].source"
    assert str(error).startswith('$.cases[1].source: "walk_in" is not one of "party_application"')
    assert isinstance(error, ServiceError)


def test_missing_field_and_unknown_field_are_named(rejected: Rejected) -> None:
    error = rejected(lambda d: d["cases"][2]["parties"][0].pop("name"))
    assert str(error) == '$.cases[2].parties[0]: "name" is a required property'
    error = rejected(lambda d: d["cases"][0].update(recieved_on="2024-01-01"))
    assert str(error) == '$.cases[0]: unexpected property "recieved_on"'


def test_amount_must_be_a_decimal_string(rejected: Rejected) -> None:
    assert rejected(lambda d: d["cases"][0].update(amount=12000.5)).json_path == "$.cases[0].amount"
    error = rejected(lambda d: d["cases"][0].update(amount="12,000"))
    assert error.message == '"12,000" is not an amount like "12000.50" (at most two decimals)'


def test_impossible_date_is_refused(rejected: Rejected) -> None:
    error = rejected(lambda d: d["cases"][3].update(received_on="2024-02-30"))
    assert str(error) == '$.cases[3].received_on: "2024-02-30" is not a date (YYYY-MM-DD)'


def test_domain_rule_maps_onto_the_json_path(rejected: Rejected) -> None:
    def break_checksum(document: Document) -> None:
        number = id_number("150626", date(1990, 5, 6), "017")
        wrong = number[:-1] + ("1" if number[-1] != "1" else "2")
        document["cases"][0]["parties"][1].update(
            kind="person", credit_code="", legal_representative="", id_number=wrong
        )

    error = rejected(break_checksum)
    assert str(error) == "$.cases[0].parties[1].id_number: id_number.checksum"
    assert error.issue is not None and error.issue.code == "id_number.checksum"


def test_domain_field_names_are_translated_to_file_names(rejected: Rejected) -> None:
    error = rejected(lambda d: d["cases"][4].update(mediators=[]))
    assert str(error) == "$.cases[4].mediators: mediators.required"


def test_warnings_do_not_block(exported: Document, target: Services, tmp_path: Path) -> None:
    document = json.loads(json.dumps(exported))
    document["cases"][0]["people_involved"] = 1  # fewer than the persons: only a warning
    path = tmp_path / "ok.json"
    path.write_text(render(document), encoding="utf-8")
    assert import_file(target.db, path, TODAY).created == 7


def test_good_cases_are_not_kept_when_a_later_one_is_bad(rejected: Rejected) -> None:
    error = rejected(lambda d: d["cases"][3].update(facts="   "))
    assert str(error) == "$.cases[3].facts: text.required"


def test_unknown_category_and_mediator(rejected: Rejected) -> None:
    error = rejected(lambda d: d["cases"][5].update(category="camels"))
    assert error.json_path == "$.cases[5].category"
    assert "unknown dispute category 'camels'" in error.message
    missing = "00000000-0000-4000-8000-000000000000"
    error = rejected(lambda d: d["cases"][1]["mediators"].append(missing))
    assert error.json_path == "$.cases[1].mediators[2]"


def test_duplicates_inside_the_file(rejected: Rejected) -> None:
    def copy_first_case(document: Document) -> None:
        document["cases"].append(json.loads(json.dumps(document["cases"][0])))

    error = rejected(copy_first_case)
    assert error.json_path == "$.cases[7].uuid"
    assert "also at $.cases[0].uuid" in error.message


def test_unknown_format_and_newer_version(rejected: Rejected) -> None:
    error = rejected(lambda d: d.update(format="vorta/archive"))
    assert (
        str(error)
        == '$.format: unknown file format "vorta/archive"; expected "mediation-desk/cases"'
    )
    error = rejected(lambda d: d.update(version=4))
    assert error.json_path == "$.version"
    assert "newer Mediation Desk" in error.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"format": "mediation-desk/cases", "version": 1, "cases": [{"uu',
            "line 1, column 61: Unterminated string — the file seems to be cut short",
        ),
        (b"", "the file is empty"),
        (b"[]", "expected a JSON object"),
    ],
)
def test_unreadable_json(target: Services, tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(InterchangeError) as caught:
        import_file(target.db, path, TODAY)
    assert expected in str(caught.value)


def test_truncated_export_says_where_and_why(
    exported: Document, target: Services, tmp_path: Path
) -> None:
    text = render(exported)
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        import_file(target.db, path, TODAY)
    assert caught.value.json_path == "$"
    assert "not valid JSON at line" in caught.value.message
    assert "cut short" in caught.value.message


def test_latin1_bytes_are_refused_with_their_position(target: Services, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{\n  "format": "café"\n}'.encode("latin-1"))
    with pytest.raises(InterchangeError) as caught:
        import_file(target.db, path, TODAY)
    assert str(caught.value) == (
        "$: the file is not UTF-8 text (byte 0xe9 at line 2, column 17); "
        "export it again or save it as UTF-8"
    )


def test_byte_order_mark_is_accepted(exported: Document, target: Services, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + render(exported).encode())
    assert import_file(target.db, path, TODAY).created == 7
