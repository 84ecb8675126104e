"""The error a builder raises when the case lacks what its document has to say."""

from __future__ import annotations


class MissingDocumentData(ValueError):
    """The case has no record for this document yet (e.g. no agreement drafted or recorded)."""

    def __init__(self, kind: str, case_no: str, missing: str) -> None:
        self.kind = kind
        self.case_no = case_no
        self.missing = missing
        super().__init__(f"{case_no}: no {missing} yet, so there is no '{kind}' document")
