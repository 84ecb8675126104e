"""Risk levels (一般/较大/重大) as data, the suggested level, and escalation reports (art 25)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from mediation_desk.domain.lifecycle.common import (
    ReferenceDataError,
    parse_csv,
    parse_flag,
    parse_int,
    split_codes,
)
from mediation_desk.domain.validation.issues import Issue, error, rebase, warning
from mediation_desk.domain.validation.text import LONG_TEXT_MAX, NAME_MAX, check_text

COLUMNS = (
    "code",
    "name_zh",
    "name_en",
    "rank",
    "colour",
    "min_people",
    "min_amount",
    "indicators",
    "requires_escalation",
    "on_worklist",
)


class RiskIndicator(StrEnum):
    """Signs that a dispute may escalate (可能激化)."""

    VIOLENCE_THREAT = "violence_threat"
    SELF_HARM_THREAT = "self_harm_threat"
    MANY_PEOPLE = "many_people"
    LARGE_AMOUNT = "large_amount"
    REPEAT_DISPUTE = "repeat_dispute"
    CRIMINAL_RISK = "criminal_risk"  # 民转刑
    GROUP_CONFLICT = "group_conflict"  # 群体性上访或械斗倾向


# Art 25: disputes that may lead to a public-order or criminal case are reported to the police.
POLICE_INDICATORS = frozenset(
    {RiskIndicator.VIOLENCE_THREAT, RiskIndicator.CRIMINAL_RISK, RiskIndicator.GROUP_CONFLICT}
)


@dataclass(frozen=True)
class RiskLevel:
    """One level of risk_levels.csv; a level applies when any of its triggers is met."""

    code: str
    name_zh: str
    name_en: str
    rank: int
    colour: str
    min_people: int | None
    min_amount: Decimal | None
    indicators: frozenset[RiskIndicator]
    requires_escalation: bool
    on_worklist: bool
    basis: str = ""


@dataclass(frozen=True)
class RiskSuggestion:
    """The level the indicators point to and what triggered it (untranslated trigger codes)."""

    level: RiskLevel
    triggers: tuple[str, ...]


class RiskScale:
    """The levels of a committee, lowest rank first."""

    def __init__(self, levels: Iterable[RiskLevel]) -> None:
        self.levels: tuple[RiskLevel, ...] = tuple(sorted(levels, key=lambda level: level.rank))
        if not self.levels:
            raise ValueError("a risk scale needs at least one level")
        if len({level.rank for level in self.levels}) != len(self.levels):
            raise ValueError("two risk levels share a rank")
        if len({level.code for level in self.levels}) != len(self.levels):
            raise ValueError("two risk levels share a code")

    @property
    def lowest(self) -> RiskLevel:
        return self.levels[0]

    @property
    def top(self) -> RiskLevel:
        return self.levels[-1]

    def get(self, code: str) -> RiskLevel | None:
        return next((level for level in self.levels if level.code == code), None)

    def rank_of(self, code: str) -> int:
        """The rank of a level code; 0 for no level or an unknown code."""
        level = self.get(code)
        return level.rank if level else 0

    def suggest(
        self,
        indicators: Iterable[RiskIndicator] = (),
        people_involved: int | None = None,
        amount: Decimal | None = None,
    ) -> RiskSuggestion:
        """The highest level whose thresholds or indicators are met, else the lowest level."""
        present = frozenset(indicators)
        for level in reversed(self.levels):
            triggers = [f"indicator.{item}" for item in sorted(present & level.indicators)]
            if level.min_people is not None and (people_involved or 0) >= level.min_people:
                triggers.insert(0, f"people_involved>={level.min_people}")
            if level.min_amount is not None and amount is not None and amount >= level.min_amount:
                triggers.insert(0, f"amount>={level.min_amount}")
            if triggers:
                return RiskSuggestion(level, tuple(triggers))
        return RiskSuggestion(self.lowest, ())


def parse_risk_levels(text: str) -> RiskScale:
    """Parses the text of risk_levels.csv into a scale."""
    levels: list[RiskLevel] = []
    for line, row in parse_csv(text, COLUMNS):
        if not row["code"] or not row["name_zh"] or not row["name_en"]:
            raise ReferenceDataError(f"line {line}: a level needs code, name_zh and name_en")
        colour = row["colour"]
        if len(colour) != 7 or not colour.startswith("#"):
            raise ReferenceDataError(f"line {line}: colour must look like #C62828")
        try:
            indicators = frozenset(RiskIndicator(code) for code in split_codes(row["indicators"]))
            amount = Decimal(row["min_amount"]) if row["min_amount"] else None
        except (ValueError, InvalidOperation):
            raise ReferenceDataError(f"line {line}: bad indicator or amount") from None
        people = parse_int(row["min_people"], line, "min_people") if row["min_people"] else None
        levels.append(
            RiskLevel(
                code=row["code"],
                name_zh=row["name_zh"],
                name_en=row["name_en"],
                rank=parse_int(row["rank"], line, "rank"),
                colour=colour,
                min_people=people,
                min_amount=amount,
                indicators=indicators,
                requires_escalation=parse_flag(row["requires_escalation"], line, "escalation"),
                on_worklist=parse_flag(row["on_worklist"], line, "on_worklist"),
                basis=row.get("basis", ""),
            )
        )
    try:
        return RiskScale(levels)
    except ValueError as problem:
        raise ReferenceDataError(str(problem)) from None


class EscalationRecipient(StrEnum):
    """Whom a dispute likely to escalate is reported to (art 25)."""

    POLICE_STATION = "police_station"
    TOWNSHIP = "township"  # 苏木乡镇 / 街道 (综治中心)
    JUSTICE_OFFICE = "justice_office"  # 司法所
    OTHER = "other"


class ReportMethod(StrEnum):
    """How the report was made."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    WRITTEN = "written"
    ONLINE = "online"


