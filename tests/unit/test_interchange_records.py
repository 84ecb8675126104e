"""Interchange version 3: written records, agreement terms and relatives travel with the file;
they are checked by the domain rules; version 2 files import without erasing them."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from jsonschema import Draft7Validator
from test_interchange_samples import as_version_2

from mediation_desk.services.bootstrap import Services
from mediation_desk.services.interchange import (
    InterchangeError,
    export_cases,
    import_document,
    load_schema,
    render,
)
from mediation_desk.services.interchange.kinds import KINDS

TODAY = date(2025, 6, 1)
Document = dict[str, Any]
NEW_KINDS = [kind.key for kind in KINDS if kind.since == 3]
AMOUNT = re.compile(r"^(0|[1-9][0-9]*)\.[0-9]{2}$")


def _case_with(document: Document, key: str) -> tuple[int, Document]:
    return next((i, c) for i, c in enumerate(document["cases"]) if c[key])


def test_export_nests_terms_with_exact_amounts(demo_document: Document) -> None:
    assert demo_document["version"] == 3
    for key in NEW_KINDS:
        assert any(case[key] for case in demo_document["cases"]), key
    terms = [t for c in demo_document["cases"] for a in c["agreements"] for t in a["terms"]]
    assert terms and all(t["amount"] is None or AMOUNT.match(t["amount"]) for t in terms)
    assert any(t["amount"] for t in terms)
    _, case = _case_with(demo_document, "agreement_draft")
    assert case["status"] == "in_mediation" and case["agreement_draft"]["terms"]
    _, case = _case_with(demo_document, "agreements")
    keys = list(case["agreements"][0])
    assert keys.index("performance_method") + 1 == keys.index("terms")


def test_files_written_by_the_app_validate_against_their_schema(demo_document: Document) -> None:
    for document, version in ((demo_document, 3), (as_version_2(demo_document), 2)):
        validator = Draft7Validator(
            load_schema(version), format_checker=Draft7Validator.FORMAT_CHECKER
        )
        assert [e.message for e in validator.iter_errors(document)][:3] == []


def test_changed_terms_and_relatives_are_replaced(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    import_document(target.db, copy.deepcopy(demo_document), TODAY)
    changed = copy.deepcopy(demo_document)
    _, case = _case_with(changed, "agreements")
    case["agreements"][0]["terms"][0]["content"] = "被申请人当场赔礼道歉。"
    del case["agreements"][0]["terms"][1:]
    mediator = next(m for m in changed["mediators"] if m["relatives"])
    mediator["relatives"] = [{"name": "张三", "id_number": "", "relation": "表兄"}]
    report = import_document(target.db, changed, TODAY)
    assert (report.updated, report.mediators_updated) == (1, 1)
    assert render(export_cases(target.db)) == render(changed)


def test_a_version_2_file_imports_with_empty_records(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    report = import_document(target.db, as_version_2(demo_document), TODAY)
    assert report.created == len(demo_document["cases"])
    exported = export_cases(target.db)
    assert exported["version"] == 3
    assert all(m["relatives"] == [] for m in exported["mediators"])
    for case in exported["cases"]:
        assert case["risk_indicators"] == [] and case["agreement_draft"] is None
        assert all(not case[key] for key in NEW_KINDS)
        assert all(a["terms"] == [] and a["facts"] == "" for a in case["agreements"])
        assert all(v["way"] == "visit" and v["attitude"] == "" for v in case["follow_ups"])
    assert as_version_2(exported) == as_version_2(demo_document)


def test_a_version_2_file_keeps_the_stored_records(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    target = opened("target")
    import_document(target.db, copy.deepcopy(demo_document), TODAY)
    report = import_document(target.db, as_version_2(demo_document), TODAY)
    assert report.unchanged == len(demo_document["cases"]) and report.mediators_updated == 0
    older = as_version_2(demo_document)
    index, case = _case_with(older, "agreements")
    case["agreements"][0]["performance"] = "not_performed"  # news from the other computer
    report = import_document(target.db, older, TODAY)
    assert report.updated == 1
    exported = export_cases(target.db)
    kept = exported["cases"][index]
    assert kept["agreements"][0]["performance"] == "not_performed"
    original = demo_document["cases"][index]
    assert kept["agreements"][0]["terms"] == original["agreements"][0]["terms"]
    assert kept["sessions"] == original["sessions"]


Change = Callable[[Document], str]  # changes a copy, returns the expected JSON path


def _term_due_before_agreement(document: Document) -> str:
    index, case = _case_with(document, "agreements")
    agreement = case["agreements"][0]
    term = len(agreement["terms"]) - 1
    agreement["terms"][term]["due_on"] = "2001-01-01"
    return f"$.cases[{index}].agreements[0].terms[{term}].due_on"


def _bad_term_amount(document: Document) -> str:
    index, case = _case_with(document, "agreements")
    case["agreements"][0]["terms"][0]["amount"] = "12.345"
    return f"$.cases[{index}].agreements[0].terms[0].amount"


def _invited_without_consent(document: Document) -> str:
    index, case = _case_with(document, "sessions")
    session = case["sessions"][0]
    session["invited"], session["invited_consented"] = ["王芳（嘎查长）"], False
    return f"$.cases[{index}].sessions[0].invited_consented"


def _investigation_without_text(document: Document) -> str:
    index, case = _case_with(document, "investigations")
    case["investigations"][0]["text"] = "  "
    return f"$.cases[{index}].investigations[0].text"


def _place_too_long(document: Document) -> str:
    index, case = _case_with(document, "investigations")
    case["investigations"][0]["place"] = "草" * 201
    return f"$.cases[{index}].investigations[0].place"


def _confirmation_before_effect(document: Document) -> str:
    index, case = _case_with(document, "judicial_confirmations")
    case["judicial_confirmations"][0]["applied_on"] = "2001-01-01"
    return f"$.cases[{index}].judicial_confirmations[0].applied_on"


def _unknown_recused_mediator(document: Document) -> str:
    index, case = _case_with(document, "recusals")
    case["recusals"][0]["mediator_uuid"] = "00000000-0000-4000-8000-000000000000"
    return f"$.cases[{index}].recusals[0].mediator_uuid"


def _session_uuid_twice(document: Document) -> str:
    cases = [i for i, c in enumerate(document["cases"]) if c["sessions"]]
    first, second = cases[0], cases[1]
    uuid = document["cases"][first]["sessions"][0]["uuid"]
    document["cases"][second]["sessions"][0]["uuid"] = uuid
    return f"$.cases[{second}].sessions[0].uuid"


def _relative_with_bad_id_number(document: Document) -> str:
    index = next(i for i, m in enumerate(document["mediators"]) if m["relatives"])
    document["mediators"][index]["relatives"][0]["id_number"] = "150626198503171234"
    return f"$.mediators[{index}].relatives[0].id_number"


@pytest.mark.parametrize(
    "change",
    [
        _term_due_before_agreement,
        _bad_term_amount,
        _invited_without_consent,
        _investigation_without_text,
        _place_too_long,
        _confirmation_before_effect,
        _unknown_recused_mediator,
        _session_uuid_twice,
        _relative_with_bad_id_number,
    ],
)
def test_a_bad_record_is_refused_with_its_path_and_nothing_is_written(
    demo_document: Document, opened: Callable[[str], Services], change: Change
) -> None:
    target = opened("target")
    document = copy.deepcopy(demo_document)
    expected = change(document)
    with pytest.raises(InterchangeError) as raised:
        import_document(target.db, document, TODAY)
    assert raised.value.json_path == expected, str(raised.value)
    assert target.case_list.count() == 0 and target.committee.get() is None


def test_the_first_bad_term_is_named_with_the_domain_code(
    demo_document: Document, opened: Callable[[str], Services]
) -> None:
    document = copy.deepcopy(demo_document)
    where = _term_due_before_agreement(document)
    with pytest.raises(InterchangeError) as raised:
        import_document(opened("target").db, document, TODAY)
    assert str(raised.value) == f"{where}: term.due_before_agreement"
    assert raised.value.issue is not None and raised.value.issue.code == "term.due_before_agreement"
