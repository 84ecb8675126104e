"""Translated display labels for the domain's enumerations and reference data."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    CaseStatus,
    Gender,
    MediatorKind,
    MediatorSelection,
    PartyKind,
    PartyRole,
)

if TYPE_CHECKING:
    from mediation_desk.domain.lifecycle.risk import RiskLevel
    from mediation_desk.domain.models import Category, Ethnicity

CONTEXT = "Labels"
DEFAULT_UI_LANGUAGE = "zh_CN"

# QT_TRANSLATE_NOOP marks the English source strings for pyside6-lupdate; `label` translates them.
_CASE_SOURCE: dict[str, object] = {
    CaseSource.PARTY_APPLICATION: QT_TRANSLATE_NOOP("Labels", "Party application"),
    CaseSource.PROACTIVE_SCREENING: QT_TRANSLATE_NOOP("Labels", "Proactive mediation (screening)"),
    CaseSource.COURT_REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referred by a court"),
    CaseSource.POLICE_REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referred by the police"),
    CaseSource.PETITION_REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referred by the petition office"),
    CaseSource.OTHER_REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referred by another body"),
}
_APPLICATION_FORM: dict[str, object] = {
    ApplicationForm.WRITTEN: QT_TRANSLATE_NOOP("Labels", "Written application"),
    ApplicationForm.ORAL: QT_TRANSLATE_NOOP("Labels", "Oral application"),
}
_CASE_STATUS: dict[str, object] = {
    CaseStatus.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    CaseStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    CaseStatus.IN_MEDIATION: QT_TRANSLATE_NOOP("Labels", "In mediation"),
    CaseStatus.DIVERTED: QT_TRANSLATE_NOOP("Labels", "Diverted"),
    CaseStatus.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Agreement reached"),
    CaseStatus.TERMINATED: QT_TRANSLATE_NOOP("Labels", "Mediation terminated"),
    CaseStatus.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    CaseStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}
_PARTY_ROLE: dict[str, object] = {
    PartyRole.APPLICANT: QT_TRANSLATE_NOOP("Labels", "Applicant"),
    PartyRole.RESPONDENT: QT_TRANSLATE_NOOP("Labels", "Respondent"),
    PartyRole.THIRD_PARTY: QT_TRANSLATE_NOOP("Labels", "Third party"),
}
_PARTY_KIND: dict[str, object] = {
    PartyKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Natural person"),
    PartyKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
}
_GENDER: dict[str, object] = {
    Gender.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
}
_AGENT_KIND: dict[str, object] = {
    AgentKind.LAWYER: QT_TRANSLATE_NOOP("Labels", "Lawyer"),
    AgentKind.LEGAL_WORKER: QT_TRANSLATE_NOOP("Labels", "Basic-level legal service worker"),
    AgentKind.CLOSE_RELATIVE: QT_TRANSLATE_NOOP("Labels", "Close relative"),
    AgentKind.EMPLOYEE: QT_TRANSLATE_NOOP("Labels", "Employee of the party"),
    AgentKind.CITIZEN: QT_TRANSLATE_NOOP("Labels", "Citizen recommended by a community or body"),
}
_MEDIATOR_SELECTION: dict[str, object] = {
    MediatorSelection.CHOSEN_BY_PARTIES: QT_TRANSLATE_NOOP("Labels", "Chosen by the parties"),
    MediatorSelection.ASSIGNED_BY_COMMITTEE: QT_TRANSLATE_NOOP(
        "Labels", "Assigned by the committee"
    ),
}
_MEDIATOR_KIND: dict[str, object] = {
    MediatorKind.MEMBER: QT_TRANSLATE_NOOP("Labels", "Committee member"),
    MediatorKind.ENGAGED: QT_TRANSLATE_NOOP("Labels", "Engaged mediator"),
}

_LABELS: dict[type[StrEnum], dict[str, object]] = {
    CaseSource: _CASE_SOURCE,
    ApplicationForm: _APPLICATION_FORM,
    CaseStatus: _CASE_STATUS,
    PartyRole: _PARTY_ROLE,
    PartyKind: _PARTY_KIND,
    Gender: _GENDER,
    AgentKind: _AGENT_KIND,
    MediatorSelection: _MEDIATOR_SELECTION,
    MediatorKind: _MEDIATOR_KIND,
}


def label(value: StrEnum) -> str:
    """The translated display label of an enumeration value (its code when none is defined)."""
    source = _LABELS.get(type(value), {}).get(value.value)
    if source is None:
        return value.value
    return QCoreApplication.translate(CONTEXT, str(source))


def ui_language() -> str:
    """The interface language the application was started with (`uiLanguage` property)."""
    app = QCoreApplication.instance()
    language = app.property("uiLanguage") if app is not None else None
    return str(language) if language else DEFAULT_UI_LANGUAGE


def _prefers_chinese() -> bool:
    return ui_language().startswith("zh")


def category_name(category: Category) -> str:
    """The category's name in the interface language (Chinese when the English one is missing)."""
    if _prefers_chinese() or not category.name_en:
        return category.name_zh
    return category.name_en


def ethnicity_name(ethnicity: Ethnicity) -> str:
    """The ethnicity's name in the interface language (Chinese when the English one is missing)."""
    if _prefers_chinese() or not ethnicity.name_en:
        return ethnicity.name_zh
    return ethnicity.name_en


def risk_level_name(level: RiskLevel) -> str:
    """The risk level's name in the interface language (一般/较大/重大 or General/…)."""
    return level.name_zh if _prefers_chinese() or not level.name_en else level.name_en


def resolve_plural(text: str, count: int) -> str:
    """Untranslated English `%n` text keeps its "(s)" (there is no English catalog): resolve it."""
    return text.replace("(s)", "" if count == 1 else "s")
