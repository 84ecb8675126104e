"""Acceptance (受理) or decline, a party's refusal, the rights notice and public mediation."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.lifecycle.channels import THIS_COMMITTEE
from mediation_desk.domain.lifecycle.common import ReferenceDataError, parse_csv, parse_int
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error, rebase
from mediation_desk.domain.validation.text import (
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    check_text,
)

PARTY_REFUSES = "party_refuses"
REQUIREMENTS = frozenset({"", "refusal", "text"})


class NoticeMethod(StrEnum):
    """How something was told to or by a party (2002 rules art 30: orally or in writing)."""

    WRITTEN = "written"
    ORAL = "oral"


class Publicity(StrEnum):
    """People's Mediation Law art 23(三): the parties may ask for public or non-public mediation."""

    PUBLIC = "public"
    NON_PUBLIC = "non_public"


@dataclass(frozen=True)
class DeclineReason:
    """One row of decline_reasons.csv; `requires` is "", "refusal" or "text"."""

    code: str
    name_zh: str
    name_en: str
    requires: str
    basis: str
    sort_order: int


def parse_decline_reasons(text: str) -> dict[str, DeclineReason]:
    """Parses the text of decline_reasons.csv into a code → reason mapping in display order."""
    reasons: list[DeclineReason] = []
    columns = ("code", "name_zh", "name_en", "requires", "basis", "sort_order")
    for line, row in parse_csv(text, columns):
        if not row["code"] or row["requires"] not in REQUIREMENTS:
            raise ReferenceDataError(f"line {line}: code missing or unknown `requires`")
        order = parse_int(row["sort_order"], line, "sort_order")
        reasons.append(
            DeclineReason(
                row["code"], row["name_zh"], row["name_en"], row["requires"], row["basis"], order
            )
        )
    if len({reason.code for reason in reasons}) != len(reasons):
        raise ReferenceDataError("a decline reason is listed twice")
    if PARTY_REFUSES not in {reason.code for reason in reasons}:
        raise ReferenceDataError(f"the reason {PARTY_REFUSES} (art 17) is required")
    reasons.sort(key=lambda reason: (reason.sort_order, reason.code))
    return {reason.code: reason for reason in reasons}


@dataclass(frozen=True)
class Refusal:
    """A party expressly refused mediation (art 17): who, when and how; a hard stop."""

    party: str
    refused_on: date
    method: NoticeMethod = NoticeMethod.ORAL
    note: str = ""


def validate_refusal(refusal: Refusal, today: date) -> list[Issue]:
    """Who refused must be named and the date must not be in the future."""
    return [
        *check_text("party", refusal.party, required=True, max_length=NAME_MAX),
        *check_not_future("refused_on", refusal.refused_on, today),
    ]


@dataclass(frozen=True)
class AcceptanceDecision:
    """Accept the dispute, or decline it with a reason and the competent channel told."""

    accepted: bool
    decided_on: date
    decided_by: str
    reason_code: str = ""
    reason_text: str = ""
    refusal: Refusal | None = None
    channels_told: frozenset[str] = frozenset()


def validate_decision(
    decision: AcceptanceDecision,
    today: date,
    *,
    reasons: Mapping[str, DeclineReason] | None = None,
    channels: Collection[str] = (),
) -> list[Issue]:
    """Checks a decision; empty `reasons` / `channels` skip the look-ups in reference data."""
    issues = [
        *check_text("decided_by", decision.decided_by, required=True, max_length=NAME_MAX),
        *check_not_future("decided_on", decision.decided_on, today),
    ]
    if decision.accepted:
        if decision.reason_code or decision.channels_told:
            issues.append(error("reason_code", "decision.reason_on_acceptance"))
        return issues
    return issues + _decline_issues(decision, today, reasons or {}, channels)


def _decline_issues(
    decision: AcceptanceDecision,
    today: date,
    reasons: Mapping[str, DeclineReason],
    channels: Collection[str],
) -> list[Issue]:
    code = decision.reason_code
    issues: list[Issue] = []
    if not code:
        issues.append(error("reason_code", "decision.reason_required"))
    elif reasons and code not in reasons:
        issues.append(error("reason_code", "decision.reason_unknown", reason=code))
    requires = reasons[code].requires if code in reasons else ""
    if (code == PARTY_REFUSES or requires == "refusal") and decision.refusal is None:
        issues.append(error("refusal", "decision.refusal_required"))
    if decision.refusal is not None:
        issues += rebase(validate_refusal(decision.refusal, today), "refusal")
    needs_text = requires == "text" or (not reasons and code == "other")
    issues += check_text(
        "reason_text",
        decision.reason_text,
        required=needs_text,
        max_length=LONG_TEXT_MAX,
        multiline=True,
    )
    issues += _channels_told_issues(decision.channels_told, channels)
    return issues


def _channels_told_issues(told: frozenset[str], known: Collection[str]) -> list[Issue]:
    if not told:
        return [error("channels_told", "decision.channel_required")]
    issues: list[Issue] = []
    if THIS_COMMITTEE in told:
        issues.append(error("channels_told", "decision.channel_is_committee"))
    if known:
        issues += [
            error("channels_told", "decision.channel_unknown", channel=code)
            for code in sorted(told - set(known) - {THIS_COMMITTEE})
        ]
    return issues


@dataclass(frozen=True)
class RightsNotice:
    """The rights-and-duties notice (权利义务告知) given before mediation starts."""

    given_on: date
    given_to: tuple[str, ...]
    method: NoticeMethod
    given_by: str


def validate_rights_notice(notice: RightsNotice, today: date) -> list[Issue]:
    """A notice names its recipients and who gave it, on a date not in the future."""
    issues = list(check_text("given_by", notice.given_by, required=True, max_length=NAME_MAX))
    if not any(name.strip() for name in notice.given_to):
        issues.append(error("given_to", "notice.recipients_required"))
    return issues + list(check_not_future("given_on", notice.given_on, today))


def parties_not_notified(
    notices: Iterable[RightsNotice], parties: Iterable[str]
) -> tuple[str, ...]:
    """The parties (names or ids, as recorded) that no notice was given to, in input order."""
    told = {name.strip() for notice in notices for name in notice.given_to}
    return tuple(party for party in parties if party.strip() not in told)


@dataclass(frozen=True)
class PublicityChoice:
    """Public or non-public mediation as the parties asked (art 23), and why not public."""

    publicity: Publicity
    requested_by: str
    recorded_on: date
    involves_privacy: bool = False  # personal privacy or trade secrets (2002 rules art 29)
    objected_by: tuple[str, ...] = ()  # parties objecting to a public session


def validate_publicity(choice: PublicityChoice, today: date) -> list[Issue]:
    """Public mediation is barred by privacy, trade secrets or any party's objection."""
    issues = [
        *check_text("requested_by", choice.requested_by, required=True, max_length=SHORT_TEXT_MAX),
        *check_not_future("recorded_on", choice.recorded_on, today),
    ]
    if choice.publicity is Publicity.PUBLIC:
        if choice.involves_privacy:
            issues.append(error("publicity", "publicity.privacy"))
        if any(name.strip() for name in choice.objected_by):
            issues.append(error("publicity", "publicity.party_objects"))
    return issues
