"""SQLModel tables. Only `db/` and `services/` see them; everything else gets domain objects."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from mediation_desk.db.types import UTCDateTime, utc_now

# Named constraints, so that Alembic's batch mode on SQLite can find them again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _created() -> datetime:
    return utc_now()


class CommitteeRow(SQLModel, table=True):
    __tablename__ = "committee"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    name: str = Field(max_length=200)
    short_name: str = Field(max_length=40)
    division_code: str = Field(max_length=12)
    case_no_pattern: str = Field(max_length=200)
    address: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    seal_text: str = Field(
        default="", sa_column=Column(String(200), server_default="", nullable=False)
    )
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class MediatorRow(SQLModel, table=True):
    __tablename__ = "mediator"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    committee_id: int = Field(
        sa_column=Column(Integer, ForeignKey("committee.id", ondelete="CASCADE"), nullable=False)
    )
    name: str = Field(max_length=100)
    gender: str | None = Field(default=None, max_length=16)
    ethnicity: str = Field(default="", max_length=4)
    phone: str = Field(default="", max_length=40)
    speaks_mongolian: bool = False
    speaks_chinese: bool = True
    kind: str = Field(max_length=16)
    active: bool = True
    position: int = 0


class DivisionRow(SQLModel, table=True):
    __tablename__ = "division"

    code: str = Field(primary_key=True, max_length=12)
    name: str = Field(max_length=100)
    level: str = Field(max_length=16)
    parent_code: str = Field(max_length=12, index=True)


class CategoryRow(SQLModel, table=True):
    __tablename__ = "category"

    code: str = Field(primary_key=True, max_length=40)
    name_zh: str = Field(max_length=40)
    name_en: str = Field(max_length=80)
    sort_order: int = 0
    active: bool = True


class EthnicityRow(SQLModel, table=True):
    __tablename__ = "ethnicity"

    code: str = Field(primary_key=True, max_length=4)
    name_zh: str = Field(max_length=20)
    name_en: str = Field(max_length=40)


class CaseNumberCounterRow(SQLModel, table=True):
    """The last serial handed out per committee and year; serials are never reused."""

    __tablename__ = "case_number_counter"

    committee_id: int = Field(
        sa_column=Column(Integer, ForeignKey("committee.id", ondelete="CASCADE"), primary_key=True)
    )
    year: int = Field(primary_key=True)
    last_serial: int = 0


class CaseRow(SQLModel, table=True):
    __tablename__ = "mediation_case"
    __table_args__ = (
        UniqueConstraint("committee_id", "year", "serial", name="uq_case_serial"),
        UniqueConstraint("committee_id", "case_no", name="uq_case_no"),
        Index("ix_case_received", "received_on", "id"),
        Index("ix_case_status", "status"),
        Index("ix_case_category", "category_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    committee_id: int = Field(
        sa_column=Column(Integer, ForeignKey("committee.id", ondelete="CASCADE"), nullable=False)
    )
    case_no: str = Field(max_length=120)
    year: int
    serial: int
    status: str = Field(max_length=24)
    received_on: date
    source: str = Field(max_length=32)
    application_form: str | None = Field(default=None, max_length=16)
    referral_body: str = Field(default="", max_length=200)
    referral_reference: str = Field(default="", max_length=200)
    category_code: str = Field(foreign_key="category.code", max_length=40)
    facts: str = Field(sa_type=Text)
    requests: str = Field(default="", sa_type=Text)
    amount_fen: int | None = Field(default=None, sa_type=BigInteger)
    people_involved: int | None = None
    place_division_code: str = Field(default="", max_length=12)
    place_detail: str = Field(default="", max_length=200)
    mediator_selection: str = Field(max_length=32)
    parties_display: str = Field(default="", sa_type=Text)
    mediators_display: str = Field(default="", max_length=400)
    # Lifecycle facts read by the clocks and the worklist (the records are in lifecycle_tables).
    # A server default only: bulk inserts that leave the column out (demo data) get it too.
    risk_level: str = Field(
        default="general",
        sa_column=Column(String(16), server_default="general", nullable=False),
    )
    risk_indicators: str = Field(
        default="[]", sa_column=Column(Text, server_default="[]", nullable=False)
    )  # JSON list of domain.lifecycle.risk.RiskIndicator codes
    accepted_on: date | None = None
    referral_reported_on: date | None = None
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class CaseSearchRow(SQLModel, table=True):
    """Everything searchable about a case, segmented (domain.search.search_columns).

    On SQLite the FTS5 index `case_search_fts` follows this table through triggers (see
    db/search_index.py); a batch-mode migration that rebuilds this table must recreate them.
    """

    __tablename__ = "case_search"

    case_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True
        )
    )
    tokens: str = Field(sa_type=Text)
    codes: str = Field(default="", sa_type=Text)


class PartyRow(SQLModel, table=True):
    __tablename__ = "party"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    case_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("mediation_case.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    role: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    name: str = Field(max_length=100)
    gender: str | None = Field(default=None, max_length=16)
    ethnicity: str = Field(default="", max_length=4)
    birth_date: date | None = None
    id_number: str = Field(default="", max_length=18, index=True)
    occupation: str = Field(default="", max_length=200)
    credit_code: str = Field(default="", max_length=18)
    legal_representative: str = Field(default="", max_length=100)
    representative_title: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=40)
    address: str = Field(default="", max_length=200)


class AgentRow(SQLModel, table=True):
    __tablename__ = "agent"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    party_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("party.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    kind: str = Field(max_length=24)
    name: str = Field(max_length=100)
    phone: str = Field(default="", max_length=40)
    authority: str = Field(default="", sa_type=Text)


class CaseMediatorRow(SQLModel, table=True):
    __tablename__ = "case_mediator"

    case_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True
        )
    )
    mediator_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("mediator.id", ondelete="RESTRICT"), primary_key=True, index=True
        )
    )
    position: int = 0


metadata = SQLModel.metadata

# The lifecycle tables share this metadata (migrations and create_all see them).
from mediation_desk.db import access_tables as _access_tables  # noqa: E402, F401
from mediation_desk.db import lifecycle_tables as _lifecycle_tables  # noqa: E402, F401
from mediation_desk.db import record_tables as _record_tables  # noqa: E402, F401
