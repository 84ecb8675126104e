"""Plain-language text for errors that reach the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mediation_desk.domain.validation import Issue
from mediation_desk.ui.access_messages import message_for  # falls back to validation texts


def describe_issues(issues: tuple[Issue, ...]) -> str:
    return "\n".join(message_for(issue) for issue in issues)


def describe_error(error: BaseException) -> str:
    """What to tell a mediator about a failed operation; details go to the log, not the screen."""
    # Imported here: the services (and SQLAlchemy) are loaded only after the window is shown.
    from sqlalchemy.exc import OperationalError

    from mediation_desk.services.errors import NotFound, ValidationFailed
    from mediation_desk.ui.access_messages import refusal_text

    refused = refusal_text(error)
    if refused is not None:
        return refused
    if isinstance(error, ValidationFailed):
        return describe_issues(error.issues)
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Errors", "The case could not be found. Another user may have changed it."
        )
    if isinstance(error, OperationalError) and "locked" in str(error).lower():
        return QCoreApplication.translate(
            "Errors", "The database is busy. Please wait a moment and try again."
        )
    return QCoreApplication.translate("Errors", "The operation failed: %1").replace(
        "%1", str(error) or type(error).__name__
    )
