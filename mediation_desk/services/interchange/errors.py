"""The one error an import or export raises: where in the document, and what is wrong."""

from __future__ import annotations

from mediation_desk.domain.validation import Issue
from mediation_desk.services.errors import ServiceError


class InterchangeError(ServiceError):
    """A file that cannot be imported (or a database that cannot be exported).

    `json_path` points at the first bad value (`$.cases[3].parties[0].id_number`); `issue` is the
    domain finding behind it when there is one, for the GUI to show in the user's language.
    """

    def __init__(self, json_path: str, message: str, issue: Issue | None = None) -> None:
        self.json_path = json_path
        self.message = message
        self.issue = issue
        super().__init__(f"{json_path}: {message}")

    def __reduce__(self) -> tuple[type[InterchangeError], tuple[str, str, Issue | None]]:
        # Keeps the error picklable, so a background job can hand it to the GUI thread.
        return (InterchangeError, (self.json_path, self.message, self.issue))
