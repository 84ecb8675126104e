"""The audit log: who changed or viewed what, when (People's Mediation Law art 15; PIPL).

Placeholder interface until the hash-chained log lands: `record_view` is what screens call
when someone reveals a sensitive field (a full ID number).
"""

from __future__ import annotations

from mediation_desk.db.engine import Database


class AuditService:
    """Appends entries to the audit log and reads them back."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record_view(self, case_uuid: str, what: str) -> None:
        """Someone was shown a sensitive field of a case (e.g. `parties[0].id_number`)."""
        del case_uuid, what  # recorded once the audit log exists
