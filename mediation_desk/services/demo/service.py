"""`generate_demo`: fills a database with realistic demo cases in one write transaction."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from mediation_desk.db.engine import Database
from mediation_desk.db.tables import CaseRow, CategoryRow
from mediation_desk.db.types import utc_now
from mediation_desk.services.audit import record_summary
from mediation_desk.services.demo import numbers
from mediation_desk.services.demo.generator import CaseGenerator
from mediation_desk.services.demo.places import DemoPlaces
from mediation_desk.services.demo.setup import prepare
from mediation_desk.services.demo.writer import BATCH_SIZE, BulkWriter, table
from mediation_desk.services.lifecycle_reference import load_lifecycle_reference
from mediation_desk.services.reference import ReferenceService

Progress = Callable[[int, int], None]
LARGE_CACHE_KIB = -256 * 1024  # negative: a size in KiB rather than a number of pages


@dataclass(frozen=True)
class DemoReport:
    """What `generate_demo` added: how many cases, their number range and how long it took."""

    cases: int
    first_case_no: str
    last_case_no: str
    seconds: float


def _uuid_source() -> Callable[[], str]:
    """UUIDs are identities, not content: unique per run even when the seed repeats."""
    return numbers.OrderedUuids(random.Random(os.urandom(32)), time.time_ns() // 1_000_000)


@contextmanager
def _large_cache(connection: Connection) -> Iterator[Connection]:
    """Lets SQLite keep the index pages of a big insert in memory (up to 256 MiB), then restores.

    With the default 2 MB cache, inserting into indexes on random keys (UUIDs, ID numbers)
    keeps evicting and re-reading pages: twice as slow at 100,000 cases.
    """
    if connection.dialect.name != "sqlite":
        yield connection
        return
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = {LARGE_CACHE_KIB}")
    try:
        yield connection
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def generate_demo(
    db: Database,
    *,
    cases: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    """Adds `cases` demo cases received over the last six years up to `today`.

    Creates a demo committee and mediators when the database has none. The same seed on the
    same database gives the same cases (UUIDs aside); on a database that already holds cases
    the seed is combined with their count, so a second run adds different cases, numbered on
    after the existing ones. Everything happens in one write transaction: other writers wait
    (readers do not), and a failure leaves the database as it was.
    """
    if cases < 1:
        raise ValueError("the number of demo cases must be at least 1")
    started = time.perf_counter()
    today = today or date.today()
    tree = ReferenceService(db).divisions()
    new_id = _uuid_source()
    first_no = last_no = ""
    with db.write() as session, _large_cache(session.connection()) as connection:
        existing = connection.execute(select(func.count()).select_from(table(CaseRow))).scalar_one()
        rng = random.Random(seed if existing == 0 else f"{seed}:{existing}")
        setup = prepare(connection, tree, rng, new_id, today)
        categories = table(CategoryRow)
        active = connection.execute(
            select(categories.c.code).where(categories.c.active.is_(True))
        ).scalars()
        generator = CaseGenerator(
            rng,
            new_id,
            DemoPlaces(tree, setup.division_code, rng),
            setup.mediators,
            today=today,
            now=utc_now(),
            categories=list(active),
            reference=load_lifecycle_reference(),
        )
        writer = BulkWriter(
            connection,
            committee_id=setup.committee_id,
            pattern=setup.case_no_pattern,
            short_name=setup.short_name,
            mediators=setup.staff,
        )
        dates = generator.received_dates(cases)
        for start in range(0, cases, BATCH_SIZE):
            batch = [generator.case(day) for day in dates[start : start + BATCH_SIZE]]
            written = writer.write(batch)
            first_no = first_no or written[0]
            last_no = written[-1]
            if progress is not None:
                progress(start + len(batch), cases)
        writer.finish()
        record_summary(
            session,
            "demo",
            "demo",
            cases=(None, cases),
            first_case_no=(None, first_no),
            last_case_no=(None, last_no),
            seed=(None, seed),
        )
    return DemoReport(cases, first_no, last_no, time.perf_counter() - started)
