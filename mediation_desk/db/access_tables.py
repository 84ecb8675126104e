"""SQLModel tables of access and accountability: local user accounts, the append-only audit log
(each entry chained to the previous one by a hash) and the committee's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, String, Text
from sqlmodel import Field, SQLModel

from mediation_desk.db import tables as _tables  # noqa: F401  (naming convention first)
from mediation_desk.db.types import UTCDateTime


class UserRow(SQLModel, table=True):
    """A local account: mediator, committee director or justice-office reviewer."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(max_length=100)
    role: str = Field(max_length=24)
    password_hash: str = Field(sa_type=Text)
    mediator_uuid: str = Field(default="", max_length=36)  # the mediator this account is
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)


class AuditEntryRow(SQLModel, table=True):
    """One change (or viewing of sensitive data): who, when, what entity, which fields old → new.

    `hash` covers this entry's content and `prev_hash`; rows are only ever inserted.
    """

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    actor: str = Field(max_length=100)
    action: str = Field(max_length=24)
    entity: str = Field(max_length=40)
    entity_uuid: str = Field(default="", max_length=36)
    case_uuid: str = Field(default="", max_length=36, index=True)
    fields: str = Field(default="{}", sa_type=Text)  # JSON {field: [old, new]}
    reason: str = Field(default="", sa_type=Text)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class SettingRow(SQLModel, table=True):
    """A setting of this database (idle lock minutes, retention years, …) as text."""

    __tablename__ = "app_setting"

    key: str = Field(sa_column=Column(String(64), primary_key=True))
    value: str = Field(sa_type=Text)


ACCESS_TABLES = (UserRow, AuditEntryRow, SettingRow)
