"""Written records between rows and domain objects (lists of names and items are JSON text)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, delete, select

from mediation_desk.db.lifecycle_tables import CaseAgreementRow
from mediation_desk.db.record_tables import (
    AgreementDraftRow,
    AgreementTermRow,
    InvestigationRow,
    JudicialConfirmationRow,
    SessionRow,
)
from mediation_desk.domain.lifecycle.outcomes import AgreementForm
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementDraft,
    AgreementTerm,
    ConfirmationRuling,
    EvidenceItem,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    Statement,
    TermPerformance,
)
from mediation_desk.services.lifecycle_store import dump_list, load_list


def _fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int(amount * 100)


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def investigation_columns(record: InvestigationRecord) -> dict[str, Any]:
    evidence = [
        {"description": e.description, "source": e.source, "attachment": e.attachment}
        for e in record.evidence
    ]
    return {
        "uuid": record.uuid,
        "held_at": record.held_at,
        "place": record.place,
        "investigators": dump_list(record.investigators),
        "person_investigated": record.person_investigated,
        "others_present": record.others_present,
        "text": record.text,
        "evidence": json.dumps(evidence, ensure_ascii=False),
    }


def investigation_from_row(row: InvestigationRow) -> InvestigationRecord:
    return InvestigationRecord(
        held_at=row.held_at,
        place=row.place,
        investigators=load_list(row.investigators),
        person_investigated=row.person_investigated,
        text=row.text,
        others_present=row.others_present,
        evidence=tuple(EvidenceItem(**item) for item in json.loads(row.evidence or "[]")),
        uuid=row.uuid,
    )


def session_columns(record: SessionRecord) -> dict[str, Any]:
    statements = [{"speaker": s.speaker, "text": s.text} for s in record.statements]
    return {
        "uuid": record.uuid,
        "held_at": record.held_at,
        "place": record.place,
        "mediators": dump_list(record.mediators),
        "parties_present": dump_list(record.parties_present),
        "invited": dump_list(record.invited),
        "invited_consented": record.invited_consented,
        "statements": json.dumps(statements, ensure_ascii=False),
        "proposal": record.proposal,
        "result": record.result,
    }


def session_from_row(row: SessionRow) -> SessionRecord:
    return SessionRecord(
        held_at=row.held_at,
        place=row.place,
        mediators=load_list(row.mediators),
        parties_present=load_list(row.parties_present),
        statements=tuple(Statement(**item) for item in json.loads(row.statements or "[]")),
        result=row.result,
        invited=load_list(row.invited),
        invited_consented=row.invited_consented,
        proposal=row.proposal,
        uuid=row.uuid,
    )


def term_columns(position: int, term: AgreementTerm) -> dict[str, Any]:
    return {
        "position": position,
        "obligor": term.obligor,
        "content": term.content,
        "amount_fen": _fen(term.amount),
        "method": term.method,
        "place": term.place,
        "due_on": term.due_on,
        "performance": term.performance.value,
        "performed_on": term.performed_on,
    }


def term_from_row(row: AgreementTermRow) -> AgreementTerm:
    return AgreementTerm(
        obligor=row.obligor,
        content=row.content,
        amount=_yuan(row.amount_fen),
        method=row.method,
        place=row.place,
        due_on=row.due_on,
        performance=TermPerformance(row.performance),
        performed_on=row.performed_on,
    )


def load_terms(session: Session, agreement_id: int) -> tuple[AgreementTerm, ...]:
    rows = session.exec(
        select(AgreementTermRow)
        .where(AgreementTermRow.agreement_id == agreement_id)
        .order_by(col(AgreementTermRow.position))
    ).all()
    return tuple(term_from_row(row) for row in rows)


def content_from_row(session: Session, row: CaseAgreementRow) -> AgreementContent:
    assert row.id is not None
    return AgreementContent(
        facts=row.facts,
        disputed_matters=row.disputed_matters,
        responsibilities=row.responsibilities,
        terms=load_terms(session, row.id),
        performance_method=row.performance_method,
    )


def write_agreement_content(
    session: Session, row: CaseAgreementRow, content: AgreementContent
) -> None:
    """Replaces the agreement's text and terms; its performance dates are the due dates of the
    terms not yet performed."""
    assert row.id is not None
    row.facts = content.facts
    row.disputed_matters = content.disputed_matters
    row.responsibilities = content.responsibilities
    row.performance_method = content.performance_method
    # the worklist reminds of the terms still to be performed
    row.performance_due = dump_list(
        sorted(
            {
                term.due_on.isoformat()
                for term in content.terms
                if term.due_on is not None and term.performance is not TermPerformance.PERFORMED
            }
        )
    )
    session.add(row)
    session.exec(delete(AgreementTermRow).where(col(AgreementTermRow.agreement_id) == row.id))
    for position, term in enumerate(content.terms, start=1):
        session.add(AgreementTermRow(agreement_id=row.id, **term_columns(position, term)))


def _term_to_json(term: AgreementTerm) -> dict[str, Any]:
    columns = term_columns(0, term)
    del columns["position"]
    for key in ("due_on", "performed_on"):
        columns[key] = columns[key].isoformat() if columns[key] is not None else None
    return columns


def _term_from_json(item: dict[str, Any]) -> AgreementTerm:
    fen = item["amount_fen"]
    return AgreementTerm(
        obligor=item["obligor"],
        content=item["content"],
        amount=_yuan(fen),
        method=item["method"],
        place=item["place"],
        due_on=date.fromisoformat(item["due_on"]) if item["due_on"] else None,
        performance=TermPerformance(item["performance"]),
        performed_on=date.fromisoformat(item["performed_on"]) if item["performed_on"] else None,
    )


def draft_columns(draft: AgreementDraft) -> dict[str, Any]:
    content = draft.content
    return {
        "form": draft.form.value,
        "reached_on": draft.reached_on,
        "facts": content.facts,
        "disputed_matters": content.disputed_matters,
        "responsibilities": content.responsibilities,
        "performance_method": content.performance_method,
        "terms": json.dumps([_term_to_json(t) for t in content.terms], ensure_ascii=False),
    }


def draft_from_row(row: AgreementDraftRow) -> AgreementDraft:
    content = AgreementContent(
        facts=row.facts,
        disputed_matters=row.disputed_matters,
        responsibilities=row.responsibilities,
        terms=tuple(_term_from_json(item) for item in json.loads(row.terms or "[]")),
        performance_method=row.performance_method,
    )
    return AgreementDraft(AgreementForm(row.form), row.reached_on, content)


def take_agreement_draft(session: Session, case_id: int) -> AgreementContent | None:
    """The drafted agreement's content, deleting the draft: it becomes the recorded agreement."""
    row = session.exec(
        select(AgreementDraftRow).where(AgreementDraftRow.case_id == case_id)
    ).first()
    if row is None:
        return None
    content = draft_from_row(row).content
    session.delete(row)
    return content


def confirmation_columns(confirmation: JudicialConfirmation) -> dict[str, Any]:
    return {
        "applied_on": confirmation.applied_on,
        "court": confirmation.court,
        "applicants": dump_list(confirmation.applicants),
        "ruling": confirmation.ruling.value,
        "ruling_on": confirmation.ruling_on,
        "ruling_no": confirmation.ruling_no,
    }


def confirmation_from_row(row: JudicialConfirmationRow) -> JudicialConfirmation:
    return JudicialConfirmation(
        applied_on=row.applied_on,
        court=row.court,
        applicants=load_list(row.applicants),
        ruling=ConfirmationRuling(row.ruling),
        ruling_on=row.ruling_on,
        ruling_no=row.ruling_no,
    )
