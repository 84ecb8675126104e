"""What an import checks after the schema: the domain rules, then references and collisions."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from mediation_desk.domain.models import Case, Committee
from mediation_desk.domain.validation import (
    Issue,
    check_text,
    normalise_party,
    validate_case,
    validate_committee,
    validate_mediator,
)
from mediation_desk.services.interchange.codec import CaseFile
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.paths import field_to_json_path, json_path

CASE_NO_MAX = 120  # the schema's limit


def normalised(content: CaseFile, today: date, indexes: Collection[int]) -> CaseFile:
    """Parties of the cases at `indexes` cleaned as the intake dialog cleans them."""
    cases = list(content.cases)
    for index in indexes:
        draft = cases[index].draft
        parties = tuple(normalise_party(p, today) for p in draft.parties)
        cases[index] = replace(cases[index], draft=replace(draft, parties=parties))
    return replace(content, cases=tuple(cases))


def check_committee(theirs: Committee, ours: Committee | None) -> None:
    """One committee per database: a file of another committee is not mixed in."""
    if ours is not None and ours.uuid != theirs.uuid:
        raise InterchangeError(
            json_path(["committee", "uuid"]),
            f"this file belongs to committee “{theirs.name}” ({theirs.uuid}), "
            f"not to this database's committee “{ours.name}” ({ours.uuid})",
        )


def check_domain(
    content: CaseFile,
    today: date,
    *,
    new_committee: bool,
    mediators: Iterable[int],
    cases: Iterable[int],
) -> None:
    """The rules the dialogs apply to what the import would add or change.

    That is the committee if it is new, and the mediators and cases at the given indexes. The
    first error blocks the import; warnings do not.
    """
    if new_committee:
        raise_first(validate_committee(content.committee), json_path(["committee"]))
    for index in mediators:
        mediator = content.mediators[index]
        raise_first(validate_mediator(mediator), json_path(["mediators", index]))
    for index in cases:
        # Lookups (categories, mediators) are left to check_references, with plainer messages.
        case = content.cases[index]
        # A case number made of blanks or control characters passes the schema's minLength.
        number = check_text("case_no", case.case_no, required=True, max_length=CASE_NO_MAX)
        raise_first(number, json_path(["cases", index]))
        raise_first(validate_case(case.draft, today), json_path(["cases", index]))


def raise_first(issues: Iterable[Issue], root: str) -> None:
    """Raises for the first error among `issues` (fields relative to the JSON path `root`)."""
    for issue in issues:
        if issue.is_error:
            params = ", ".join(f"{key}={value}" for key, value in issue.params)
            message = f"{issue.code} ({params})" if params else issue.code
            raise InterchangeError(field_to_json_path(issue.field, root), message, issue)


_Seen = dict[str, dict[object, list[str | int]]]  # kind → key → where it was first seen


@dataclass(frozen=True)
class StoredState:
    """What the database already holds that an import must agree with."""

    categories: frozenset[str]
    ethnicities: frozenset[str]
    mediators: frozenset[str]
    # case uuid → (case number, "year.serial")
    case_numbers: dict[str, tuple[str, str]] = field(default_factory=dict)
    party_cases: dict[str, str] = field(default_factory=dict)  # party uuid → case uuid
    agent_parties: dict[str, str] = field(default_factory=dict)  # agent uuid → party uuid


def check_references(content: CaseFile, stored: StoredState) -> None:
    """Unknown codes, missing mediators, duplicates in the file and clashes with stored cases."""
    _check_mediators(content, stored)
    mediators = stored.mediators | {m.uuid for m in content.mediators}
    by_number = {number: uuid for uuid, (number, _) in stored.case_numbers.items()}
    by_serial = {serial: uuid for uuid, (_, serial) in stored.case_numbers.items()}
    seen: _Seen = {k: {} for k in ("uuid", "case_no", "serial", "party", "agent")}
    for index, case in enumerate(content.cases):
        path: list[str | int] = ["cases", index]
        serial = f"{case.year}.{case.serial}"
        _unique(seen["uuid"], case.uuid, [*path, "uuid"], "case uuid")
        _unique(seen["case_no"], case.case_no, [*path, "case_no"], "case number")
        _unique(seen["serial"], serial, [*path, "serial"], f"serial {case.serial} of {case.year}")
        if case.draft.category_code not in stored.categories:
            raise InterchangeError(
                json_path([*path, "category"]),
                f"unknown dispute category {case.draft.category_code!r} (not in this database)",
            )
        for number, mediator in enumerate(case.draft.mediator_uuids):
            if mediator not in mediators:
                raise InterchangeError(
                    json_path([*path, "mediators", number]),
                    f"mediator {mediator} is neither in this file nor in the database",
                )
        what = f"case number “{case.case_no}”"
        _check_clash(by_number.get(case.case_no), case, [*path, "case_no"], what)
        what = f"serial {case.serial} of {case.year}"
        _check_clash(by_serial.get(serial), case, [*path, "serial"], what)
        _check_parties(case, path, stored, seen)


def _check_mediators(content: CaseFile, stored: StoredState) -> None:
    seen: dict[object, list[str | int]] = {}
    for index, mediator in enumerate(content.mediators):
        _unique(seen, mediator.uuid, ["mediators", index, "uuid"], "mediator uuid")
        _check_ethnicity(mediator.ethnicity, ["mediators", index, "ethnicity"], stored)


def _check_ethnicity(code: str, path: list[str | int], stored: StoredState) -> None:
    if code and code not in stored.ethnicities:
        raise InterchangeError(
            json_path(path), f'unknown nationality code {code!r} (GB/T 3304, e.g. "01", "02")'
        )


def _check_parties(case: Case, path: list[str | int], stored: StoredState, seen: _Seen) -> None:
    for number, party in enumerate(case.draft.parties):
        party_path: list[str | int] = [*path, "parties", number]
        _unique(seen["party"], party.uuid, [*party_path, "uuid"], "party uuid")
        owner = stored.party_cases.get(party.uuid, case.uuid)
        if owner != case.uuid:
            raise InterchangeError(
                json_path([*party_path, "uuid"]),
                f"party {party.uuid} belongs to another case ({owner}) in this database",
            )
        _check_ethnicity(party.ethnicity, [*party_path, "ethnicity"], stored)
        for agent_number, agent in enumerate(party.agents):
            agent_path = [*party_path, "agents", agent_number, "uuid"]
            _unique(seen["agent"], agent.uuid, agent_path, "agent uuid")
            if stored.agent_parties.get(agent.uuid, party.uuid) != party.uuid:
                raise InterchangeError(
                    json_path(agent_path),
                    f"agent {agent.uuid} belongs to another party in this database",
                )


def _unique(
    seen: dict[object, list[str | int]], key: object, path: list[str | int], what: str
) -> None:
    if key in seen:
        earlier = json_path(seen[key])
        raise InterchangeError(json_path(path), f"duplicate {what} (also at {earlier})")
    seen[key] = path


def _check_clash(holder: str | None, case: Case, path: list[str | int], what: str) -> None:
    if holder is not None and holder != case.uuid:
        raise InterchangeError(
            json_path(path),
            f"{what} is already used by another case ({holder}) in this database",
        )
