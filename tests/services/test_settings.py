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


def test_a_number_out_of_range_is_refused_at_its_field(services: Services) -> None:
    import pytest

    from mediation_desk.services.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as failure:
        services.settings.save(replace(Settings(), idle_lock_minutes=-1, retention_years=10**30))
    assert [issue.field for issue in failure.value.issues] == [
        "idle_lock_minutes",
        "retention_years",
    ]
    assert services.settings.get() == Settings()  # nothing saved