@dataclass(frozen=True)
class EscalationReport:
    """The report made when a case reaches a level that requires one: to whom, when, how, what."""

    recipients: frozenset[EscalationRecipient]
    reported_at: datetime
    method: ReportMethod
    measures: str  # what was done to prevent escalation (针对性的预防措施)
    reported_by: str
    other_recipient: str = ""


def validate_escalation(report: EscalationReport, now: datetime) -> list[Issue]:
    """Recipients, measures and reporter are required; the time must not be in the future."""
    issues: list[Issue] = []
    if not report.recipients:
        issues.append(error("recipients", "escalation.recipient_required"))
    required = EscalationRecipient.OTHER in report.recipients
    issues += check_text(
        "other_recipient", report.other_recipient, required=required, max_length=NAME_MAX
    )
    issues += check_text(
        "measures", report.measures, required=True, max_length=LONG_TEXT_MAX, multiline=True
    )
    issues += check_text("reported_by", report.reported_by, required=True, max_length=NAME_MAX)
    if report.reported_at.tzinfo is None:
        issues.append(error("reported_at", "escalation.time_zone_required"))
    elif report.reported_at > now:
        issues.append(error("reported_at", "date.future"))
    return issues


def check_risk_change(
    scale: RiskScale,
    old_code: str,
    new_code: str,
    *,
    now: datetime,
    indicators: Iterable[RiskIndicator] = (),
    people_involved: int | None = None,
    amount: Decimal | None = None,
    report: EscalationReport | None = None,
) -> list[Issue]:
    """Raising a case into a level that requires escalation needs a report; lower than suggested
    is a warning, and so is leaving the police out when violence or crime is feared."""
    new = scale.get(new_code)
    if new is None:
        return [error("risk_level", "risk.unknown_level", level=new_code)]
    present = frozenset(indicators)
    issues: list[Issue] = []
    raised_into = new.requires_escalation and scale.rank_of(old_code) < new.rank
    if raised_into and report is None:
        issues.append(error("escalation", "risk.escalation_report_required", level=new.code))
    if report is not None:
        issues += rebase(validate_escalation(report, now), "escalation")
        if (
            present & POLICE_INDICATORS
            and EscalationRecipient.POLICE_STATION not in report.recipients
        ):
            issues.append(warning("escalation.recipients", "escalation.police_not_informed"))
    suggested = scale.suggest(present, people_involved, amount).level
    if new.rank < suggested.rank:
        issues.append(warning("risk_level", "risk.below_suggested", suggested=suggested.code))
    return issues
