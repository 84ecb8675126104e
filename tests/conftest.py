"""Test-wide settings: Qt runs offscreen and never touches the user's real data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MEDIATION_DESK_DB", None)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Points the per-user data directory at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("userdata")
    old = os.environ.get("MEDIATION_DESK_DATA_DIR")
    os.environ["MEDIATION_DESK_DATA_DIR"] = str(home)
    yield home
    if old is None:
        os.environ.pop("MEDIATION_DESK_DATA_DIR", None)
    else:
        os.environ["MEDIATION_DESK_DATA_DIR"] = old
