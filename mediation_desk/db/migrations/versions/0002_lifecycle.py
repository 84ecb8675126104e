"""case lifecycle: transitions, acceptance, diversion, outcomes, escalation, clock facts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Written out here, not imported from db/: migrations must not change when the models do.
RECORD_TABLES = (
    "case_agreement",
    "case_decision",
    "case_diversion",
    "case_escalation",
    "case_extension",
    "case_follow_up",
    "case_refusal",
    "case_rights_notice",
    "case_termination",
    "case_transition",
)


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Text(), nullable=False)


def _string(name: str, length: int) -> sa.Column[Any]:
    return sa.Column(name, sa.String(length=length), nullable=False)


def _date(name: str, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _record_table(name: str, *columns: sa.Column[Any]) -> None:
    """A table of per-case records: id, case_id (cascading, indexed), then `columns`."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f(f"fk_{name}_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_case_id"), ["case_id"], unique=False)


def upgrade() -> None:
    _record_table(
        "case_agreement",
        _string("form", 16),
        _date("reached_on"),
        _date("signed_on", True),
        _date("effective_on", True),
        _text("performance_due"),
        _string("performance", 24),
        _date("confirmation_applied_on", True),
    )
    _record_table(
        "case_decision",
        sa.Column("accepted", sa.Boolean(), nullable=False),
        _date("decided_on"),
        _string("decided_by", 100),
        _string("reason_code", 40),
        _text("reason_text"),
        _text("channels_told"),
        _string("refusal_party", 100),
        _date("refusal_on", True),
        _string("refusal_method", 16),
    )
    _record_table(
        "case_diversion",
        _string("channel_code", 40),
        _string("receiving_body", 200),
        _text("reason"),
        _date("diverted_on"),
        _text("warnings_told"),
        _text("needs_met"),
        _string("feedback", 16),
        _date("feedback_on", True),
        _text("feedback_note"),
        _date("feedback_due_on", True),
    )
    _record_table(
        "case_escalation",
        _string("level", 16),
        _text("recipients"),
        _string("other_recipient", 100),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        _string("method", 16),
        _text("measures"),
        _string("reported_by", 100),
    )
    _record_table(
        "case_extension",
        _date("agreed_on"),
        _date("until"),
        sa.Column("both_parties_consent", sa.Boolean(), nullable=False),
        _text("note"),
    )
    _record_table(
        "case_follow_up",
        _date("visited_on"),
        _string("visited_by", 100),
        _string("performance", 24),
        _text("channels_explained"),
        _text("note"),
    )
    _record_table(
        "case_refusal",
        _string("party", 100),
        _date("refused_on"),
        _string("method", 16),
        _text("note"),
    )
    _record_table(
        "case_rights_notice",
        _date("given_on"),
        _text("given_to"),
        _string("method", 16),
        _string("given_by", 100),
    )
    _record_table(
        "case_termination",
        _string("reason", 16),
        _date("terminated_on"),
        _text("channels_explained"),
        _string("refusal_party", 100),
        _date("refusal_on", True),
        _string("refusal_method", 16),
        _text("note"),
    )
    _record_table(
        "case_transition",
        _string("from_status", 24),
        _string("to_status", 24),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _string("made_by", 100),
        _text("reason"),
        _text("codes"),
    )
    # mediation_case has no triggers (the FTS triggers are on case_search), so a batch rebuild
    # on SQLite is safe; existing cases start at the lowest risk level.
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("risk_level", sa.String(length=16), server_default="general", nullable=False)
        )
        batch_op.add_column(sa.Column("accepted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("referral_reported_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.drop_column("referral_reported_on")
        batch_op.drop_column("accepted_on")
        batch_op.drop_column("risk_level")
    for name in reversed(RECORD_TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_case_id"))
        op.drop_table(name)
