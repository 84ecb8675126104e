"""One engine per process; sessions for reading and for writing with the right locking."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Select, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

_WRITE_OPTION = "mediation_desk_write"
T = TypeVar("T")


def database_url(target: str | Path) -> str:
    """Turns a file path or a URL into an SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL (None for in-memory or other dialects)."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is too late).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 15000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock up front: no upgrade deadlocks, busy_timeout applies.
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    """Creates the process's engine for an SQLite file or a PostgreSQL server."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


SYSTEM_ACTOR = "system"  # changes made with no one signed in (first run, demo, tests)
# Why the changes of this thread are made (a correction of a closed case), for write sessions.
_REASON: ContextVar[str] = ContextVar("mediation_desk_write_reason", default="")


class Database:
    """Hands out sessions: `read()` for queries, `write()` for one atomic change."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._version_lock = threading.Lock()
        self._version_connection: sqlite3.Connection | None = None
        # Who is making the changes (the signed-in user's name); every write session carries it
        # in `session.info["actor"]` for the audit log. Set by the app or CLI after sign-in.
        self.actor: Callable[[], str] = lambda: SYSTEM_ACTOR

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def fetch_column(self, statement: Select[tuple[T]]) -> list[T]:
        """The first column of every row, through the DBAPI cursor: for long id lists, where
        SQLAlchemy's per-row result processing would double the time. Plain values only."""
        compiled = statement.compile(dialect=self.engine.dialect)
        positional = compiled.positiontup or []
        parameters: Any = (
            [compiled.params[name] for name in positional] if positional else (compiled.params)
        )
        with self.engine.connect() as connection:
            cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(str(compiled), parameters)
                return [row[0] for row in cursor.fetchall()]
            finally:
                cursor.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, reason: str = "") -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        The session carries who writes (`info["actor"]`) and why (`info["reason"]`: `reason`,
        else the one set by `because()` around the call), for the guard and the audit log; every
        row it changes is logged in the audit log in the same transaction (audit_capture).
        """
        from mediation_desk.db.audit_capture import AuditedSession, write_captured

        with (
            AuditedSession(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            session.info["actor"] = self.actor()
            session.info["reason"] = reason or _REASON.get()
            yield session
            write_captured(session)  # the audit entries commit with the change itself

    @staticmethod
    @contextmanager
    def because(reason: str) -> Iterator[None]:
        """Gives every write session opened by this thread inside the block `reason` (a
        correction of a closed case goes through the ordinary service calls this way)."""
        token = _REASON.set(reason.strip())
        try:
            yield
        finally:
            _REASON.reset(token)

    def data_version(self) -> int | None:
        """A number that changes whenever any other connection commits (SQLite files only).

        Read on a connection of its own, which never writes: every commit the app makes
        through the engine, or another process makes, changes it. None where unknown.
        """
        path = sqlite_path(self.url)
        if path is None:
            return None
        with self._version_lock:
            if self._version_connection is None:
                self._version_connection = sqlite3.connect(path, check_same_thread=False)
            row = self._version_connection.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def dispose(self) -> None:
        with self._version_lock:
            if self._version_connection is not None:
                self._version_connection.close()
                self._version_connection = None
        self.engine.dispose()
