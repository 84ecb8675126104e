"""The sweep's fixtures: the services on a temporary SQLite file, holding one saved case."""

from __future__ import annotations

import pytest

from mediation_desk.domain.models import Case
from mediation_desk.services.bootstrap import Services
from tests.services.conftest import db_path, make_draft, services

__all__ = ["db_path", "saved", "services"]


@pytest.fixture
def saved(services: Services) -> Case:
    """A case saved before the bad input arrives; it must come through unchanged."""
    return services.cases.register(make_draft(services))
