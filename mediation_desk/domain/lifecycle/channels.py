"""Diversion channels (分流渠道), the deadline warnings told to parties, and diversions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from mediation_desk.domain.lifecycle.common import (
    ReferenceDataError,
    parse_csv,
    parse_flag,
    parse_int,
    split_codes,
)
from mediation_desk.domain.lifecycle.periods import Period, PeriodUnit, period_end
from mediation_desk.domain.lifecycle.workdays import WEEKENDS_ONLY, WorkCalendar
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error, warning
from mediation_desk.domain.validation.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, check_text

THIS_COMMITTEE = "this_committee"

COLUMNS = ("record", "code", "name_zh", "name_en", "kind", "needs", "warnings", "feedback_days")
WARNING_COLUMNS = ("period", "starts", "interrupted_by_mediation", "source", "sort_order")


class ChannelKind(StrEnum):
    """The family a channel belongs to; the UI groups the channel list by it."""

    COMMITTEE = "committee"
    MEDIATION = "mediation"
    ARBITRATION = "arbitration"
    NOTARIZATION = "notarization"
    ADMINISTRATIVE = "administrative"
    COURT = "court"
    PETITION = "petition"
    POLICE = "police"


@dataclass(frozen=True)
class DeadlineWarning:
    """A time limit to warn parties about, e.g. 60 days for administrative reconsideration."""

    code: str
    name_zh: str
    name_en: str
    period: Period
    starts: str  # the event the period runs from, e.g. `knew_of_act`, `agreement_effective`
    interrupted_by_mediation: bool
    source: str

    def ends_on(self, start: date, work_calendar: WorkCalendar = WEEKENDS_ONLY) -> date:
        """The last day when the period ran from `start` (a rest day rolls to the next workday)."""
        return period_end(start, self.period, work_calendar, roll_over_rest_days=True)


@dataclass(frozen=True)
class Channel:
    """Where a dispute can go: this committee, another mediator, arbitration, a court, …"""

    code: str
    name_zh: str
    name_en: str
    kind: ChannelKind
    needs: tuple[str, ...]  # prerequisites such as `arbitration_agreement`
    warnings: tuple[DeadlineWarning, ...]
    feedback_days: int | None  # when to chase the receiving body for its report (反馈)
    source: str
    sort_order: int

    @property
    def warning_codes(self) -> frozenset[str]:
        return frozenset(warning.code for warning in self.warnings)

    def unmet_needs(self, satisfied: Collection[str]) -> tuple[str, ...]:
        """The prerequisites of this channel that are not in `satisfied`, in data order."""
        return tuple(need for need in self.needs if need not in satisfied)


@dataclass(frozen=True)
class ChannelCatalogue:
    """All channels and warnings of channels.csv, channels in display order."""

    channels: tuple[Channel, ...]
    warnings: Mapping[str, DeadlineWarning] = field(default_factory=dict)

    def get(self, code: str) -> Channel | None:
        return next((channel for channel in self.channels if channel.code == code), None)

    def __contains__(self, code: object) -> bool:
        return any(channel.code == code for channel in self.channels)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(channel.code for channel in self.channels)

    def diversion_targets(self) -> tuple[Channel, ...]:
        """Every channel except this committee itself."""
        return tuple(channel for channel in self.channels if channel.code != THIS_COMMITTEE)


def parse_channels(text: str) -> ChannelCatalogue:
    """Parses the text of channels.csv: `warning` rows, then `channel` rows referring to them."""
    rows = parse_csv(text, COLUMNS + WARNING_COLUMNS)
    warnings = dict(_parse_warnings(row for row in rows if row[1]["record"] == "warning"))
    channels: list[Channel] = []
    for line, row in rows:
        if row["record"] == "channel":
            channels.append(_parse_channel(line, row, warnings))
        elif row["record"] != "warning":
            raise ReferenceDataError(f"line {line}: record must be channel or warning")
    codes = [channel.code for channel in channels]
    if len(set(codes)) != len(codes):
        raise ReferenceDataError("a channel code is listed twice")
    if THIS_COMMITTEE not in codes:
        raise ReferenceDataError(f"the channel {THIS_COMMITTEE} is required")
    channels.sort(key=lambda channel: (channel.sort_order, channel.code))
    return ChannelCatalogue(tuple(channels), MappingProxyType(warnings))


def _parse_warnings(
    rows: Iterable[tuple[int, dict[str, str]]],
) -> Iterable[tuple[str, DeadlineWarning]]:
    seen: set[str] = set()
    for line, row in rows:
        if not row["code"] or row["code"] in seen:
            raise ReferenceDataError(f"line {line}: warning code missing or listed twice")
        seen.add(row["code"])
        try:
            period = Period.parse(row["period"])
        except ValueError:
            raise ReferenceDataError(f"line {line}: bad period {row['period']!r}") from None
        if not row["starts"] or not row["source"]:
            raise ReferenceDataError(f"line {line}: a warning needs `starts` and `source`")
        interrupted = parse_flag(row["interrupted_by_mediation"], line, "interrupted_by_mediation")
        yield (
            row["code"],
            DeadlineWarning(
                code=row["code"],
                name_zh=row["name_zh"],
                name_en=row["name_en"],
                period=period,
                starts=row["starts"],
                interrupted_by_mediation=interrupted,
                source=row["source"],
            ),
        )


def _parse_channel(
    line: int, row: dict[str, str], warnings: Mapping[str, DeadlineWarning]
) -> Channel:
    if not row["code"] or not row["name_zh"] or not row["name_en"]:
        raise ReferenceDataError(f"line {line}: a channel needs code, name_zh and name_en")
    try:
        kind = ChannelKind(row["kind"])
    except ValueError:
        raise ReferenceDataError(f"line {line}: unknown kind {row['kind']!r}") from None
    unknown = [code for code in split_codes(row["warnings"]) if code not in warnings]
    if unknown:
        raise ReferenceDataError(f"line {line}: unknown warning(s) {', '.join(unknown)}")
    days = row["feedback_days"]
    return Channel(
        code=row["code"],
        name_zh=row["name_zh"],
        name_en=row["name_en"],
        kind=kind,
        needs=split_codes(row["needs"]),
        warnings=tuple(warnings[code] for code in split_codes(row["warnings"])),
        feedback_days=parse_int(days, line, "feedback_days") if days else None,
        source=row["source"],
        sort_order=parse_int(row["sort_order"], line, "sort_order"),
    )


class FeedbackStatus(StrEnum):
    """Where a referral stands until the receiving body reports back (反馈, 闭环)."""

    AWAITING = "awaiting"
    IN_PROGRESS = "in_progress"  # the body acknowledged it (部门报到认领)
    CONCLUDED = "concluded"  # the body reported the outcome: the loop is closed
    RETURNED = "returned"  # the body sent the dispute back to this committee

    @property
    def is_open(self) -> bool:
        return self in (FeedbackStatus.AWAITING, FeedbackStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Diversion:
    """A dispute handed to another channel, with what the parties were warned about."""

    channel_code: str
    receiving_body: str
    reason: str
    diverted_on: date
    warnings_told: frozenset[str] = frozenset()
    needs_met: frozenset[str] = frozenset()  # prerequisites confirmed, e.g. arbitration_agreement
    feedback: FeedbackStatus = FeedbackStatus.AWAITING
    feedback_on: date | None = None
    feedback_note: str = ""
    feedback_due_on: date | None = None


def feedback_due(diversion: Diversion, channel: Channel | None, default_days: int) -> date:
    """When to chase the receiving body: the stored date, else the channel's or default days."""
    if diversion.feedback_due_on is not None:
        return diversion.feedback_due_on
    days = channel.feedback_days if channel and channel.feedback_days else default_days
    return period_end(diversion.diverted_on, Period(days, PeriodUnit.DAYS))


