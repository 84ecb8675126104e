"""records: investigations, sessions, agreement content and terms, follow-up findings, judicial
confirmation, recusal, public/non-public mediation, mediators' relatives, risk indicators

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out here, not imported from db/: migrations must not change when the models do.
CASE_TABLES = (
    "case_investigation",
    "case_judicial_confirmation",
    "case_publicity",
    "case_recusal",
    "case_session",
)
AGREEMENT_COLUMNS = ("facts", "disputed_matters", "responsibilities", "performance_method")
FOLLOW_UP_TEXT_COLUMNS = ("attitude", "new_risks", "measures")


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Text(), nullable=False)


def _string(name: str, length: int) -> sa.Column[Any]:
    return sa.Column(name, sa.String(length=length), nullable=False)


def _date(name: str, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _child_table(name: str, parent: str, key: str, *columns: Any) -> None:
    """A table of rows owned by `parent` through `key` (cascading, indexed)."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(key, sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            [key], [f"{parent}.id"], name=op.f(f"fk_{name}_{key}_{parent}"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_{key}"), [key], unique=False)


def _case_table(name: str, *columns: Any) -> None:
    _child_table(name, "mediation_case", "case_id", *columns)


def _unique_uuid(name: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint("uuid", name=op.f(f"uq_{name}_uuid"))


def upgrade() -> None:
    _case_table(
        "case_investigation",
        _string("uuid", 36),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        _string("place", 200),
        _text("investigators"),
        _string("person_investigated", 100),
        _string("others_present", 200),
        _text("text"),
        _text("evidence"),
        _unique_uuid("case_investigation"),
    )
    _case_table(
        "case_session",
        _string("uuid", 36),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        _string("place", 200),
        _text("mediators"),
        _text("parties_present"),
        _text("invited"),
        sa.Column("invited_consented", sa.Boolean(), nullable=False),
        _text("statements"),
        _text("proposal"),
        _text("result"),
        _unique_uuid("case_session"),
    )
    op.create_table(
        "case_agreement_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        _string("form", 16),
        _date("reached_on"),
        *(_text(name) for name in (*AGREEMENT_COLUMNS, "terms")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_agreement_draft_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_agreement_draft")),
        sa.UniqueConstraint("case_id", name=op.f("uq_case_agreement_draft_case_id")),
    )
    _case_table(
        "case_judicial_confirmation",
        _date("applied_on"),
        _string("court", 200),
        _text("applicants"),
        _string("ruling", 16),
        _date("ruling_on", True),
        _string("ruling_no", 200),
    )
    _case_table(
        "case_recusal",
        _string("mediator_uuid", 36),
        _string("requested_by", 100),
        _date("requested_on"),
        _string("reason", 200),
        _string("replacement_uuid", 36),
        _date("replaced_on", True),
    )
    _case_table(
        "case_publicity",
        _string("publicity", 16),
        _string("requested_by", 200),
        _date("recorded_on"),
        sa.Column("involves_privacy", sa.Boolean(), nullable=False),
        _text("objected_by"),
    )
    _child_table(
        "agreement_term",
        "case_agreement",
        "agreement_id",
        sa.Column("position", sa.Integer(), nullable=False),
        _string("obligor", 200),
        _text("content"),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        _string("method", 200),
        _string("place", 200),
        _date("due_on", True),
        _string("performance", 24),
        _date("performed_on", True),
    )
    _child_table(
        "mediator_relative",
        "mediator",
        "mediator_id",
        _string("name", 100),
        _string("id_number", 18),
        _string("relation", 100),
    )
    # Existing rows get empty text; the server defaults stay on the columns so that old rows
    # and bulk inserts that leave them out read back as "" (the models default to "" too).
    with op.batch_alter_table("case_agreement", schema=None) as batch_op:
        for name in AGREEMENT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("case_follow_up", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("way", sa.String(length=16), server_default="visit", nullable=False)
        )
        batch_op.add_column(
            sa.Column("visited_persons", sa.String(length=200), server_default="", nullable=False)
        )
        for name in FOLLOW_UP_TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("risk_indicators", sa.Text(), server_default="[]", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.drop_column("risk_indicators")
    with op.batch_alter_table("case_follow_up", schema=None) as batch_op:
        for name in reversed(("way", "visited_persons", *FOLLOW_UP_TEXT_COLUMNS)):
            batch_op.drop_column(name)
    with op.batch_alter_table("case_agreement", schema=None) as batch_op:
        for name in reversed(AGREEMENT_COLUMNS):
            batch_op.drop_column(name)
    for name, key in (("mediator_relative", "mediator_id"), ("agreement_term", "agreement_id")):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_{key}"))
        op.drop_table(name)
    op.drop_table("case_agreement_draft")
    for name in reversed(CASE_TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_case_id"))
        op.drop_table(name)
