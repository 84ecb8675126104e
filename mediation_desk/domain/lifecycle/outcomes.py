"""How mediation ended: an agreement (written or oral), a termination, and its performance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.lifecycle.common import LABOUR_CATEGORY, MEDICAL_CATEGORY
from mediation_desk.domain.lifecycle.decisions import Refusal

# Both regulations say the organisation "应当制作调解协议书": no oral agreements for these.
# 医疗纠纷预防和处理条例 art 39; 劳动争议调解仲裁法 art 14.
WRITTEN_AGREEMENT_CATEGORIES = frozenset({MEDICAL_CATEGORY, LABOUR_CATEGORY})


class AgreementForm(StrEnum):
    """People's Mediation Law art 28: a written agreement (协议书) or an oral one, recorded."""

    WRITTEN = "written"
    ORAL = "oral"


@dataclass(frozen=True)
class AgreementRecord:
    """An agreement; a written one takes effect when all signatures and the seal are on it."""

    form: AgreementForm
    reached_on: date
    signed_on: date | None = None  # written only: the last signature, fingerprint or seal

    @property
    def effective_on(self) -> date | None:
        """Art 29 (written: when signed and sealed) and art 30 (oral: the day it was reached)."""
        return self.reached_on if self.form is AgreementForm.ORAL else self.signed_on


class TerminationReason(StrEnum):
    """Why mediation ended without an agreement."""

    FAILED = "failed"  # 调解不成 (art 26), incl. a medical case past its time limit
    WITHDRAWN = "withdrawn"  # the applicant withdrew or the parties asked to stop (art 23(二))
    REFUSED = "refused"  # a party refused to go on (art 17, art 23(二))


@dataclass(frozen=True)
class Termination:
    """The end of mediation: why, when, and which other channels were explained (art 26)."""

    reason: TerminationReason
    terminated_on: date
    channels_explained: frozenset[str] = frozenset()
    refusal: Refusal | None = None
    note: str = ""


class PerformanceStatus(StrEnum):
    """Whether the agreement was carried out (art 31: the committee supervises performance)."""

    PENDING = "pending"
    PERFORMED = "performed"
    PARTLY_PERFORMED = "partly_performed"
    NOT_PERFORMED = "not_performed"
