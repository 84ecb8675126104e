"""The sweep over import files: broken bytes, broken JSON, wrong types, bad values.

Every file is refused with a one-line message naming a JSON path, or imported with its text
intact; the case saved before is unchanged after each refused file.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.domain.models import Case
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.interchange import InterchangeError, export_cases, import_file
from tests.services.conftest import committee_services, make_draft
from tests.sweep.inputs import DATE_TEXTS, KEPT_TEXTS, REFUSED_TEXTS, TEXTS

TODAY = date(2025, 3, 10)
Doc = dict[str, Any]

EXPORT = "（2025）巴音敖包人调字第1号"


def _bytes_cases(good: bytes) -> dict[str, bytes]:
    text = good.decode("utf-8")
    return {
        "empty": b"",
        "white space only": "\u3000 \n\t".encode(),
        "Latin-1": text.replace("巴音敖包", "Bayan\xe9").encode("latin-1", "replace"),
        "UTF-16": text.encode("utf-16"),
        "UTF-16 LE without BOM": text.encode("utf-16-le"),
        "UTF-32": text.encode("utf-32"),
        "GB18030": text.encode("gb18030"),
        "binary garbage": bytes(range(256)) * 4,
        "raw NUL byte": good[:40] + b"\x00" + good[40:],
        "cut in half": good[: len(good) // 2],
        "cut at the last byte": good[:-2],
        "cut inside a character": good[: good.index("巴".encode()) + 1],
        "deeply nested array": b"[" * 100_000 + b"]" * 100_000,
        "deeply nested object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "50 MB string": b'"' + b"x" * 50_000_000 + b'"',
        "a 5000-digit number": b"1" * 5000,
        "NaN": b"NaN",
        "a JSON array": b"[]",
        "a JSON string": b'"mediation-desk/cases"',
        "null": b"null",
        "trailing garbage": good + b"}",
        "two documents": good + good,
    }


def _case(key: str, value: object) -> Callable[[Doc], None]:
    return lambda doc: doc["cases"][0].__setitem__(key, value)


def _party(key: str, value: object) -> Callable[[Doc], None]:
    return lambda doc: doc["cases"][0]["parties"][0].__setitem__(key, value)


def _duplicate_party(doc: Doc) -> None:
    party = copy.deepcopy(doc["cases"][0]["parties"][0])
    doc["cases"][0]["parties"].append(party | {"uuid": "00000000-0000-4000-8000-000000000001"})


def _huge_int_in_case(doc: Doc) -> None:
    doc["cases"][0]["serial"] = 10**200


EDITS: dict[str, Callable[[Doc], None]] = {
    "facts a number": _case("facts", 123),
    "facts null": _case("facts", None),
    "facts a list": _case("facts", ["a"]),
    "facts an object": _case("facts", {"a": 1}),
    "facts too long": _case("facts", "x" * 20_001),
    "facts blank": _case("facts", "\u3000"),
    "amount a number": _case("amount", 12000),
    "amount NaN number": _case("amount", float("nan")),
    "amount Infinity": _case("amount", float("inf")),
    "amount 1e30 number": _case("amount", 1e30),
    "amount 1e30 text": _case("amount", "1e30"),
    "amount NaN text": _case("amount", "NaN"),
    "amount negative": _case("amount", "-5"),
    "amount fraction of a fen": _case("amount", "0.001"),
    "amount 20 digits": _case("amount", "9" * 20),
    "amount true": _case("amount", True),
    "people NaN": _case("people_involved", float("nan")),
    "people Infinity": _case("people_involved", float("inf")),
    "people 1e300": _case("people_involved", 1e300),
    "people 3.5": _case("people_involved", 3.5),
    "people negative": _case("people_involved", -1),
    "people a string": _case("people_involved", "5"),
    "serial 10**200": _huge_int_in_case,
    "year NaN": _case("year", float("nan")),
    "created_at 2025-02-30": _case("created_at", "2025-02-30T00:00:00Z"),
    "created_at 25:61": _case("created_at", "2025-01-01T25:61:61Z"),
    "accepted_on 2025-02-30": _case("accepted_on", "2025-02-30"),
    "case_no empty": _case("case_no", ""),
    "case_no blank": _case("case_no", "\u3000"),
    "case_no NUL": _case("case_no", "\x00"),
    "category SQL": _case("category", "' OR 1=1 --"),
    "status unknown": _case("status", "deleted"),
    "parties empty": _case("parties", []),
    "parties null": _case("parties", None),
    "duplicate party": _duplicate_party,
    "duplicate party, same uuid": lambda d: d["cases"][0]["parties"].append(
        copy.deepcopy(d["cases"][0]["parties"][0])
    ),
    "mediator uuid broken": _case("mediators", ["\ud800"]),
    "party name blank": _party("name", "\u3000"),
    "party name too long": _party("name", "x" * 101),
    "party birth 2025-02-30": _party("birth_date", "2025-02-30"),
    "party birth 9999-12-31": _party("birth_date", "9999-12-31"),
    "party id broken": _party("id_number", "\ud800"),
    "format missing": lambda d: d.pop("format"),
    "version 1e300": lambda d: d.__setitem__("version", 1e300),
    "version text": lambda d: d.__setitem__("version", "3"),
    "version 99": lambda d: d.__setitem__("version", 99),
    "cases an object": lambda d: d.__setitem__("cases", {}),
    "unknown key": lambda d: d.__setitem__("extra", 1),
    "mediator name broken": lambda d: d["mediators"][0].__setitem__("name", "\udcff"),
    **{f"received_on {t!r}": _case("received_on", t) for t in DATE_TEXTS if t != "2025-02-03"},
    **{f"facts {name}": _case("facts", TEXTS[name]) for name in REFUSED_TEXTS},
    **{f"party name {name}": _party("name", TEXTS[name]) for name in REFUSED_TEXTS},
}


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Case, Doc]]:
    """One database for the refused files (they change nothing: that is what is checked)."""
    path = tmp_path_factory.mktemp("import") / "committee.sqlite3"
    with committee_services(path) as services:
        saved = services.cases.register(make_draft(services))
        document = export_cases(services.db)
        assert document["cases"][0]["case_no"] == saved.case_no == EXPORT
        yield services, saved, document


def _write(path: Path, document: Doc) -> Path:
    # ASCII escapes: lone surrogates stay spelled as \ud800, as a foreign program may write them.
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    return path


def _assert_refused(services: Services, saved: Case, path: Path) -> InterchangeError:
    with pytest.raises(InterchangeError) as refused:
        import_file(services.db, path, TODAY)
    error = refused.value
    assert error.json_path.startswith("$") and "\n" not in str(error)
    str(error).encode("utf-8")  # printable on the command line, no half characters
    assert services.cases.get(saved.uuid) == saved
    assert services.case_list.count() == 1
    return error


BROKEN_FILES = list(_bytes_cases(json.dumps({"巴": 1}, ensure_ascii=False).encode()))


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_files_are_refused_and_change_nothing(
    name: str, shared: tuple[Services, Case, Doc], tmp_path: Path
) -> None:
    services, saved, exported = shared
    good = json.dumps(exported, ensure_ascii=False, indent=1).encode("utf-8")
    path = tmp_path / "file.json"
    path.write_bytes(_bytes_cases(good)[name])
    if name == "Latin-1":  # the characters it cannot spell became "?": still a valid file
        services.cases.get(saved.uuid)
        return
    error = _assert_refused(services, saved, path)
    assert error.json_path == "$"


def test_a_number_too_long_for_python_is_refused(tmp_path: Path) -> None:
    # Regression: json.loads raised ValueError (4300-digit limit), a traceback on the CLI.
    from mediation_desk.services.interchange import read_document

    path = tmp_path / "long-number.json"
    path.write_bytes(b'{"serial": ' + b"9" * 5000 + b"}")
    with pytest.raises(InterchangeError, match="a number is too long"):
        read_document(path)


@pytest.mark.parametrize("name", list(EDITS))
def test_bad_values_are_refused_at_their_json_path(
    name: str, shared: tuple[Services, Case, Doc], tmp_path: Path
) -> None:
    services, saved, exported = shared
    document = copy.deepcopy(exported)
    EDITS[name](document)
    error = _assert_refused(services, saved, _write(tmp_path / "file.json", document))
    if name.startswith(("facts", "amount", "people", "case_no", "received_on")):
        assert (
            error.json_path == f"$.cases[0].{name.split()[0].replace('people', 'people_involved')}"
        )
    if name.startswith("party"):
        assert error.json_path.startswith("$.cases[0].parties[")


def test_broken_characters_and_impossible_dates_say_what_is_wrong(
    shared: tuple[Services, Case, Doc], tmp_path: Path
) -> None:
    services, saved, exported = shared
    # Regressions: a lone surrogate escape crashed the import with UnicodeEncodeError; an
    # impossible optional date said "cannot be validated by any definition".
    document = copy.deepcopy(exported)
    EDITS["party id broken"](document)
    error = _assert_refused(services, saved, _write(tmp_path / "a.json", document))
    assert str(error) == (
        "$.cases[0].parties[0].id_number: the text holds a broken character"
        " (a lone surrogate escape)"
    )
    document = copy.deepcopy(exported)
    EDITS["accepted_on 2025-02-30"](document)
    error = _assert_refused(services, saved, _write(tmp_path / "b.json", document))
    assert str(error) == '$.cases[0].accepted_on: "2025-02-30" is not a date (YYYY-MM-DD) nor null'
    document = copy.deepcopy(exported)
    EDITS["case_no blank"](document)
    error = _assert_refused(services, saved, _write(tmp_path / "c.json", document))
    assert str(error) == "$.cases[0].case_no: text.required"


def test_rare_text_is_imported_intact(services: Services, saved: Case, tmp_path: Path) -> None:
    exported = export_cases(services.db)
    for name in KEPT_TEXTS:
        document = copy.deepcopy(exported)
        document["cases"][0]["facts"] = TEXTS[name]
        document["cases"][0]["parties"][1]["name"] = TEXTS[name][:100]
        report = import_file(services.db, _write(tmp_path / "file.json", document), TODAY)
        assert report.updated == 1, name
        draft = services.cases.get(saved.uuid).draft
        assert draft.facts == TEXTS[name]
        assert draft.parties[1].name == TEXTS[name][:100].strip()


def count() -> int:
    """Import files tried by this module."""
    return len(BROKEN_FILES) + 1 + len(EDITS) + 3 + len(KEPT_TEXTS)
