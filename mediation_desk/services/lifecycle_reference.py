"""The lifecycle's reference data (channels, risk levels, holidays, decline reasons), read once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from mediation_desk.domain.lifecycle.channels import ChannelCatalogue, parse_channels
from mediation_desk.domain.lifecycle.decisions import DeclineReason, parse_decline_reasons
from mediation_desk.domain.lifecycle.risk import RiskScale, parse_risk_levels
from mediation_desk.domain.lifecycle.workdays import WorkCalendar, parse_holidays
from mediation_desk.paths import resources_dir


@dataclass(frozen=True)
class LifecycleReference:
    """Everything the lifecycle rules look up in shipped data."""

    channels: ChannelCatalogue
    risk_scale: RiskScale
    work_calendar: WorkCalendar
    decline_reasons: Mapping[str, DeclineReason]


def load_lifecycle_reference(directory: Path | None = None) -> LifecycleReference:
    """Parses the CSV files of resources/reference (or `directory`)."""
    folder = directory or resources_dir() / "reference"

    def text(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8")

    return LifecycleReference(
        channels=parse_channels(text("channels.csv")),
        risk_scale=parse_risk_levels(text("risk_levels.csv")),
        work_calendar=parse_holidays(text("holidays_cn.csv")),
        decline_reasons=parse_decline_reasons(text("decline_reasons.csv")),
    )
