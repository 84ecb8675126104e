"""Export → import → export: complete, byte-identical, idempotent, and the file wins on updates."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_interchange_samples import (
    COMMITTEE,
    MEDIATORS,
    TODAY,
    draft,
    fresh_database,
)

from mediation_desk.domain.enums import CaseSource
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.case_list import CaseFilter
from mediation_desk.services.cases import CaseService
from mediation_desk.services.interchange import (
    ImportReport,
    InterchangeError,
    export_cases,
    import_file,
    render,
    write_export,
)


@pytest.fixture
def source(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = fresh_database("populated", tmp_path, tmp_path_factory)
    yield services
    services.close()


@pytest.fixture
def target(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = fresh_database("empty", tmp_path, tmp_path_factory)
    yield services
    services.close()


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(render(document), encoding="utf-8")
    return path


def _table_dump(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every case table, to prove an import changed nothing at all."""
    path = services.db.url.removeprefix("sqlite:///")
    tables = ("committee", "mediator", "mediation_case", "party", "agent", "case_mediator")
    with sqlite3.connect(path) as connection:
        dump = {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
        dump["counter"] = connection.execute("SELECT * FROM case_number_counter").fetchall()
        dump["search"] = connection.execute("SELECT * FROM case_search ORDER BY 1").fetchall()
    connection.close()
    return dump


def test_export_import_export_is_byte_identical(
    source: Services, target: Services, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    assert write_export(source.db, first) == 7

    report = import_file(target.db, first, TODAY)
    second = tmp_path / "second.json"
    write_export(target.db, second)

    assert report == ImportReport(7, 0, 0, mediators_created=2)
    assert second.read_bytes() == first.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert "ᠪᠠᠲᠤ" in text and "𠈌" in text  # written as characters, not \u escapes
    assert '"amount": "12000.50"' in text
    assert "exported" not in text  # no timestamp of the export itself
    for words in ("ᠪᠠᠲᠤ", "王𠈌", "2024"):  # the search index was filled by the import too
        found = [target.case_list.matching_ids(CaseFilter(text=words))]
        assert len(found[0]) == len(source.case_list.matching_ids(CaseFilter(text=words))) > 0


def test_export_is_complete_and_ordered(source: Services) -> None:
    document = export_cases(source.db)

    cases = document["cases"]
    assert document["format"] == "mediation-desk/cases" and document["version"] == 3
    assert document["committee"]["uuid"] == COMMITTEE.uuid
    assert [m["name"] for m in document["mediators"]] == ["ᠪᠠᠲᠤ", "王𠈌"]
    assert [(c["year"], c["serial"]) for c in cases] == sorted(
        (c["year"], c["serial"]) for c in cases
    )
    assert {c["source"] for c in cases} == {s.value for s in CaseSource}
    stored = source.cases.get(cases[0]["uuid"])
    assert [p["uuid"] for p in cases[0]["parties"]] == [p.uuid for p in stored.draft.parties]
    organisation = cases[0]["parties"][1]
    assert [a["name"] for a in organisation["agents"]] == ["赵律师", "ᠰᠠᠷᠠ"]
    assert cases[0]["created_at"].endswith("Z") and cases[0]["received_on"] == "2024-01-10"


def test_importing_twice_changes_nothing(
    source: Services, target: Services, tmp_path: Path
) -> None:
    path = tmp_path / "cases.json"
    write_export(source.db, path)
    import_file(target.db, path, TODAY)
    before = _table_dump(target)

    report = import_file(target.db, path, TODAY)

    assert report == ImportReport(created=0, updated=0, unchanged=7)
    assert _table_dump(target) == before


def test_a_changed_case_in_the_file_is_updated(
    source: Services, target: Services, tmp_path: Path
) -> None:
    document = export_cases(source.db)
    _write(tmp_path / "a.json", document)
    import_file(target.db, tmp_path / "a.json", TODAY)
    case = document["cases"][2]
    case["facts"] = "双方已和解。"
    case["status"] = "closed"
    case["amount"] = "8000.05"
    case["parties"][0]["name"] = "巴图"
    case["mediators"] = [document["mediators"][1]["uuid"]]
    case["updated_at"] = "2025-06-01T09:30:00Z"
    document["mediators"][0]["phone"] = "0477-7568888"

    report = import_file(target.db, _write(tmp_path / "b.json", document), TODAY)

    assert report == ImportReport(created=0, updated=1, unchanged=6, mediators_updated=1)
    assert export_cases(target.db) == document
    summary = target.case_list.summaries(target.case_list.matching_ids(CaseFilter(text="巴图")))
    assert [s.uuid for s in summary] == [case["uuid"]]
    assert summary[0].mediators == "王𠈌"


def test_new_registrations_continue_after_imported_serials(
    source: Services, target: Services, tmp_path: Path
) -> None:
    path = tmp_path / "cases.json"
    write_export(source.db, path)
    import_file(target.db, path, TODAY)
    imported = [c["serial"] for c in export_cases(target.db)["cases"] if c["year"] == 2025]

    registered = CaseService(target.db, today=lambda: TODAY).register(
        draft(CaseSource.PROACTIVE_SCREENING, date(2025, 6, 1))
    )

    assert registered.serial == max(imported) + 1 > 1
    assert registered.case_no == f"（2025）乌审召人调字第{registered.serial}号"


def test_file_of_another_committee_is_rejected(
    source: Services, target: Services, tmp_path: Path
) -> None:
    target.committee.save(replace(COMMITTEE, uuid="11111111-2222-4333-8444-555555555555"), ())
    path = tmp_path / "cases.json"
    write_export(source.db, path)

    with pytest.raises(InterchangeError) as caught:
        import_file(target.db, path, TODAY)

    assert caught.value.json_path == "$.committee.uuid"
    assert "this file belongs to committee “乌审召镇人民调解委员会”" in str(caught.value)


def test_same_case_number_under_another_uuid_is_rejected(
    source: Services, target: Services, tmp_path: Path
) -> None:
    target.committee.save(COMMITTEE, MEDIATORS)
    CaseService(target.db, today=lambda: TODAY).register(
        draft(CaseSource.PROACTIVE_SCREENING, date(2024, 3, 3))
    )  # takes （2024）…第1号 locally
    path = tmp_path / "cases.json"
    write_export(source.db, path)

    with pytest.raises(InterchangeError) as caught:
        import_file(target.db, path, TODAY)

    assert caught.value.json_path == "$.cases[0].case_no"
    assert "（2024）乌审召人调字第1号" in caught.value.message
    assert "already used by another case" in caught.value.message
    assert len(target.case_list.matching_ids(CaseFilter())) == 1


def test_mediators_may_come_from_the_database(
    source: Services, target: Services, tmp_path: Path
) -> None:
    target.committee.save(COMMITTEE, MEDIATORS)
    document = export_cases(source.db)
    document["mediators"] = []

    report = import_file(target.db, _write(tmp_path / "c.json", document), TODAY)

    assert report.created == 7 and report.mediators_created == 0


def test_raw_json_keys_follow_the_documented_order(source: Services) -> None:
    text = render(export_cases(source.db))
    keys = list(json.loads(text)["cases"][0])
    assert keys[:5] == ["uuid", "case_no", "year", "serial", "status"]
    assert keys[-2:] == ["created_at", "updated_at"]
