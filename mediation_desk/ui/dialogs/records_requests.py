"""What the records dialog shows (RecordsState) and asks its owner to save (RecordsRequest)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.outcomes import AgreementRecord
from mediation_desk.domain.records.models import (
    AgreementDraft,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
)
from mediation_desk.services.records import AgreementView


class RecordsAction(StrEnum):
    """One thing the dialog can ask to save; each maps to one RecordsService call."""

    SAVE_INVESTIGATION = "save_investigation"
    SAVE_SESSION = "save_session"
    DELETE_RECORD = "delete_record"
    SAVE_DRAFT = "save_draft"
    SAVE_AGREEMENT = "save_agreement"
    RECORD_AGREEMENT = "record_agreement"  # the draft, signed (or reached, if oral)
    RECORD_SIGNING = "record_signing"
    SAVE_CONFIRMATION = "save_confirmation"


@dataclass(frozen=True)
class SignedDraft:
    """The drafted agreement as signed (or reached, if oral): it becomes the case's agreement."""

    draft: AgreementDraft
    record: AgreementRecord


@dataclass(frozen=True)
class RecordsRequest:
    """`payload` is the domain value the action saves (a record, draft, content, date or uuid)."""

    action: RecordsAction
    payload: object


@dataclass(frozen=True)
class RecordDefaults:
    """What a new record starts with: the usual place, the case's mediators and parties."""

    place: str
    mediators: tuple[str, ...]
    parties: tuple[str, ...]


@dataclass(frozen=True)
class RecordsState:
    """One case's records as the dialog shows them (read on a worker thread)."""

    case_uuid: str
    case_no: str
    status: CaseStatus
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    investigations: tuple[InvestigationRecord, ...] = ()
    sessions: tuple[SessionRecord, ...] = ()
    draft: AgreementDraft | None = None
    agreement: AgreementView | None = None
    confirmation: JudicialConfirmation | None = None
    place: str = ""  # where the committee usually meets, to prefill records
    documents: tuple[tuple[str, str], ...] = ()  # (kind, title) the case has the records for
    may_write: bool = True  # the signed-in user may change this case's records

    @property
    def defaults(self) -> RecordDefaults:
        return RecordDefaults(self.place, self.mediators, self.parties)

    @property
    def editable(self) -> bool:
        return self.may_write and self.status not in (CaseStatus.DECLINED, CaseStatus.ARCHIVED)
