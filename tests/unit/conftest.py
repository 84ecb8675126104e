"""Fixtures shared by the interchange tests: a demo export holding every kind of record, and
fresh databases to import it into."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.demo import generate_demo
from mediation_desk.services.interchange import export_cases

DEMO_TODAY = date(2025, 6, 1)


@pytest.fixture(scope="session")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The export of a demo database that holds every kind of lifecycle and written record
    (tests change deep copies of it)."""
    folder = tmp_path_factory.mktemp("interchange_demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(folder / "userdata"))
        services = open_services(f"sqlite:///{folder / 'demo.sqlite3'}")
        generate_demo(services.db, cases=400, seed=5, today=DEMO_TODAY)
        document = export_cases(services.db)
        services.close()
    return document


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    """Opens (and at the end closes) fresh databases by name."""
    services: list[Services] = []

    def open_one(name: str) -> Services:
        services.append(open_services(f"sqlite:///{tmp_path / name}.sqlite3"))
        return services[-1]

    yield open_one
    for service in services:
        service.close()
