"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Frozen copy of db/search_index.py's DDL as of this revision: migrations must not change later.
SQLITE_SEARCH_DDL = (
    """CREATE VIRTUAL TABLE case_search_fts USING fts5(
        tokens, content='case_search', content_rowid='case_id',
        tokenize='unicode61 remove_diacritics 0')""",
    """CREATE VIRTUAL TABLE case_codes_fts USING fts5(
        codes, content='case_search', content_rowid='case_id', tokenize='trigram')""",
    """CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN
        INSERT INTO case_search_fts(rowid, tokens) VALUES (new.case_id, new.tokens);
        INSERT INTO case_codes_fts(rowid, codes) VALUES (new.case_id, new.codes);
    END""",
    """CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
        INSERT INTO case_search_fts(case_search_fts, rowid, tokens)
        VALUES ('delete', old.case_id, old.tokens);
        INSERT INTO case_codes_fts(case_codes_fts, rowid, codes)
        VALUES ('delete', old.case_id, old.codes);
    END""",
    """CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN
        INSERT INTO case_search_fts(case_search_fts, rowid, tokens)
        VALUES ('delete', old.case_id, old.tokens);
        INSERT INTO case_codes_fts(case_codes_fts, rowid, codes)
        VALUES ('delete', old.case_id, old.codes);
        INSERT INTO case_search_fts(rowid, tokens) VALUES (new.case_id, new.tokens);
        INSERT INTO case_codes_fts(rowid, codes) VALUES (new.case_id, new.codes);
    END""",
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "category",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_zh", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_category")),
    )
    op.create_table(
        "committee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("division_code", sa.String(length=12), nullable=False),
        sa.Column("case_no_pattern", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
        sa.UniqueConstraint("uuid", name=op.f("uq_committee_uuid")),
    )
    op.create_table(
        "division",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("parent_code", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_division")),
    )
    with op.batch_alter_table("division", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_division_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "ethnicity",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name_zh", sa.String(length=20), nullable=False),
        sa.Column("name_en", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ethnicity")),
    )
    op.create_table(
        "case_number_counter",
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_case_number_counter_committee_id_committee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("committee_id", "year", name=op.f("pk_case_number_counter")),
    )
    op.create_table(
        "mediation_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("case_no", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("application_form", sa.String(length=16), nullable=True),
        sa.Column("referral_body", sa.String(length=200), nullable=False),
        sa.Column("referral_reference", sa.String(length=200), nullable=False),
        sa.Column("category_code", sa.String(length=40), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("requests", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("people_involved", sa.Integer(), nullable=True),
        sa.Column("place_division_code", sa.String(length=12), nullable=False),
        sa.Column("place_detail", sa.String(length=200), nullable=False),
        sa.Column("mediator_selection", sa.String(length=32), nullable=False),
        sa.Column("parties_display", sa.Text(), nullable=False),
        sa.Column("mediators_display", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_code"],
            ["category.code"],
            name=op.f("fk_mediation_case_category_code_category"),
        ),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_mediation_case_committee_id_committee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_case")),
        sa.UniqueConstraint("committee_id", "case_no", name="uq_case_no"),
        sa.UniqueConstraint("committee_id", "year", "serial", name="uq_case_serial"),
        sa.UniqueConstraint("uuid", name=op.f("uq_mediation_case_uuid")),
    )
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.create_index("ix_case_category", ["category_code"], unique=False)
        batch_op.create_index("ix_case_received", ["received_on", "id"], unique=False)
        batch_op.create_index("ix_case_status", ["status"], unique=False)

    op.create_table(
        "mediator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("ethnicity", sa.String(length=4), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("speaks_mongolian", sa.Boolean(), nullable=False),
        sa.Column("speaks_chinese", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_mediator_committee_id_committee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mediator_uuid")),
    )
    op.create_table(
        "case_mediator",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_mediator_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"],
            ["mediator.id"],
            name=op.f("fk_case_mediator_mediator_id_mediator"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("case_id", "mediator_id", name=op.f("pk_case_mediator")),
    )
    with op.batch_alter_table("case_mediator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_mediator_mediator_id"), ["mediator_id"], unique=False
        )

    op.create_table(
        "case_search",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("tokens", sa.Text(), nullable=False),
        sa.Column("codes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_search_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_search")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH_DDL:
            op.execute(statement)
    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("ethnicity", sa.String(length=4), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("occupation", sa.String(length=200), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("legal_representative", sa.String(length=100), nullable=False),
        sa.Column("representative_title", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_party_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
        sa.UniqueConstraint("uuid", name=op.f("uq_party_uuid")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_id_number"), ["id_number"], unique=False)

    op.create_table(
        "agent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("authority", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_agent_party_id_party"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agent_uuid")),
    )
    with op.batch_alter_table("agent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agent_party_id"), ["party_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("agent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agent_party_id"))

    op.drop_table("agent")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_id_number"))
        batch_op.drop_index(batch_op.f("ix_party_case_id"))

    op.drop_table("party")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_search_fts")
        op.execute("DROP TABLE IF EXISTS case_codes_fts")
    op.drop_table("case_search")
    with op.batch_alter_table("case_mediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_mediator_mediator_id"))

    op.drop_table("case_mediator")
    op.drop_table("mediator")
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.drop_index("ix_case_status")
        batch_op.drop_index("ix_case_received")
        batch_op.drop_index("ix_case_category")

    op.drop_table("mediation_case")
    op.drop_table("case_number_counter")
    op.drop_table("ethnicity")
    with op.batch_alter_table("division", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_division_parent_code"))

    op.drop_table("division")
    op.drop_table("committee")
    op.drop_table("category")
