"""Reading an interchange file into the database: all of it in one transaction, or nothing."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.tables import CommitteeRow
from mediation_desk.services.audit import record_summary
from mediation_desk.services.encrypted_files import (
    EncryptedFileError,
    decrypt_to_bytes,
    is_encrypted,
)
from mediation_desk.services.interchange.checks import (
    check_committee,
    check_domain,
    check_references,
    normalised,
)
from mediation_desk.services.interchange.codec import CaseFile, document_from_json
from mediation_desk.services.interchange.columns import Json
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.lifecycle import load_lifecycles, record_owners
from mediation_desk.services.interchange.lifecycle_checks import check_lifecycles
from mediation_desk.services.interchange.loading import (
    case_lifecycle_rows,
    load_cases_by_uuid,
    load_mediators,
)
from mediation_desk.services.interchange.paths import ROOT
from mediation_desk.services.interchange.record_checks import (
    RECORD_UUID_KINDS,
    check_records,
    check_relatives,
)
from mediation_desk.services.interchange.relatives import load_relatives
from mediation_desk.services.interchange.schema import (
    check_characters,
    check_header,
    check_structure,
)
from mediation_desk.services.interchange.store import read_state, write_content
from mediation_desk.services.interchange.upgrade import carried_forward
from mediation_desk.services.lifecycle_reference import LifecycleReference
from mediation_desk.services.mapping import committee_from_row


class PassphraseNeeded(EncryptedFileError):
    """The file is encrypted and no passphrase was given (the caller asks for one)."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did to the cases (and, for information, to the mediators)."""

    created: int
    updated: int
    unchanged: int
    mediators_created: int = 0
    mediators_updated: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


def import_file(
    db: Database,
    path: Path,
    today: date,
    reference: LifecycleReference | None = None,
    passphrase: str | None = None,
) -> ImportReport:
    """Imports a file written by `export` (here or on another computer), encrypted or not.

    Raises InterchangeError naming the first bad value; OSError when the file cannot be read;
    EncryptedFileError for a wrong passphrase or an encrypted file changed since (nothing is
    written then: the whole file is checked before anything is read from it).
    """
    if is_encrypted(path):
        if passphrase is None:
            raise PassphraseNeeded(f"{path.name} is encrypted: a passphrase is needed")
        with path.open("rb") as handle:  # hashed as it lies on disk, without a second copy
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        source = f"{path.name} (encrypted, sha256 {digest})"
        data = decrypt_to_bytes(path, passphrase)
    else:
        data = path.read_bytes()
        source = f"{path.name} (sha256 {hashlib.sha256(data).hexdigest()})"
    return import_document(db, parse_document(data), today, reference, source=source)


def read_document(path: Path) -> object:
    """The parsed JSON of a file, or an InterchangeError saying where it stops making sense."""
    return parse_document(path.read_bytes())


def parse_document(data: bytes) -> object:
    """The parsed JSON of a file's bytes (see read_document)."""
    try:
        text = data.decode("utf-8-sig")  # Windows Notepad may start the file with a BOM
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise InterchangeError(
            ROOT,
            f"the file is not UTF-8 text (byte 0x{data[error.start]:02x} at line {line}, "
            f"column {column}); export it again or save it as UTF-8",
        ) from None
    if not text.strip():
        raise InterchangeError(ROOT, "the file is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        reason = error.msg.removesuffix(" starting at")  # "Unterminated string starting at"
        cut = error.pos >= len(text.rstrip()) or reason == "Unterminated string"
        hint = " — the file seems to be cut short" if cut else ""
        raise InterchangeError(
            ROOT, f"not valid JSON at line {error.lineno}, column {error.colno}: {reason}{hint}"
        ) from None
    except RecursionError:
        raise InterchangeError(ROOT, "not a case file: JSON nested too deeply") from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise InterchangeError(ROOT, "not a case file: a number is too long") from None


def import_document(
    db: Database,
    document: object,
    today: date,
    reference: LifecycleReference | None = None,
    *,
    source: str = "",
) -> ImportReport:
    """Checks a parsed document (schema, domain rules, references), then writes it at once.

    Everything after the schema happens in one write transaction, so what is checked is what is
    written to. Cases identical to the stored ones are not checked again: they change nothing.
    A file of an older version keeps what it cannot say from the database (upgrade.py).
    """
    check_header(document)
    assert isinstance(document, dict)  # check_header rejects anything else
    check_structure(document)
    check_characters(document)
    content = document_from_json(document)
    with db.write() as session:
        row = session.exec(select(CommitteeRow).order_by(col(CommitteeRow.id))).first()
        ours = committee_from_row(row) if row is not None else None
        check_committee(content.committee, ours)
        known = {m.uuid: m for m in load_mediators(session, row.id)} if row and row.id else {}
        new_mediators = [i for i, m in enumerate(content.mediators) if known.get(m.uuid) != m]
        relatives = _changed_relatives(content, load_relatives(session.connection()))
        uuids = [case.uuid for case in content.cases]
        stored = load_cases_by_uuid(session, uuids)
        rows = case_lifecycle_rows(session, uuids=uuids)
        by_id = load_lifecycles(session.connection(), rows)
        lives = {row.uuid: by_id[row.id] for row in rows}
        content = carried_forward(content, lives)
        fresh = [
            i
            for i, case in enumerate(content.cases)
            if stored.get(case.uuid) != case
            or content.lifecycle(i) not in (None, lives.get(case.uuid))
        ]
        content = normalised(content, today, fresh)
        check_domain(
            content, today, new_committee=ours is None, mediators=new_mediators, cases=fresh
        )
        check_relatives(content, relatives, today)
        state = read_state(session, content)
        check_references(content, state)
        check_lifecycles(content, fresh, reference)
        owners = record_owners(session.connection(), RECORD_UUID_KINDS, _record_uuids(content))
        mediators = state.mediators | {m.uuid for m in content.mediators}
        check_records(content, fresh, today, mediators, owners)
        changed = {content.mediators[i].uuid: content.relatives[i] for i in relatives}
        counts = write_content(session, content, row.id if row else None, stored, fresh, changed)
        record_summary(
            session,
            "import",
            "interchange",
            file=(None, source),
            created=(None, counts.created),
            updated=(None, counts.updated),
            unchanged=(None, counts.unchanged),
        )
    return ImportReport(
        created=counts.created,
        updated=counts.updated,
        unchanged=counts.unchanged,
        mediators_created=counts.mediators_created,
        mediators_updated=counts.mediators_updated,
    )


def _changed_relatives(content: CaseFile, stored: Mapping[str, tuple[Json, ...]]) -> list[int]:
    """Indexes of the file's mediators whose relatives differ from the stored ones."""
    if not content.relatives:
        return []  # a file before version 3: relatives stay as they are
    return [
        index
        for index, mediator in enumerate(content.mediators)
        if stored.get(mediator.uuid, ()) != content.relatives[index]
    ]


def _record_uuids(content: CaseFile) -> list[str]:
    return [
        item["uuid"]
        for lifecycle in content.lifecycles
        for key in RECORD_UUID_KINDS
        for item in lifecycle.items(key)
    ]
