"""Interchange version 2: lifecycles travel with their cases; version 1 files still import."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from test_interchange_samples import as_version_1

from mediation_desk.services.bootstrap import Services
from mediation_desk.services.interchange import (
    InterchangeError,
    export_cases,
    import_document,
    render,
)
from mediation_desk.services.interchange.lifecycle import KINDS

TODAY = date(2025, 6, 1)
Document = dict[str, Any]
LIFECYCLE_KEYS = (
    "risk_level",
    "risk_indicators",
    "accepted_on",
    "referral_reported_on",
    *(k.key for k in KINDS),
)


def test_export_carries_every_lifecycle_record_kind(demo_document: Document) -> None:
    cases = demo_document["cases"]
    assert demo_document["version"] == 3
    for key in LIFECYCLE_KEYS:
        assert all(key in case for case in cases)
    for kind in KINDS:
        assert any(case[kind.key] for case in cases), kind.key
    assert any(case["risk_indicators"] for case in cases)
    assert any(mediator["relatives"] for mediator in demo_document["mediators"])
    assert {case["risk_level"] for case in cases} == {"general", "significant", "major"}
    transition = next(case["history"][0] for case in cases if case["history"])
    assert transition["from_status"] == "registered" and transition["at"].endswith("Z")


def test_round_trip_is_byte_identical(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    report = import_document(target.db, copy.deepcopy(demo_document), TODAY)
    assert report.created == len(demo_document["cases"]) and report.mediators_created > 0
    assert render(export_cases(target.db)) == render(demo_document)
    again = import_document(target.db, copy.deepcopy(demo_document), TODAY)
    assert again.unchanged == len(demo_document["cases"]) and again.updated == 0
    assert again.mediators_updated == 0  # relatives compared too


def test_a_changed_history_replaces_the_stored_one(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    import_document(target.db, copy.deepcopy(demo_document), TODAY)
    changed = copy.deepcopy(demo_document)
    case = next(c for c in changed["cases"] if c["escalations"])
    case["escalations"][0]["measures"] = "已通知派出所"
    case["risk_level"] = "significant"
    report = import_document(target.db, changed, TODAY)
    assert report.updated == 1
    assert render(export_cases(target.db)) == render(changed)


def test_version_1_files_still_import(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    report = import_document(target.db, as_version_1(demo_document), TODAY)
    assert report.created == len(demo_document["cases"])
    exported = export_cases(target.db)
    assert exported["version"] == 3
    for case in exported["cases"]:
        assert case["risk_level"] == "general" and case["accepted_on"] is None
        assert case["risk_indicators"] == [] and case["agreement_draft"] is None
        assert all(case[kind.key] == [] for kind in KINDS if not kind.single)


def test_a_version_1_file_leaves_stored_lifecycles_alone(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    import_document(target.db, copy.deepcopy(demo_document), TODAY)
    report = import_document(target.db, as_version_1(demo_document), TODAY)
    assert report.unchanged == len(demo_document["cases"])
    assert render(export_cases(target.db)) == render(demo_document)


def _with_history(document: Document) -> tuple[Document, int, Document]:
    broken = copy.deepcopy(document)
    index = next(i for i, c in enumerate(broken["cases"]) if len(c["history"]) >= 3)
    return broken, index, broken["cases"][index]


BadChange = Callable[[Document], str]


def _skip_a_step(case: Document) -> str:
    del case["history"][1]
    return "history[1]"


def _wrong_status(case: Document) -> str:
    case["status"] = "registered" if case["status"] != "registered" else "accepted"
    return "status"


def _unknown_channel(case: Document) -> str:
    case["diversions"].append(
        {
            "channel_code": "carrier_pigeon",
            "receiving_body": "x",
            "reason": "x",
            "diverted_on": "2025-01-01",
            "warnings_told": [],
            "needs_met": [],
            "feedback": "awaiting",
            "feedback_on": None,
            "feedback_note": "",
            "feedback_due_on": None,
        }
    )
    return f"diversions[{len(case['diversions']) - 1}].channel_code"


def _unknown_risk_level(case: Document) -> str:
    case["risk_level"] = "apocalyptic"
    return "risk_level"


def _backwards_in_time(case: Document) -> str:
    case["history"][2]["at"] = "1999-01-01T00:00:00Z"
    return "history[2]"


@pytest.mark.parametrize(
    "change",
    [_skip_a_step, _wrong_status, _unknown_channel, _unknown_risk_level, _backwards_in_time],
)
def test_a_bad_lifecycle_is_rejected_with_its_path_and_nothing_is_written(
    demo_document: Document, opened: Callable[[str], Services], change: BadChange
) -> None:
    target = opened("target")
    document, index, case = _with_history(demo_document)
    where = change(case)
    with pytest.raises(InterchangeError) as raised:
        import_document(target.db, document, TODAY)
    assert raised.value.json_path == f"$.cases[{index}].{where}", str(raised.value)
    assert target.case_list.count() == 0  # all or nothing


def test_rendered_file_names_enum_codes_in_snake_case(demo_document: Document) -> None:
    text = render(demo_document)
    assert '"follow_ups"' in text and '"rights_notices"' in text
    sample = json.loads(text)["cases"]
    feedback = {d["feedback"] for c in sample for d in c["diversions"]}
    assert feedback <= {"awaiting", "in_progress", "concluded", "returned"}
