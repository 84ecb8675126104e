"""Validation findings: a field path, an untranslated code, a severity and display parameters."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum


class Severity(StrEnum):
    """An error blocks saving; a warning is shown but the mediator may save anyway."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One finding about one field, e.g. `parties[0].id_number` / `id_number.checksum`."""

    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: tuple[tuple[str, str], ...] = ()

    @property
    def params_dict(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(field: str, code: str, **params: object) -> Issue:
    """An ERROR issue; parameter values are turned into strings for display."""
    return Issue(field, code, Severity.ERROR, _params(params))


def warning(field: str, code: str, **params: object) -> Issue:
    """A WARNING issue; parameter values are turned into strings for display."""
    return Issue(field, code, Severity.WARNING, _params(params))


def _params(params: dict[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(value)) for key, value in params.items())


def has_errors(issues: Iterable[Issue]) -> bool:
    """True when any issue is an error (warnings alone do not block saving)."""
    return any(issue.severity is Severity.ERROR for issue in issues)


def rebase(issues: Iterable[Issue], prefix: str) -> tuple[Issue, ...]:
    """Moves issues found on a sub-value under `prefix`, a field path such as `parties[0].phone`."""
    return tuple(
        replace(issue, field=f"{prefix}.{issue.field}" if issue.field else prefix)
        for issue in issues
    )
