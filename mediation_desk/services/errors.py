"""Errors a service raises for its callers (GUI and CLI) to explain to the user."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mediation_desk.domain.validation import Issue, has_errors


class ServiceError(Exception):
    """Base class: something the user can act on, not a programming error."""


class ValidationFailed(ServiceError):
    """The input breaks domain rules; `issues` say where and why."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("; ".join(f"{issue.field}: {issue.code}" for issue in self.issues))


class NotFound(ServiceError):
    """The requested case, committee or mediator does not exist."""


class CommitteeMissing(ServiceError):
    """The database has no committee yet: first-run setup has not been done."""


class TransitionRefused(ValidationFailed):
    """The state machine refuses the move; `issues` hold its blocking findings and warnings."""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(issue.code for issue in self.issues if issue.is_error)


def raise_errors(issues: Iterable[Issue]) -> None:
    """Raises ValidationFailed with all the findings when any of them is an error."""
    found = list(issues)
    if has_errors(found):
        raise ValidationFailed(found)
