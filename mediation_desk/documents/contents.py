"""The documents a case file holds, in the order of the 卷内目录 (§3.1), and which apply."""

from __future__ import annotations

from collections.abc import Callable

from mediation_desk.documents.acceptance import build_acceptance
from mediation_desk.documents.agreement import build_agreement
from mediation_desk.documents.application import build_application
from mediation_desk.documents.escalation import build_escalation
from mediation_desk.documents.follow_up import build_follow_up
from mediation_desk.documents.investigation import build_investigation
from mediation_desk.documents.judicial_confirmation import build_judicial_confirmation
from mediation_desk.documents.model import Document
from mediation_desk.documents.oral_agreement import build_oral_agreement
from mediation_desk.documents.referral import build_referral
from mediation_desk.documents.rights_notice import build_rights_notice
from mediation_desk.documents.session_record import build_session_record
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.termination import build_termination
from mediation_desk.domain.enums import ApplicationForm
from mediation_desk.domain.lifecycle.outcomes import AgreementForm

Builder = Callable[[CaseDocumentSource, str], Document]
Applies = Callable[[CaseDocumentSource], bool]


def _agreement_of(form: AgreementForm) -> Applies:
    return lambda s: s.agreement is not None and s.agreement.form is form


def _written_application(s: CaseDocumentSource) -> bool:
    return s.case.draft.application_form is ApplicationForm.WRITTEN


# (kind, builder, whether the case has what the document prints), in the case file's order.
CASE_FILE: tuple[tuple[str, Builder, Applies], ...] = (
    ("application", build_application, _written_application),
    ("acceptance", build_acceptance, lambda s: True),  # every accepted dispute is registered
    ("rights-notice", build_rights_notice, lambda s: bool(s.rights_notices)),
    ("investigation", build_investigation, lambda s: bool(s.investigations)),
    ("session-record", build_session_record, lambda s: bool(s.sessions)),
    ("agreement", build_agreement, _agreement_of(AgreementForm.WRITTEN)),
    ("oral-agreement", build_oral_agreement, _agreement_of(AgreementForm.ORAL)),
    ("follow-up", build_follow_up, lambda s: bool(s.follow_ups)),
    ("judicial-confirmation", build_judicial_confirmation, lambda s: s.confirmation is not None),
    ("referral", build_referral, lambda s: bool(s.diversions)),
    ("termination", build_termination, lambda s: bool(s.terminations)),
    ("escalation", build_escalation, lambda s: bool(s.escalations)),
)


def applicable_kinds(source: CaseDocumentSource) -> tuple[str, ...]:
    """The kinds of document this case has the data for, in the case file's order."""
    return tuple(kind for kind, _, applies in CASE_FILE if applies(source))


def build_case_documents(source: CaseDocumentSource, language: str) -> tuple[Document, ...]:
    """Every document of the case file except the cover, index and back cover (the dossier)."""
    return tuple(build(source, language) for _, build, applies in CASE_FILE if applies(source))
