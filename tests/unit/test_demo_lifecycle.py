"""Demo cases carry a lifecycle the domain rules accept: history, records, risk and clocks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from mediation_desk.db.lifecycle_tables import (
    CaseAgreementRow,
    CaseDecisionRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseFollowUpRow,
    CaseRightsNoticeRow,
    CaseTerminationRow,
    CaseTransitionRow,
)
from mediation_desk.db.tables import CaseRow
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import validate_diversion
from mediation_desk.domain.lifecycle.common import local_date
from mediation_desk.domain.lifecycle.decisions import validate_decision
from mediation_desk.domain.lifecycle.states import replay
from mediation_desk.domain.lifecycle.worklist import WorkKind
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.demo import generate_demo
from mediation_desk.services.lifecycle_reference import load_lifecycle_reference
from mediation_desk.services.lifecycle_store import (
    decision_from_row,
    diversion_from_row,
    load_list,
    transition_from_row,
)
from mediation_desk.services.worklist import WorklistService

TODAY = date(2025, 6, 1)
CASES = 1500
S = CaseStatus
REFERENCE = load_lifecycle_reference()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder: Path = tmp_path_factory.mktemp("demo_lifecycle")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(folder / "userdata"))
        services = open_services(f"sqlite:///{folder / 'demo.sqlite3'}")
        generate_demo(services.db, cases=CASES, seed=11, today=TODAY)
        yield services
        services.close()


def _by_case(session: Session, model: Any) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for row in session.exec(select(model).order_by(col(model.case_id), col(model.id))):
        found[row.case_id].append(row)
    return found


def _mediator_names(session: Session) -> dict[int, set[str]]:
    from mediation_desk.db.tables import CaseMediatorRow, MediatorRow

    query = select(CaseMediatorRow.case_id, MediatorRow.name).join(
        MediatorRow, col(MediatorRow.id) == col(CaseMediatorRow.mediator_id)
    )
    names: dict[int, set[str]] = defaultdict(set)
    for case_id, name in session.exec(query):
        names[case_id].add(name)
    return names


def test_every_history_replays_to_the_case_status(demo: Services) -> None:
    with demo.db.read() as session:
        cases = session.exec(select(CaseRow)).all()
        histories = _by_case(session, CaseTransitionRow)
        mediators = _mediator_names(session)
    for case in cases:
        assert case.id is not None
        history = [transition_from_row(row) for row in histories[case.id]]
        assert replay(history) is S(case.status), case.case_no
        for transition in history:
            assert transition.by in mediators[case.id]
            assert case.received_on <= local_date(transition.at) <= TODAY
        if history:
            assert case.created_at <= history[0].at
            assert case.updated_at >= history[-1].at
        accepted = [t for t in history if t.to_status is S.ACCEPTED]
        assert case.accepted_on == (local_date(accepted[-1].at) if accepted else None)


def test_records_match_the_history(demo: Services) -> None:
    with demo.db.read() as session:
        cases = session.exec(select(CaseRow)).all()
        histories = _by_case(session, CaseTransitionRow)
        decisions = _by_case(session, CaseDecisionRow)
        notices = _by_case(session, CaseRightsNoticeRow)
        diversions = _by_case(session, CaseDiversionRow)
        terminations = _by_case(session, CaseTerminationRow)
        agreements = _by_case(session, CaseAgreementRow)
        visits = _by_case(session, CaseFollowUpRow)
    channels = REFERENCE.channels
    for case in cases:
        assert case.id is not None
        reached = {S(row.to_status) for row in histories[case.id]}
        accepted = [d for d in decisions[case.id] if d.accepted]
        declined = [d for d in decisions[case.id] if not d.accepted]
        assert bool(accepted) == (S.ACCEPTED in reached)
        assert bool(declined) == (S.DECLINED in reached)
        for row in decisions[case.id]:
            found = validate_decision(
                decision_from_row(row),
                TODAY,
                reasons=REFERENCE.decline_reasons,
                channels=channels.codes,
            )
            assert not [i for i in found if i.is_error], (case.case_no, found)
        assert bool(notices[case.id]) == (S.IN_MEDIATION in reached)
        assert len(diversions[case.id]) == (S.DIVERTED in reached)
        for row in diversions[case.id]:
            found = validate_diversion(diversion_from_row(row), TODAY, channels)
            assert not [i for i in found if i.is_error], (case.case_no, found)
        assert len(terminations[case.id]) == (S.TERMINATED in reached)
        for row in terminations[case.id]:
            assert set(load_list(row.channels_explained)) <= set(channels.codes) - {
                "this_committee"
            }
            assert load_list(row.channels_explained)
        assert len(agreements[case.id]) == (S.AGREEMENT in reached)
        for row in agreements[case.id]:
            assert row.effective_on is not None and row.effective_on >= case.received_on
            due = [date.fromisoformat(d) for d in load_list(row.performance_due)]
            assert due and all(d > row.effective_on for d in due)
            if S.CLOSED in reached and S.FOLLOW_UP in reached:
                assert visits[case.id] and row.performance != "pending"


def test_demo_spreads_over_every_status_risk_level_and_channel(demo: Services) -> None:
    with demo.db.read() as session:
        statuses = set(session.exec(select(CaseRow.status)))
        levels = list(session.exec(select(CaseRow.risk_level)))
        diverted_to = set(session.exec(select(CaseDiversionRow.channel_code)))
        feedback = set(session.exec(select(CaseDiversionRow.feedback)))
        forms = set(session.exec(select(CaseAgreementRow.form)))
        escalated = set(session.exec(select(CaseEscalationRow.case_id)))
        top = set(session.exec(select(CaseRow.id).where(CaseRow.risk_level == "major")))
    assert statuses == {s.value for s in S}
    assert {level.code for level in REFERENCE.risk_scale.levels} == set(levels)
    assert levels.count("general") > len(levels) / 2  # most disputes are ordinary
    assert len(diverted_to) >= 10
    assert feedback == {"awaiting", "in_progress", "concluded", "returned"}
    assert forms == {"written", "oral"}
    assert escalated <= top and len(escalated) >= len(top) * 0.8


def test_the_worklist_shows_every_kind_of_item(demo: Services) -> None:
    items = WorklistService(demo.db, today=lambda: TODAY).due()
    kinds = {item.kind for item in items}
    assert kinds == set(WorkKind)
    overdue = {item.deadline_kind for item in items if item.kind is WorkKind.OVERDUE}
    soon = [item for item in items if item.kind is WorkKind.DUE_SOON]
    assert len(overdue) >= 4
    assert soon and all(TODAY <= item.due <= TODAY + timedelta(days=7) for item in soon if item.due)
