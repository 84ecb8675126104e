"""Helpers shared by CLI commands: opening the services, printing errors plainly."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services

# Command modules import services inside their handlers: `mediation-desk` (the GUI) must start
# without loading SQLAlchemy, so nothing imported at CLI start-up may pull it in.


@contextmanager
def services_for(target: str | None) -> Iterator[Services]:
    """Opens (and migrates) the selected database for one command."""
    from mediation_desk.services.bootstrap import open_services, resolve_target

    services = open_services(resolve_target(target, os.environ.get("MEDIATION_DESK_DB")))
    try:
        yield services
    finally:
        services.close()


def fail(message: str, code: int = 1) -> int:
    print(f"mediation-desk: {message}", file=sys.stderr)
    return code
