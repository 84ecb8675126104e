"""What an import checks in the written records (version 3): the rules the record dialogs apply.

The items are schema-valid JSON; each is read into its domain object and checked by the domain's
own rules, so a record the app would refuse to save is refused in a file too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal

from mediation_desk.domain.lifecycle.decisions import (
    Publicity,
    PublicityChoice,
    validate_publicity,
)
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
)
from mediation_desk.domain.lifecycle.recusal import Recusal, validate_recusal
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementTerm,
    ConfirmationRuling,
    EvidenceItem,
    FollowUpRecord,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    Statement,
    TermPerformance,
    VisitWay,
)
from mediation_desk.domain.records.rules import (
    validate_agreement_content,
    validate_confirmation,
    validate_follow_up,
    validate_investigation,
    validate_session,
)
from mediation_desk.domain.validation import (
    NAME_MAX,
    Issue,
    check_id_number,
    check_text,
    rebase,
)
from mediation_desk.services.interchange.checks import raise_first
from mediation_desk.services.interchange.codec import CaseFile
from mediation_desk.services.interchange.columns import Json, parse_timestamp
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.lifecycle import CaseLifecycle
from mediation_desk.services.interchange.paths import json_path

Path = list[str | int]
RECORD_UUID_KINDS = ("investigations", "sessions")


def check_records(
    content: CaseFile,
    indexes: Iterable[int],
    today: date,
    mediators: Collection[str],
    record_owners: Mapping[str, str],
) -> None:
    """Raises for the first record (of the cases at `indexes`) the domain rules refuse.

    `mediators`: the uuids known in the file or the database; `record_owners`: the case uuid
    of each stored investigation or session whose uuid the file uses.
    """
    if not content.lifecycles:
        return
    _check_record_uuids(content, record_owners)
    now = datetime.combine(today, time.max, tzinfo=UTC)
    for index in indexes:
        _check_case(content.lifecycles[index], ["cases", index], today, now, mediators)


def _check_case(
    life: CaseLifecycle, path: Path, today: date, now: datetime, mediators: Collection[str]
) -> None:
    checks: dict[str, Callable[[Json, Path], list[Issue]]] = {
        "recusals": lambda item, where: _recusal(item, where, today, mediators),
        "publicity_choices": lambda item, _: validate_publicity(_publicity(item), today),
        "investigations": lambda item, where: validate_investigation(
            _investigation(item, where), now
        ),
        "sessions": lambda item, where: validate_session(_session(item, where), now),
        "agreement_draft": lambda item, _: _content_issues(item, required=True),
        "agreements": lambda item, _: _content_issues(item, required=False),
        "judicial_confirmations": lambda item, _: validate_confirmation(
            _confirmation(item), _effective_on(life), today
        ),
        "follow_ups": lambda item, _: validate_follow_up(_follow_up(item), today),
    }
    for key, check in checks.items():
        for number, item in enumerate(life.items(key)):
            where = [*path, key] if key == "agreement_draft" else [*path, key, number]
            raise_first(check(item, where), json_path(where))


def _check_record_uuids(content: CaseFile, owners: Mapping[str, str]) -> None:
    """Investigation and session uuids are unique in the file and not another stored case's."""
    seen: dict[str, Path] = {}
    for index, case in enumerate(content.cases):
        for key in RECORD_UUID_KINDS:
            for number, item in enumerate(content.lifecycles[index].items(key)):
                where: Path = ["cases", index, key, number, "uuid"]
                uuid = item["uuid"]
                if uuid in seen:
                    raise InterchangeError(
                        json_path(where), f"duplicate record uuid (also at {json_path(seen[uuid])})"
                    )
                seen[uuid] = where
                if owners.get(uuid, case.uuid) != case.uuid:
                    raise InterchangeError(
                        json_path(where),
                        f"record {uuid} belongs to another case ({owners[uuid]}) in this database",
                    )


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _investigation(item: Json, where: Path) -> InvestigationRecord:
    return InvestigationRecord(
        held_at=parse_timestamp(item["held_at"], [*where, "held_at"]),
        place=item["place"],
        investigators=tuple(item["investigators"]),
        person_investigated=item["person_investigated"],
        text=item["text"],
        others_present=item["others_present"],
        evidence=tuple(EvidenceItem(**evidence) for evidence in item["evidence"]),
        uuid=item["uuid"],
    )


