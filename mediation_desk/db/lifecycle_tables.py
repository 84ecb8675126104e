"""SQLModel tables of the case lifecycle: transitions and the records each step leaves.

List-valued fields (channels told, recipients, names) are JSON arrays in a text column.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlmodel import Field, SQLModel

# The naming convention on the shared metadata is set there; import it before any table here.
from mediation_desk.db import tables as _tables  # noqa: F401
from mediation_desk.db.types import UTCDateTime


def _added_text(default: str = "", length: int | None = None) -> Any:
    """A column added by a later migration: its server default fills old rows and bulk inserts
    that leave it out (a Python-side default would put it into every compiled insert)."""
    kind = Text if length is None else String(length)
    return Field(default=default, sa_column=Column(kind, server_default=default, nullable=False))


def _case_id() -> Any:
    return Field(
        sa_column=Column(
            Integer, ForeignKey("mediation_case.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )


class CaseTransitionRow(SQLModel, table=True):
    """One move of the state machine: who, when, why (domain.lifecycle.states.Transition)."""

    __tablename__ = "case_transition"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    from_status: str = Field(max_length=24)
    to_status: str = Field(max_length=24)
    at: datetime = Field(sa_type=UTCDateTime)
    made_by: str = Field(max_length=100)
    reason: str = Field(default="", sa_type=Text)
    codes: str = Field(default="[]", sa_type=Text)


class CaseDecisionRow(SQLModel, table=True):
    """Acceptance or decline (受理 / 不予受理), with the refusal behind an art 17 decline."""

    __tablename__ = "case_decision"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    accepted: bool
    decided_on: date
    decided_by: str = Field(max_length=100)
    reason_code: str = Field(default="", max_length=40)
    reason_text: str = Field(default="", sa_type=Text)
    channels_told: str = Field(default="[]", sa_type=Text)
    refusal_party: str = Field(default="", max_length=100)
    refusal_on: date | None = None
    refusal_method: str = Field(default="", max_length=16)


class CaseRefusalRow(SQLModel, table=True):
    """A party expressly refused mediation (art 17)."""

    __tablename__ = "case_refusal"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    party: str = Field(max_length=100)
    refused_on: date
    method: str = Field(max_length=16)
    note: str = Field(default="", sa_type=Text)


class CaseRightsNoticeRow(SQLModel, table=True):
    """The rights-and-duties notice (权利义务告知)."""

    __tablename__ = "case_rights_notice"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    given_on: date
    given_to: str = Field(sa_type=Text)
    method: str = Field(max_length=16)
    given_by: str = Field(max_length=100)


class CaseDiversionRow(SQLModel, table=True):
    """A diversion (分流) to another channel and the receiving body's feedback (反馈)."""

    __tablename__ = "case_diversion"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    channel_code: str = Field(max_length=40)
    receiving_body: str = Field(max_length=200)
    reason: str = Field(sa_type=Text)
    diverted_on: date
    warnings_told: str = Field(default="[]", sa_type=Text)
    needs_met: str = Field(default="[]", sa_type=Text)
    feedback: str = Field(default="awaiting", max_length=16)
    feedback_on: date | None = None
    feedback_note: str = Field(default="", sa_type=Text)
    feedback_due_on: date | None = None


class CaseAgreementRow(SQLModel, table=True):
    """An agreement (written or oral), its performance dates and how performance stands."""

    __tablename__ = "case_agreement"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    form: str = Field(max_length=16)
    reached_on: date
    signed_on: date | None = None
    effective_on: date | None = None
    performance_due: str = Field(default="[]", sa_type=Text)
    performance: str = Field(default="pending", max_length=24)
    confirmation_applied_on: date | None = None
    # What the agreement says (art 29); its terms are agreement_term rows.
    facts: str = _added_text()
    disputed_matters: str = _added_text()
    responsibilities: str = _added_text()
    performance_method: str = _added_text()


class CaseTerminationRow(SQLModel, table=True):
    """Mediation ended without agreement, with the channels explained (art 26)."""

    __tablename__ = "case_termination"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    reason: str = Field(max_length=16)
    terminated_on: date
    channels_explained: str = Field(default="[]", sa_type=Text)
    refusal_party: str = Field(default="", max_length=100)
    refusal_on: date | None = None
    refusal_method: str = Field(default="", max_length=16)
    note: str = Field(default="", sa_type=Text)


class CaseFollowUpRow(SQLModel, table=True):
    """A follow-up visit (回访) and the performance it found (art 31)."""

    __tablename__ = "case_follow_up"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    visited_on: date
    visited_by: str = Field(max_length=100)
    performance: str = Field(max_length=24)
    channels_explained: str = Field(default="[]", sa_type=Text)
    note: str = Field(default="", sa_type=Text)
    way: str = _added_text("visit", 16)
    visited_persons: str = _added_text("", 200)
    attitude: str = _added_text()
    new_risks: str = _added_text()
    measures: str = _added_text()


class CaseEscalationRow(SQLModel, table=True):
    """An escalation report (art 25) made when the case reached `level`."""

    __tablename__ = "case_escalation"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    level: str = Field(max_length=16)
    recipients: str = Field(sa_type=Text)
    other_recipient: str = Field(default="", max_length=100)
    reported_at: datetime = Field(sa_type=UTCDateTime)
    method: str = Field(max_length=16)
    measures: str = Field(sa_type=Text)
    reported_by: str = Field(max_length=100)


class CaseExtensionRow(SQLModel, table=True):
    """Both parties agreed to go on mediating past the time limit."""

    __tablename__ = "case_extension"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_id()
    agreed_on: date
    until: date
    both_parties_consent: bool
    note: str = Field(default="", sa_type=Text)


LIFECYCLE_RECORD_TABLES = (
    CaseDecisionRow,
    CaseRefusalRow,
    CaseRightsNoticeRow,
    CaseDiversionRow,
    CaseAgreementRow,
    CaseTerminationRow,
    CaseFollowUpRow,
    CaseEscalationRow,
    CaseExtensionRow,
)
