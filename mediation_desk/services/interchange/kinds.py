"""The record kinds of a case in the interchange file: each a table whose columns map one to one
onto JSON keys, with the version of the format each kind and key appeared in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from mediation_desk.db.lifecycle_tables import (
    CaseAgreementRow,
    CaseDecisionRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseExtensionRow,
    CaseFollowUpRow,
    CaseRefusalRow,
    CaseRightsNoticeRow,
    CaseTerminationRow,
    CaseTransitionRow,
)
from mediation_desk.db.record_tables import (
    AgreementDraftRow,
    AgreementTermRow,
    InvestigationRow,
    JudicialConfirmationRow,
    PublicityRow,
    RecusalRow,
    SessionRow,
)
from mediation_desk.services.interchange.columns import (
    BOOL,
    DATE,
    LIST,
    MAYBE_DATE,
    MOMENT,
    TERM_ROWS,
    TERMS,
    TERMS_KEY,
    TEXT,
    Field,
    field,
)
from mediation_desk.services.interchange.loading import table


@dataclass(frozen=True)
class Kind:
    """One record kind: its JSON key, its table, its fields and the version it appeared in.

    `single`: the case has at most one (the file holds an object or null, not a list).
    """

    key: str
    table: Table
    fields: tuple[Field, ...]
    since: int = 2
    single: bool = False

    def fields_of(self, version: int) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.since <= version)

    @property
    def columns(self) -> tuple[Field, ...]:
        """The fields stored in the kind's own table (not its terms)."""
        return tuple(f for f in self.fields if f.kind != TERM_ROWS)

    @property
    def has_terms(self) -> bool:
        return any(f.kind == TERM_ROWS for f in self.fields)


def _kind(key: str, model: Any, *fields: Field, since: int = 2, **options: bool) -> Kind:
    return Kind(key, table(model.__tablename__), fields, since, **options)


def _v3(key: str, kind: str, default: Any = None) -> Field:
    return field(key, kind, since=3, default=default)


_REFUSAL = (
    field("refusal_party", TEXT),
    field("refusal_on", MAYBE_DATE),
    field("refusal_method", TEXT),
)
HISTORY = _kind(
    "history",
    CaseTransitionRow,
    field("from_status", TEXT),
    field("to_status", TEXT),
    field("at", MOMENT),
    field("by", TEXT, column="made_by"),
    field("reason", TEXT),
    field("codes", LIST),
)
TERMS_TABLE = table(AgreementTermRow.__tablename__)
# In the order the file lists them: roughly the order a case meets them.
RECORDS = (
    _kind(
        "decisions",
        CaseDecisionRow,
        field("accepted", BOOL),
        field("decided_on", DATE),
        field("decided_by", TEXT),
        field("reason_code", TEXT),
        field("reason_text", TEXT),
        field("channels_told", LIST),
        *_REFUSAL,
    ),
    _kind(
        "refusals",
        CaseRefusalRow,
        field("party", TEXT),
        field("refused_on", DATE),
        field("method", TEXT),
        field("note", TEXT),
    ),
    _kind(
        "rights_notices",
        CaseRightsNoticeRow,
        field("given_on", DATE),
        field("given_to", LIST),
        field("method", TEXT),
        field("given_by", TEXT),
    ),
    _kind(
        "recusals",
        RecusalRow,
        field("mediator_uuid", TEXT),
        field("requested_by", TEXT),
        field("requested_on", DATE),
        field("reason", TEXT),
        field("replacement_uuid", TEXT),
        field("replaced_on", MAYBE_DATE),
        since=3,
    ),
    _kind(
        "publicity_choices",
        PublicityRow,
        field("publicity", TEXT),
        field("requested_by", TEXT),
        field("recorded_on", DATE),
        field("involves_privacy", BOOL),
        field("objected_by", LIST),
        since=3,
    ),
    _kind(
        "investigations",
        InvestigationRow,
        field("uuid", TEXT),
        field("held_at", MOMENT),
        field("place", TEXT),
        field("investigators", LIST),
        field("person_investigated", TEXT),
        field("others_present", TEXT),
        field("text", TEXT),
        field("evidence", "evidence"),
        since=3,
    ),
    _kind(
        "sessions",
        SessionRow,
        field("uuid", TEXT),
        field("held_at", MOMENT),
        field("place", TEXT),
        field("mediators", LIST),
        field("parties_present", LIST),
        field("invited", LIST),
        field("invited_consented", BOOL),
        field("statements", "statements"),
        field("proposal", TEXT),
        field("result", TEXT),
        since=3,
    ),
    _kind(
        "diversions",
        CaseDiversionRow,
        field("channel_code", TEXT),
        field("receiving_body", TEXT),
        field("reason", TEXT),
        field("diverted_on", DATE),
        field("warnings_told", LIST),
        field("needs_met", LIST),
        field("feedback", TEXT),
        field("feedback_on", MAYBE_DATE),
        field("feedback_note", TEXT),
        field("feedback_due_on", MAYBE_DATE),
    ),
    _kind(
        "terminations",
        CaseTerminationRow,
        field("reason", TEXT),
        field("terminated_on", DATE),
        field("channels_explained", LIST),
        *_REFUSAL,
        field("note", TEXT),
    ),
    _kind(
        "agreement_draft",
        AgreementDraftRow,
        field("form", TEXT),
        field("reached_on", DATE),
        field("facts", TEXT),
        field("disputed_matters", TEXT),
        field("responsibilities", TEXT),
        field("performance_method", TEXT),
        field("terms", TERMS),
        since=3,
        single=True,
    ),
    _kind(
        "agreements",
        CaseAgreementRow,
        field("form", TEXT),
        field("reached_on", DATE),
        field("signed_on", MAYBE_DATE),
        field("effective_on", MAYBE_DATE),
        _v3("facts", TEXT),
        _v3("disputed_matters", TEXT),
        _v3("responsibilities", TEXT),
        _v3("performance_method", TEXT),
        _v3(TERMS_KEY, TERM_ROWS),
        field("performance_due", LIST),
        field("performance", TEXT),
        field("confirmation_applied_on", MAYBE_DATE),
    ),
    _kind(
        "judicial_confirmations",
        JudicialConfirmationRow,
        field("applied_on", DATE),
        field("court", TEXT),
        field("applicants", LIST),
        field("ruling", TEXT),
        field("ruling_on", MAYBE_DATE),
        field("ruling_no", TEXT),
        since=3,
    ),
    _kind(
        "follow_ups",
        CaseFollowUpRow,
        field("visited_on", DATE),
        field("visited_by", TEXT),
        _v3("way", TEXT, "visit"),
        _v3("visited_persons", TEXT),
        field("performance", TEXT),
        _v3("attitude", TEXT),
        _v3("new_risks", TEXT),
        _v3("measures", TEXT),
        field("channels_explained", LIST),
        field("note", TEXT),
    ),
    _kind(
        "escalations",
        CaseEscalationRow,
        field("level", TEXT),
        field("recipients", LIST),
        field("other_recipient", TEXT),
        field("reported_at", MOMENT),
        field("method", TEXT),
        field("measures", TEXT),
        field("reported_by", TEXT),
    ),
    _kind(
        "extensions",
        CaseExtensionRow,
        field("agreed_on", DATE),
        field("until", DATE),
        field("both_parties_consent", BOOL),
        field("note", TEXT),
    ),
)
KINDS = (HISTORY, *RECORDS)
