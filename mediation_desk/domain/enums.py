"""Stable codes of the domain. Their values are the interchange format: never rename one."""

from __future__ import annotations

from enum import StrEnum


class CaseSource(StrEnum):
    """How the dispute reached the committee (人民调解法 arts 17–18)."""

    PARTY_APPLICATION = "party_application"
    PROACTIVE_SCREENING = "proactive_screening"
    COURT_REFERRAL = "court_referral"
    POLICE_REFERRAL = "police_referral"
    PETITION_REFERRAL = "petition_referral"
    OTHER_REFERRAL = "other_referral"

    @property
    def is_referral(self) -> bool:
        return self.name.endswith("_REFERRAL")


class ApplicationForm(StrEnum):
    """A party's application is written (申请书) or oral (recorded on the 受理登记表)."""

    WRITTEN = "written"
    ORAL = "oral"


class CaseStatus(StrEnum):
    """Where a case stands. Registration is the only step the foundation records."""

    REGISTERED = "registered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IN_MEDIATION = "in_mediation"
    DIVERTED = "diverted"
    AGREEMENT = "agreement"
    TERMINATED = "terminated"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    ARCHIVED = "archived"


class PartyRole(StrEnum):
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    THIRD_PARTY = "third_party"


class PartyKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class AgentKind(StrEnum):
    """Kinds of 代理人 seen on 授权委托书 forms."""

    LAWYER = "lawyer"
    LEGAL_WORKER = "legal_worker"
    CLOSE_RELATIVE = "close_relative"
    EMPLOYEE = "employee"
    CITIZEN = "citizen"


class MediatorSelection(StrEnum):
    """人民调解法 art 19: the parties choose, or the committee assigns."""

    CHOSEN_BY_PARTIES = "chosen_by_parties"
    ASSIGNED_BY_COMMITTEE = "assigned_by_committee"


class MediatorKind(StrEnum):
    """人民调解法 art 13: committee members and mediators engaged by the committee."""

    MEMBER = "member"
    ENGAGED = "engaged"
