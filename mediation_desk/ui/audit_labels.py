"""Audit log entries in plain words: what was done to what, and each field's old → new value."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.enums import CaseStatus, Gender, PartyKind, PartyRole
from mediation_desk.services.audit import AuditEntry
from mediation_desk.ui.labels import label

CONTEXT = "AuditLabels"
_PARTY_FIELD = re.compile(r"parties\[(\d+)\]\.(\w+)")
SHORT_VALUE = 80  # longer texts (facts, statements) are cut in the table; the tooltip has all

_ACTIONS: dict[str, object] = {
    "insert": QT_TRANSLATE_NOOP("AuditLabels", "added"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "removed"),
    "view": QT_TRANSLATE_NOOP("AuditLabels", "full ID number shown"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "imported from a file"),
    "demo": QT_TRANSLATE_NOOP("AuditLabels", "demo cases added"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "restored from a backup"),
    "retention-delete": QT_TRANSLATE_NOOP(
        "AuditLabels", "deleted for good after the retention period"
    ),
    "insert-rows": QT_TRANSLATE_NOOP("AuditLabels", "rows added at once"),
    "update-rows": QT_TRANSLATE_NOOP("AuditLabels", "rows changed at once"),
}
_ENTITIES: dict[str, object] = {
    "mediation_case": QT_TRANSLATE_NOOP("AuditLabels", "Case"),
    "party": QT_TRANSLATE_NOOP("AuditLabels", "Party"),
    "agent": QT_TRANSLATE_NOOP("AuditLabels", "Agent of a party"),
    "case_mediator": QT_TRANSLATE_NOOP("AuditLabels", "Mediator of the case"),
    "case_transition": QT_TRANSLATE_NOOP("AuditLabels", "Status change"),
    "case_decision": QT_TRANSLATE_NOOP("AuditLabels", "Acceptance decision"),
    "case_refusal": QT_TRANSLATE_NOOP("AuditLabels", "Refusal of mediation"),
    "case_rights_notice": QT_TRANSLATE_NOOP("AuditLabels", "Rights and duties notice"),
    "case_diversion": QT_TRANSLATE_NOOP("AuditLabels", "Diversion"),
    "case_agreement": QT_TRANSLATE_NOOP("AuditLabels", "Agreement"),
    "agreement_term": QT_TRANSLATE_NOOP("AuditLabels", "Agreement term"),
    "case_agreement_draft": QT_TRANSLATE_NOOP("AuditLabels", "Agreement draft"),
    "case_termination": QT_TRANSLATE_NOOP("AuditLabels", "Termination"),
    "case_follow_up": QT_TRANSLATE_NOOP("AuditLabels", "Follow-up visit"),
    "case_escalation": QT_TRANSLATE_NOOP("AuditLabels", "Risk report"),
    "case_extension": QT_TRANSLATE_NOOP("AuditLabels", "Extension"),
    "case_investigation": QT_TRANSLATE_NOOP("AuditLabels", "Investigation record"),
    "case_session": QT_TRANSLATE_NOOP("AuditLabels", "Mediation session record"),
    "case_judicial_confirmation": QT_TRANSLATE_NOOP("AuditLabels", "Judicial confirmation"),
    "case_recusal": QT_TRANSLATE_NOOP("AuditLabels", "Recusal of a mediator"),
    "case_publicity": QT_TRANSLATE_NOOP("AuditLabels", "Public or private mediation"),
    "committee": QT_TRANSLATE_NOOP("AuditLabels", "Committee"),
    "mediator": QT_TRANSLATE_NOOP("AuditLabels", "Mediator"),
    "mediator_relative": QT_TRANSLATE_NOOP("AuditLabels", "Relative of a mediator"),
    "app_user": QT_TRANSLATE_NOOP("AuditLabels", "User account"),
    "app_setting": QT_TRANSLATE_NOOP("AuditLabels", "Setting"),
    "interchange": QT_TRANSLATE_NOOP("AuditLabels", "Case file"),
    "demo": QT_TRANSLATE_NOOP("AuditLabels", "Demo data"),
    "division": QT_TRANSLATE_NOOP("AuditLabels", "Division list"),
    "ethnicity": QT_TRANSLATE_NOOP("AuditLabels", "Nationality list"),
    "category": QT_TRANSLATE_NOOP("AuditLabels", "Dispute category list"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backup"),
}
_FIELDS: dict[str, object] = {
    "case_no": QT_TRANSLATE_NOOP("AuditLabels", "case number"),
    "status": QT_TRANSLATE_NOOP("AuditLabels", "status"),
    "facts": QT_TRANSLATE_NOOP("AuditLabels", "facts"),
    "requests": QT_TRANSLATE_NOOP("AuditLabels", "requests"),
    "received_on": QT_TRANSLATE_NOOP("AuditLabels", "received on"),
    "category_code": QT_TRANSLATE_NOOP("AuditLabels", "dispute category"),
    "amount_fen": QT_TRANSLATE_NOOP("AuditLabels", "amount (fen)"),
    "name": QT_TRANSLATE_NOOP("AuditLabels", "name"),
    "role": QT_TRANSLATE_NOOP("AuditLabels", "role"),
    "kind": QT_TRANSLATE_NOOP("AuditLabels", "kind"),
    "gender": QT_TRANSLATE_NOOP("AuditLabels", "gender"),
    "id_number": QT_TRANSLATE_NOOP("AuditLabels", "ID number"),
    "phone": QT_TRANSLATE_NOOP("AuditLabels", "phone"),
    "address": QT_TRANSLATE_NOOP("AuditLabels", "address"),
    "birth_date": QT_TRANSLATE_NOOP("AuditLabels", "date of birth"),
    "place_detail": QT_TRANSLATE_NOOP("AuditLabels", "place"),
    "parties_display": QT_TRANSLATE_NOOP("AuditLabels", "parties"),
    "mediators_display": QT_TRANSLATE_NOOP("AuditLabels", "mediators"),
    "from_status": QT_TRANSLATE_NOOP("AuditLabels", "from status"),
    "to_status": QT_TRANSLATE_NOOP("AuditLabels", "to status"),
    "reason": QT_TRANSLATE_NOOP("AuditLabels", "reason"),
    "result": QT_TRANSLATE_NOOP("AuditLabels", "result"),
    "viewed": QT_TRANSLATE_NOOP("AuditLabels", "shown"),
    "cases": QT_TRANSLATE_NOOP("AuditLabels", "cases"),
    "file": QT_TRANSLATE_NOOP("AuditLabels", "file"),
    "parties": QT_TRANSLATE_NOOP("AuditLabels", "number of parties"),
    "archived_on": QT_TRANSLATE_NOOP("AuditLabels", "archived on"),
    "rows": QT_TRANSLATE_NOOP("AuditLabels", "rows"),
    "created": QT_TRANSLATE_NOOP("AuditLabels", "cases created"),
    "updated": QT_TRANSLATE_NOOP("AuditLabels", "cases updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditLabels", "cases unchanged"),
    "first_case_no": QT_TRANSLATE_NOOP("AuditLabels", "first case number"),
    "last_case_no": QT_TRANSLATE_NOOP("AuditLabels", "last case number"),
    "seed": QT_TRANSLATE_NOOP("AuditLabels", "seed"),
    # settings (app_setting rows: key and value)
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditLabels", "lock after idle minutes"),
    "mediators_read_others": QT_TRANSLATE_NOOP("AuditLabels", "mediators read colleagues' cases"),
    "failed_sign_in_limit": QT_TRANSLATE_NOOP("AuditLabels", "wrong passwords before waiting"),
    "retention_years": QT_TRANSLATE_NOOP("AuditLabels", "years archived cases are kept"),
}
# Internal keys and bookkeeping: true, but meaningless to a reader of the history.
_UNSHOWN_FIELDS = frozenset(
    {"uuid", "case_id", "committee_id", "party_id", "agreement_id", "mediator_id", "created_at"}
)
_VALUE_ENUMS = {
    "status": CaseStatus,
    "from_status": CaseStatus,
    "to_status": CaseStatus,
    "role": PartyRole,
    "gender": Gender,
}


def _translated(table: dict[str, object], key: str) -> str:
    source = table.get(key)
    return key if source is None else QCoreApplication.translate(CONTEXT, str(source))


def action_text(entry: AuditEntry) -> str:
    """`Party changed`, `Case added`, `Backup restored from a backup`…"""
    return (
        QCoreApplication.translate("AuditLabels", "%1 %2")
        .replace("%1", _translated(_ENTITIES, entry.entity))
        .replace("%2", _translated(_ACTIONS, entry.action))
    )


def field_name(name: str) -> str:
    return _translated(_FIELDS, name)


def value_text(name: str, value: Any) -> str:
    """A stored value as a person reads it: statuses and roles by name, yes/no, dates as given."""
    if value is None or value == "":
        return "—"
    if value is True:
        return QCoreApplication.translate("AuditLabels", "yes")
    if value is False:
        return QCoreApplication.translate("AuditLabels", "no")
    if name == "viewed" and isinstance(value, str):
        return _viewed_text(value)
    enum = _VALUE_ENUMS.get(name)
    if enum is not None and isinstance(value, str):
        try:
            return label(enum(value))
        except ValueError:
            return value
    if name == "kind" and value in (PartyKind.PERSON, PartyKind.ORGANISATION):
        return label(PartyKind(value))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _viewed_text(what: str) -> str:
    """`parties[0].id_number` → `party 1: ID number`."""
    found = _PARTY_FIELD.fullmatch(what)
    if found is None:
        return what
    return (
        QCoreApplication.translate("AuditLabels", "party %1: %2")
        .replace("%1", str(int(found.group(1)) + 1))
        .replace("%2", field_name(found.group(2)))
    )


def _short(text: str) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= SHORT_VALUE else text[: SHORT_VALUE - 1] + "…"


def change_text(name: str, old: Any, new: Any, *, short: bool = True) -> str:
    """`phone: — → 13912345678`; only the new value for an addition, the old for a removal."""
    cut = _short if short else str
    if old is None:
        return f"{field_name(name)}: {cut(value_text(name, new))}"
    if new is None:
        return f"{field_name(name)}: {cut(value_text(name, old))}"
    return f"{field_name(name)}: {cut(value_text(name, old))} → {cut(value_text(name, new))}"


def changes_text(entry: AuditEntry, *, short: bool = True) -> str:
    """Every field of the entry, one `change_text` a line (`short`: one line, separated)."""
    if entry.entity == "app_setting":  # one row a setting: its name is the row's key
        old, new = entry.fields.get("value", (None, None))
        return change_text(entry.entity_uuid, old, new)
    parts = [
        change_text(name, old, new, short=short)
        for name, (old, new) in entry.fields.items()
        if name not in _UNSHOWN_FIELDS
    ]
    return "; ".join(parts) if short else "\n".join(parts)
