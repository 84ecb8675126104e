"""Writing the committee's cases to one interchange document."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from mediation_desk.db.engine import Database
from mediation_desk.domain.masking import mask_id_number, mask_phone
from mediation_desk.services.committee import committee_row
from mediation_desk.services.encrypted_files import CHUNK_SIZE, EncryptingWriter
from mediation_desk.services.errors import CommitteeMissing
from mediation_desk.services.interchange.codec import CaseFile, document_to_json
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.lifecycle import load_lifecycles
from mediation_desk.services.interchange.loading import (
    case_lifecycle_rows,
    load_all_cases,
    load_mediators,
)
from mediation_desk.services.interchange.paths import json_path
from mediation_desk.services.interchange.relatives import load_relatives
from mediation_desk.services.mapping import committee_from_row


def export_cases(db: Database, *, masked: bool = False) -> dict[str, Any]:
    """The whole database as one document, read in a single transaction (a consistent snapshot).

    Cases come ordered by (year, serial), mediators, parties and agents in their stored order, and
    nothing in it depends on when it was made: the same data always gives the same document.
    """
    with db.read() as session:
        try:
            committee = committee_row(session)
        except CommitteeMissing:
            raise InterchangeError(
                json_path(["committee"]), "this database has no committee yet; nothing to export"
            ) from None
        assert committee.id is not None
        rows = case_lifecycle_rows(session, committee.id)
        lifecycles = load_lifecycles(session.connection(), rows)
        mediators = tuple(load_mediators(session, committee.id))
        relatives = load_relatives(session.connection())
        content = CaseFile(
            committee=committee_from_row(committee),
            mediators=mediators,
            cases=tuple(load_all_cases(session, committee.id)),
            lifecycles=tuple(lifecycles[row.id] for row in rows),
            relatives=tuple(relatives.get(m.uuid, ()) for m in mediators),
        )
    document = document_to_json(content)
    return mask_document(document) if masked else document


def mask_document(document: dict[str, Any]) -> dict[str, Any]:
    """Masks the parties', agents' and relatives' ID and phone numbers in place (PIPL art 51):
    a masked file is for reading elsewhere; importing it back fails the ID number checks."""
    for case in document["cases"]:
        for party in case["parties"]:
            party["id_number"] = mask_id_number(party["id_number"])
            party["phone"] = mask_phone(party["phone"])
            for agent in party["agents"]:
                agent["phone"] = mask_phone(agent["phone"])
    for mediator in document["mediators"]:
        for relative in mediator.get("relatives", ()):
            relative["id_number"] = mask_id_number(relative["id_number"])
    return document


def render(document: dict[str, Any]) -> str:
    """The file's text: UTF-8 characters as they are (not \\u escapes), two-space indent."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_export(
    db: Database, path: Path, passphrase: str | None = None, *, masked: bool = False
) -> int:
    """Exports to `path` (replaced only once the new file is complete); returns the case count.

    With a passphrase the file is encrypted as it is written (services/encrypted_files).
    """
    document = export_cases(db, masked=masked)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if passphrase is None:
            with partial.open("w", encoding="utf-8", newline="\n") as handle:
                handle.write(render(document))
        else:
            with partial.open("wb") as raw:
                encrypted = io.BufferedWriter(EncryptingWriter(raw, passphrase), CHUNK_SIZE)
                text = render(document)
                with io.TextIOWrapper(encrypted, encoding="utf-8", newline="\n") as handle:
                    for start in range(0, len(text), CHUNK_SIZE):  # never all of it twice
                        handle.write(text[start : start + CHUNK_SIZE])
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return len(document["cases"])
