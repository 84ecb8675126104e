"""Two PCs (processes) registering at the same moment never get the same case number."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from mediation_desk.domain.search import CaseFilter
from mediation_desk.services.bootstrap import Services, open_services
from tests.services.conftest import make_draft

PER_PROCESS = 15


def _register_many(path: str, start: Any) -> None:
    services = open_services(f"sqlite:///{path}")
    start.wait()
    for _ in range(PER_PROCESS):
        services.cases.register(make_draft(services))
    services.close()


def test_concurrent_registrations_get_distinct_consecutive_numbers(
    services: Services, db_path: Path
) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_register_many, args=(str(db_path), start)) for _ in range(3)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    ids = services.case_list.matching_ids(CaseFilter())
    numbers = sorted(s.case_no for s in services.case_list.summaries(ids))
    assert len(numbers) == len(set(numbers)) == 3 * PER_PROCESS
    serials = sorted(int(n.split("第")[1].rstrip("号")) for n in numbers)
    assert serials == list(range(1, 3 * PER_PROCESS + 1))