def validate_diversion(
    diversion: Diversion, today: date, catalogue: ChannelCatalogue | None = None
) -> list[Issue]:
    """Checks a diversion; with a catalogue also its channel, prerequisites and warnings told."""
    issues: list[Issue] = [*_channel_issues(diversion, catalogue)]
    issues += check_text(
        "receiving_body", diversion.receiving_body, required=True, max_length=SHORT_TEXT_MAX
    )
    issues += check_text(
        "reason", diversion.reason, required=True, max_length=LONG_TEXT_MAX, multiline=True
    )
    issues += check_not_future("diverted_on", diversion.diverted_on, today)
    if diversion.feedback is not FeedbackStatus.AWAITING and diversion.feedback_on is None:
        issues.append(error("feedback_on", "diversion.feedback_date_required"))
    if diversion.feedback_on is not None:
        if diversion.feedback_on < diversion.diverted_on:
            issues.append(error("feedback_on", "diversion.feedback_before_diversion"))
        issues += check_not_future("feedback_on", diversion.feedback_on, today)
    return issues


def _channel_issues(diversion: Diversion, catalogue: ChannelCatalogue | None) -> list[Issue]:
    code = diversion.channel_code
    if not code:
        return [error("channel_code", "diversion.channel_required")]
    if code == THIS_COMMITTEE:
        return [error("channel_code", "diversion.to_self")]
    if catalogue is None:
        return []
    channel = catalogue.get(code)
    if channel is None:
        return [error("channel_code", "diversion.channel_unknown", channel=code)]
    issues = [
        error("needs_met", "diversion.need_unmet", need=need)
        for need in channel.unmet_needs(diversion.needs_met)
    ]
    issues += [
        warning("warnings_told", "diversion.warning_not_told", warning=item.code)
        for item in channel.warnings
        if item.code not in diversion.warnings_told
    ]
    issues += [
        error("warnings_told", "diversion.warning_unknown", warning=item)
        for item in sorted(diversion.warnings_told - set(catalogue.warnings))
    ]
    return issues
