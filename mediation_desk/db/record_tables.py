"""SQLModel tables of the written records: investigations, sessions, agreement terms, judicial
confirmation, recusals, the public/non-public choice and mediators' relatives.

Lists of names and small structured lists (evidence, statements) are JSON in a text column: they
are read and written with their record, never queried on their own.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, Text
from sqlmodel import Field, SQLModel

from mediation_desk.db import tables as _tables  # noqa: F401  (naming convention first)
from mediation_desk.db.types import UTCDateTime


def _case_id() -> Any:
    return Field(
        sa_column=Column(
            Integer, ForeignKey("mediation_case.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )


class InvestigationRow(SQLModel, table=True):
    """调查记录 (domain.records.models.InvestigationRecord)."""

    __tablename__ = "case_investigation"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    case_id: int = _case_id()
    held_at: datetime = Field(sa_type=UTCDateTime)
    place: str = Field(max_length=200)
    investigators: str = Field(sa_type=Text)
    person_investigated: str = Field(max_length=100)
    others_present: str = Field(default="", max_length=200)
    text: str = Field(sa_type=Text)
    evidence: str = Field(default="[]", sa_type=Text)


class SessionRow(SQLModel, table=True):
    """调解记录, one per session (domain.records.models.SessionRecord)."""

    __tablename__ = "case_session"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    case_id: int = _case_id()
    held_at: datetime = Field(sa_type=UTCDateTime)
    place: str = Field(max_length=200)
    mediators: str = Field(sa_type=Text)
    parties_present: str = Field(sa_type=Text)
    invited: str = Field(default="[]", sa_type=Text)
    invited_consented: bool = False
    statements: str = Field(default="[]", sa_type=Text)
    proposal: str = Field(default="", sa_type=Text)
    result: str = Field(sa_type=Text)


class AgreementTermRow(SQLModel, table=True):
    """One numbered term of an agreement and how its performance stands."""

    __tablename__ = "agreement_term"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("case_agreement.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int
    obligor: str = Field(max_length=200)
    content: str = Field(sa_type=Text)
    amount_fen: int | None = Field(default=None, sa_type=BigInteger)
    method: str = Field(default="", max_length=200)
    place: str = Field(default="", max_length=200)
    due_on: date | None = None
    performance: str = Field(default="pending", max_length=24)
    performed_on: date | None = None


class AgreementDraftRow(SQLModel, table=True):
    """The agreement being written, before it is signed: printed for signatures, then recorded
    as the case's agreement (case_agreement + agreement_term) and deleted."""

    __tablename__ = "case_agreement_draft"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("mediation_case.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        )
    )
    form: str = Field(max_length=16)
    reached_on: date
    facts: str = Field(default="", sa_type=Text)
    disputed_matters: str = Field(default="", sa_type=Text)
    responsibilities: str = Field(default="", sa_type=Text)
    performance_method: str = Field(default="", sa_type=Text)
    terms: str = Field(default="[]", sa_type=Text)


class JudicialConfirmationRow(SQLModel, table=True):
    """司法确认: the joint application and the court's ruling (art 33)."""

    __tablename__ = "case_judicial_confirmation"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    applied_on: date
    court: str = Field(max_length=200)
    applicants: str = Field(sa_type=Text)
    ruling: str = Field(default="pending", max_length=16)
    ruling_on: date | None = None
    ruling_no: str = Field(default="", max_length=200)


class RecusalRow(SQLModel, table=True):
    """回避: a party asked for a mediator to be replaced (domain.lifecycle.recusal.Recusal)."""

    __tablename__ = "case_recusal"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    mediator_uuid: str = Field(max_length=36)
    requested_by: str = Field(max_length=100)
    requested_on: date
    reason: str = Field(default="", max_length=200)
    replacement_uuid: str = Field(default="", max_length=36)
    replaced_on: date | None = None


class PublicityRow(SQLModel, table=True):
    """Public or non-public mediation as the parties asked (art 23); the latest row holds."""

    __tablename__ = "case_publicity"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    publicity: str = Field(max_length=16)
    requested_by: str = Field(max_length=200)
    recorded_on: date
    involves_privacy: bool = False
    objected_by: str = Field(default="[]", sa_type=Text)


class MediatorRelativeRow(SQLModel, table=True):
    """A person a mediator is related to (kinship is common in a 嘎查), to warn on assignment."""

    __tablename__ = "mediator_relative"

    id: int | None = Field(default=None, primary_key=True)
    mediator_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("mediator.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    name: str = Field(max_length=100)
    id_number: str = Field(default="", max_length=18)
    relation: str = Field(max_length=100)


RECORD_TABLES = (
    AgreementDraftRow,
    InvestigationRow,
    SessionRow,
    JudicialConfirmationRow,
    RecusalRow,
    PublicityRow,
)
