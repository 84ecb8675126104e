"""The committee's settings kept in the database (app_setting): typed, with defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from mediation_desk.db.access_tables import SettingRow
from mediation_desk.db.engine import Database
from mediation_desk.domain.access.roles import Action
from mediation_desk.domain.validation.issues import Issue, error
from mediation_desk.services.errors import ValidationFailed

if TYPE_CHECKING:
    from mediation_desk.services.access import AccessGuard


@dataclass(frozen=True)
class Settings:
    """Every setting with its default; stored as text, one row per setting that was changed."""

    idle_lock_minutes: int = 15  # lock the app after this long without input (0: never)
    mediators_read_others: bool = True  # mediators may read (not change) colleagues' cases
    failed_sign_in_limit: int = 5  # wrong passwords before the account waits (back-off)
    retention_years: int = 30  # archived cases are listed for deletion after this many years


# The values a setting may take (the settings dialog's spin boxes have the same limits).
RANGES: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (0, 480),
    "failed_sign_in_limit": (0, 50),
    "retention_years": (1, 100),
}


def settings_issues(settings: Settings) -> list[Issue]:
    """A number outside its range is refused at its field."""
    issues = []
    for name, (low, high) in RANGES.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            issues.append(error(name, "setting.out_of_range", min=low, max=high))
    return issues


def _parse(kind: Any, text: str) -> Any:
    if kind in (bool, "bool"):
        return text == "true"
    if kind in (int, "int"):
        return int(text)
    return text


def _format(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class SettingsService:
    """Reads and changes the settings; each change is one transaction."""

    def __init__(self, db: Database, access: AccessGuard | None = None) -> None:
        self._db = db
        self._access = access  # None: the guard's own reader, or a database without accounts

    def get(self) -> Settings:
        with self._db.read() as session:
            stored = {row.key: row.value for row in session.exec(select(SettingRow)).all()}
        values: dict[str, Any] = {}
        for field in fields(Settings):
            if field.name in stored:
                try:
                    values[field.name] = _parse(field.type, stored[field.name])
                except ValueError:
                    continue  # a damaged value falls back to the default
        return replace(Settings(), **values)

    def save(self, settings: Settings) -> None:
        """Only the committee director changes settings (once the database has accounts)."""
        from mediation_desk.services.access import guard_for

        guard_for(self._db, self._access).require(Action.CHANGE_SETTINGS)
        issues = settings_issues(settings)
        if issues:
            raise ValidationFailed(issues)
        with self._db.write() as session:
            for field in fields(Settings):
                value = _format(getattr(settings, field.name))
                row = session.get(SettingRow, field.name)
                if row is None:
                    session.add(SettingRow(key=field.name, value=value))
                elif row.value != value:
                    row.value = value
                    session.add(row)
