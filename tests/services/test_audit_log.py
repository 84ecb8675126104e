"""The audit log on a real SQLite file: an entry per changed row, old → new, who and why; the
hash chain verified, and tampering (a changed field, a removed or reordered entry) found."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mediation_desk.db.access_tables import SettingRow
from mediation_desk.db.audit_chain import GENESIS_HASH
from mediation_desk.db.tables import CaseRow
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision
from mediation_desk.domain.records.models import SessionRecord, Statement
from mediation_desk.services.audit import AuditEntry
from mediation_desk.services.bootstrap import Services
from tests.services.conftest import make_draft

CLERK = "王芳"
PARTIES = ("王𠈌", "ᠪᠠᠲᠤ")


def _case_entries(services: Services, uuid: str) -> list[AuditEntry]:
    return list(reversed(services.audit.entries(case_uuid=uuid)))  # oldest first


def _story(services: Services) -> str:
    """Registration, an edit, an accepted case with a mediation session; returns its uuid."""
    services.db.actor = lambda: "director"
    case = services.cases.register(make_draft(services))
    draft = case.draft
    applicant = replace(draft.parties[0], phone="13912345678")
    edited = replace(draft, facts="草场边界纠纷，已测量", parties=(applicant, *draft.parties[1:]))
    services.db.actor = lambda: "wangfang"
    services.cases.update(case.uuid, edited)
    services.lifecycle.decide(
        case.uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK
    )
    at = datetime(2025, 3, 5, 1, 30, tzinfo=UTC)
    record = SessionRecord(at, "调解室", (CLERK,), PARTIES, (Statement("王𠈌", "要求"),), "未果")
    services.records.save_session(case.uuid, record)
    return case.uuid


def test_every_change_of_a_case_is_logged_with_who_and_old_and_new(services: Services) -> None:
    uuid = _story(services)
    entries = _case_entries(services, uuid)
    registered = [e for e in entries if e.actor == "director"]
    assert {(e.action, e.entity) for e in registered} == {
        ("insert", "mediation_case"),
        ("insert", "party"),
        ("insert", "case_mediator"),
    }
    case_insert = next(e for e in registered if e.entity == "mediation_case")
    assert case_insert.entity_uuid == uuid and case_insert.fields["facts"] == (None, "草场边界纠纷")

    edits = [e for e in entries if e.actor == "wangfang" and e.action == "update"]
    facts = next(e for e in edits if e.entity == "mediation_case" and "facts" in e.fields)
    assert facts.fields["facts"] == ("草场边界纠纷", "草场边界纠纷，已测量")
    phone = next(e for e in edits if e.entity == "party")
    assert phone.fields == {"phone": ("", "13912345678")}  # the re-written parties: only this
    assert not any(e.entity == "case_mediator" for e in edits)  # unchanged: no entry

    moved = next(e for e in edits if e.fields.get("status"))
    assert moved.fields["status"] == ("registered", "accepted")
    assert any(e.entity == "case_transition" and e.action == "insert" for e in entries)
    session = next(e for e in entries if e.entity == "case_session")
    assert session.action == "insert" and session.fields["result"] == (None, "未果")
    assert services.audit.verify().ok


def test_the_reason_of_a_write_and_a_viewed_id_number_are_logged(services: Services) -> None:
    uuid = services.cases.register(make_draft(services)).uuid
    with services.db.write() as session:
        session.info["reason"] = "登记时姓名写错"
        row = session.get(CaseRow, 1)
        assert row is not None
        row.place_detail = "三队"
        session.add(row)
    services.audit.record_view(uuid, "parties[0].id_number")
    view, correction = services.audit.entries(case_uuid=uuid, limit=2)
    assert correction.reason == "登记时姓名写错" and correction.fields["place_detail"] == (
        "",
        "三队",
    )
    assert view.action == "view" and view.fields == {"viewed": (None, "parties[0].id_number")}


def _tamper(db_path: Path, *statements: str) -> None:
    connection = sqlite3.connect(db_path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _middle_id(services: Services) -> int:
    count = services.audit.verify().entries
    assert count > 10
    return count // 2


def test_the_chain_holds_and_starts_from_zeros(services: Services, db_path: Path) -> None:
    _story(services)
    report = services.audit.verify()
    assert report.ok and report.entries == len(services.audit.entries())
    with sqlite3.connect(db_path) as connection:
        first = connection.execute("select prev_hash from audit_log where id = 1").fetchone()
    assert first == (GENESIS_HASH,)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("update audit_log set fields = replace(fields, '未果', '成功') where id = {n}", "changed"),
        ("update audit_log set actor = 'nobody' where id = {n}", "changed"),
        ("delete from audit_log where id = {n}", "missing"),
        ("delete from audit_log where id <= {n}", "missing"),
    ],
)
def test_a_tampered_entry_is_the_first_broken_link(
    services: Services, db_path: Path, statement: str, expected: str
) -> None:
    uuid = _story(services)
    target = _middle_id(services)
    if "未果" in statement:  # change the session's result in its own entry
        target = next(e.id for e in services.audit.entries(case_uuid=uuid) if "result" in e.fields)
    _tamper(db_path, statement.format(n=target))
    problem = services.audit.verify().problem
    assert problem is not None and expected in problem.what
    assert problem.entry_id == (target if expected == "changed" else target + 1)


def test_reordered_entries_break_the_chain_where_they_were_swapped(
    services: Services, db_path: Path
) -> None:
    _story(services)
    n = _middle_id(services)
    columns = "at, actor, action, entity, entity_uuid, case_uuid, fields, reason, prev_hash, hash"
    _tamper(
        db_path,
        f"create temp table swap as select {columns} from audit_log where id in ({n}, {n + 1})",
        f"update audit_log set ({columns}) = (select {columns} from swap limit 1 offset 1) "
        f"where id = {n}",
        f"update audit_log set ({columns}) = (select {columns} from swap limit 1) "
        f"where id = {n + 1}",
    )
    problem = services.audit.verify().problem
    assert problem is not None and problem.entry_id == n and "does not follow" in problem.what


def test_a_failed_write_logs_nothing(services: Services) -> None:
    before = services.audit.verify().entries
    with pytest.raises(RuntimeError), services.db.write() as session:
        session.add(SettingRow(key="retention_years", value="10"))
        session.flush()
        raise RuntimeError("stop")
    assert services.audit.verify().entries == before