def _session(item: Json, where: Path) -> SessionRecord:
    return SessionRecord(
        held_at=parse_timestamp(item["held_at"], [*where, "held_at"]),
        place=item["place"],
        mediators=tuple(item["mediators"]),
        parties_present=tuple(item["parties_present"]),
        statements=tuple(Statement(**statement) for statement in item["statements"]),
        result=item["result"],
        invited=tuple(item["invited"]),
        invited_consented=item["invited_consented"],
        proposal=item["proposal"],
        uuid=item["uuid"],
    )


def _term(item: Json) -> AgreementTerm:
    amount = item["amount"]
    return AgreementTerm(
        obligor=item["obligor"],
        content=item["content"],
        amount=None if amount is None else Decimal(amount),
        method=item["method"],
        place=item["place"],
        due_on=_day(item["due_on"]),
        performance=TermPerformance(item["performance"]),
        performed_on=_day(item["performed_on"]),
    )


_TEXT_KEYS = ("facts", "disputed_matters", "responsibilities", "performance_method")


def _content_issues(item: Json, *, required: bool) -> list[Issue]:
    """Art 29 content of a draft, or of an agreement that has any (older ones have none)."""
    if not required and not item["terms"] and not any(item[key] for key in _TEXT_KEYS):
        return []
    content = AgreementContent(
        facts=item["facts"],
        disputed_matters=item["disputed_matters"],
        responsibilities=item["responsibilities"],
        terms=tuple(_term(term) for term in item["terms"]),
        performance_method=item["performance_method"],
    )
    written = item["form"] == AgreementForm.WRITTEN.value
    return validate_agreement_content(content, date.fromisoformat(item["reached_on"]), written)


def _effective_on(life: CaseLifecycle) -> date | None:
    """When the latest agreement took effect (the one a confirmation is applied for)."""
    agreements = life.items("agreements")
    if not agreements:
        return None
    latest = agreements[-1]
    record = AgreementRecord(
        AgreementForm(latest["form"]),
        date.fromisoformat(latest["reached_on"]),
        _day(latest["signed_on"]),
    )
    return record.effective_on


def _confirmation(item: Json) -> JudicialConfirmation:
    return JudicialConfirmation(
        applied_on=date.fromisoformat(item["applied_on"]),
        court=item["court"],
        applicants=tuple(item["applicants"]),
        ruling=ConfirmationRuling(item["ruling"]),
        ruling_on=_day(item["ruling_on"]),
        ruling_no=item["ruling_no"],
    )


def _follow_up(item: Json) -> FollowUpRecord:
    return FollowUpRecord(
        visited_on=date.fromisoformat(item["visited_on"]),
        visited_by=item["visited_by"],
        performance=PerformanceStatus(item["performance"]),
        way=VisitWay(item["way"]),
        visited_persons=item["visited_persons"],
        attitude=item["attitude"],
        new_risks=item["new_risks"],
        measures=item["measures"],
        channels_explained=frozenset(item["channels_explained"]),
        note=item["note"],
    )


def _publicity(item: Json) -> PublicityChoice:
    return PublicityChoice(
        publicity=Publicity(item["publicity"]),
        requested_by=item["requested_by"],
        recorded_on=date.fromisoformat(item["recorded_on"]),
        involves_privacy=item["involves_privacy"],
        objected_by=tuple(item["objected_by"]),
    )


def _recusal(item: Json, where: Path, today: date, mediators: Collection[str]) -> list[Issue]:
    recusal = Recusal(
        mediator_uuid=item["mediator_uuid"],
        requested_by=item["requested_by"],
        requested_on=date.fromisoformat(item["requested_on"]),
        reason=item["reason"],
        replacement_uuid=item["replacement_uuid"],
        replaced_on=_day(item["replaced_on"]),
    )
    for key in ("mediator_uuid", "replacement_uuid"):
        if item[key] and item[key] not in mediators:
            raise InterchangeError(
                json_path([*where, key]),
                f"mediator {item[key]} is neither in this file nor in the database",
            )
    return validate_recusal(recusal, today)


def check_relatives(content: CaseFile, indexes: Iterable[int], today: date) -> None:
    """Each relative of the mediators at `indexes` is named, with the relation and a valid
    ID number if one is given."""
    for index in indexes:
        for number, item in enumerate(content.relatives_of(index) or ()):
            issues = [
                *check_text("name", item["name"], required=True, max_length=NAME_MAX),
                *rebase(check_id_number(item["id_number"], today).issues, "id_number"),
                *check_text("relation", item["relation"], required=True, max_length=NAME_MAX),
            ]
            raise_first(issues, json_path(["mediators", index, "relatives", number]))
