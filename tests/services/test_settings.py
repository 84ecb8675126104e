"""Settings: defaults until changed, stored as text, typed when read back."""

from __future__ import annotations

from dataclasses import replace

from mediation_desk.services.bootstrap import Services
from mediation_desk.services.settings import Settings


def test_defaults_then_saved_values_come_back_typed(services: Services) -> None:
    assert services.settings.get() == Settings()
    changed = replace(Settings(), idle_lock_minutes=5, mediators_read_others=False)
    services.settings.save(changed)
    assert services.settings.get() == changed
