"""Demo cases carry written records the domain rules accept, consistent with their lifecycle."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from mediation_desk.db.lifecycle_tables import CaseAgreementRow, CaseFollowUpRow
from mediation_desk.db.record_tables import (
    MediatorRelativeRow,
    PublicityRow,
    RecusalRow,
)
from mediation_desk.db.tables import CaseMediatorRow, CaseRow, MediatorRow
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.decisions import Publicity, PublicityChoice, validate_publicity
from mediation_desk.domain.lifecycle.outcomes import AgreementForm
from mediation_desk.domain.lifecycle.recusal import Recusal, validate_recusal
from mediation_desk.domain.lifecycle.risk import RiskIndicator
from mediation_desk.domain.records.models import TermPerformance
from mediation_desk.domain.records.rules import (
    CONFIRMATION_WINDOW_DAYS,
    validate_agreement_content,
    validate_confirmation,
    validate_follow_up,
    validate_investigation,
    validate_session,
)
from mediation_desk.domain.validation import Issue, check_id_number
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.demo import generate_demo
from mediation_desk.services.lifecycle_reference import load_lifecycle_reference
from mediation_desk.services.records import RecordsService

TODAY = date(2025, 6, 1)
NOW = datetime.combine(TODAY, time.max, tzinfo=UTC)
CASES = 1500
S = CaseStatus
SCALE = load_lifecycle_reference().risk_scale


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder: Path = tmp_path_factory.mktemp("demo_records")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(folder / "userdata"))
        services = open_services(f"sqlite:///{folder / 'demo.sqlite3'}")
        generate_demo(services.db, cases=CASES, seed=13, today=TODAY)
        yield services
        services.close()


@pytest.fixture(scope="module")
def cases(demo: Services) -> list[CaseRow]:
    with demo.db.read() as session:
        return list(session.exec(select(CaseRow).order_by(col(CaseRow.id))))


def _by_case(session: Session, model: Any) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for row in session.exec(select(model).order_by(col(model.case_id), col(model.id))):
        found[row.case_id].append(row)
    return found


def _errors(issues: list[Issue] | tuple[Issue, ...]) -> list[Issue]:
    return [issue for issue in issues if issue.is_error]


def test_every_record_passes_the_domain_rules(demo: Services, cases: list[CaseRow]) -> None:
    records = RecordsService(demo.db, today=lambda: TODAY, now=lambda: NOW)
    counts: dict[str, int] = defaultdict(int)
    for case in cases:
        where = case.case_no
        for investigation in records.investigations(case.uuid):
            assert not _errors(validate_investigation(investigation, NOW)), where
            counts["investigations"] += 1
        for record in records.sessions(case.uuid):
            assert not _errors(validate_session(record, NOW)), where
            counts["sessions"] += 1
        agreement = records.agreement(case.uuid)
        if agreement is not None:
            written = agreement.record.form is AgreementForm.WRITTEN
            found = validate_agreement_content(
                agreement.content, agreement.record.reached_on, written
            )
            assert not _errors(found), (where, found)
            counts["terms"] += len(agreement.content.terms)
            confirmation = records.confirmation(case.uuid)
            if confirmation is not None:
                effective = agreement.record.effective_on
                found = validate_confirmation(confirmation, effective, TODAY)
                assert not found, (where, found)  # not even a warning: applied in time
                assert effective is not None
                assert confirmation.applied_on - effective <= timedelta(CONFIRMATION_WINDOW_DAYS)
                counts[f"ruling {confirmation.ruling}"] += 1
        draft = records.agreement_draft(case.uuid)
        if draft is not None:
            assert S(case.status) is S.IN_MEDIATION, where
            written = draft.form is AgreementForm.WRITTEN
            found = validate_agreement_content(draft.content, draft.reached_on, written)
            assert not _errors(found), (where, found)
            counts["drafts"] += 1
        for visit in records.follow_ups(case.uuid):
            assert not _errors(validate_follow_up(visit, TODAY)), where
    assert counts["investigations"] > 100 and counts["sessions"] > counts["investigations"]
    assert counts["terms"] > 200 and counts["drafts"] >= 2
    assert {"ruling pending", "ruling confirmed"} <= set(counts)


def test_recusals_and_publicity_choices_pass_the_domain_rules(demo: Services) -> None:
    with demo.db.read() as session:
        recusals = _by_case(session, RecusalRow)
        choices = _by_case(session, PublicityRow)
        assigned: dict[int, set[str]] = defaultdict(set)
        query = select(CaseMediatorRow.case_id, MediatorRow.uuid).join(
            MediatorRow, col(MediatorRow.id) == col(CaseMediatorRow.mediator_id)
        )
        for case_id, uuid in session.exec(query):
            assigned[case_id].add(uuid)
    assert recusals and choices
    for case_id, rows in recusals.items():
        for row in rows:
            recusal = Recusal(
                row.mediator_uuid,
                row.requested_by,
                row.requested_on,
                row.reason,
                row.replacement_uuid,
                row.replaced_on,
            )
            assert not validate_recusal(recusal, TODAY)
            assert row.mediator_uuid not in assigned[case_id]  # the recused one was replaced
            assert row.replacement_uuid in assigned[case_id]
    for rows in choices.values():
        for row in rows:
            choice = PublicityChoice(
                Publicity(row.publicity),
                row.requested_by,
                row.recorded_on,
                row.involves_privacy,
                tuple(json.loads(row.objected_by)),
            )
            assert not validate_publicity(choice, TODAY)


def test_mediation_left_its_records(demo: Services, cases: list[CaseRow]) -> None:
    records = RecordsService(demo.db, today=lambda: TODAY)
    for case in cases[::7]:
        history = demo.lifecycle.history(case.uuid)
        mediated = any(t.to_status is S.IN_MEDIATION for t in history)
        sessions = records.sessions(case.uuid)
        assert bool(sessions) == mediated, case.case_no
        if sessions:
            started = next(t.at for t in history if t.to_status is S.IN_MEDIATION)
            assert all(started <= s.held_at <= NOW for s in sessions)
            parties = {p.name for p in demo.cases.get(case.uuid).draft.parties}
            assert set(sessions[0].parties_present) == parties
            assert all(statement.text for s in sessions for statement in s.statements)


def test_term_performance_agrees_with_the_visits(demo: Services, cases: list[CaseRow]) -> None:
    records = RecordsService(demo.db, today=lambda: TODAY)
    with demo.db.read() as session:
        agreements = _by_case(session, CaseAgreementRow)
        visits = _by_case(session, CaseFollowUpRow)
    money = 0
    for case in cases:
        assert case.id is not None
        if not agreements[case.id]:
            continue
        row = agreements[case.id][-1]
        terms = records.agreement(case.uuid).content.terms  # type: ignore[union-attr]
        assert 1 <= len(terms) <= 3
        assert json.loads(row.performance_due) == sorted(
            {t.due_on.isoformat() for t in terms if t.due_on is not None}
        )
        states = {t.performance for t in terms}
        if row.performance == "performed":
            assert states == {TermPerformance.PERFORMED}
        elif row.performance == "not_performed":
            assert states == {TermPerformance.NOT_PERFORMED}
        elif row.performance == "partly_performed":
            assert TermPerformance.PERFORMED in states
        else:
            assert states == {TermPerformance.PENDING}
        if visits[case.id]:
            assert row.performance == visits[case.id][-1].performance or len(visits[case.id]) > 1
        for term in terms:
            assert term.due_on is None or term.due_on > row.reached_on
            assert term.performed_on is None or row.reached_on <= term.performed_on <= TODAY
        money += any(t.amount is not None for t in terms)
        if case.amount_fen is not None:
            assert any(t.amount is not None and t.amount > 0 for t in terms), case.case_no
    assert money > 50


def test_risk_indicators_fit_the_risk_level(cases: list[CaseRow]) -> None:
    seen: set[str] = set()
    for case in cases:
        indicators = [RiskIndicator(code) for code in json.loads(case.risk_indicators)]
        seen.update(indicators)
        level = SCALE.get(case.risk_level)
        assert level is not None
        if level.rank == SCALE.lowest.rank:
            assert indicators == []
            continue
        assert set(indicators) & level.indicators, case.case_no  # its own level's sign
        amount = None if case.amount_fen is None else case.amount_fen / 100
        suggested = SCALE.suggest(indicators)  # the signs alone point to the level
        assert suggested.level.rank == level.rank, case.case_no
        if RiskIndicator.LARGE_AMOUNT in indicators:
            assert amount is not None and amount >= 50000
    assert len(seen) >= 6


def test_some_mediators_have_relatives(demo: Services) -> None:
    with demo.db.read() as session:
        relatives = list(session.exec(select(MediatorRelativeRow)))
    assert relatives
    for relative in relatives:
        assert relative.name and relative.relation
        assert not _errors(check_id_number(relative.id_number, TODAY).issues)
