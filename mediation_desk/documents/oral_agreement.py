"""人民调解口头协议登记表 (art 28, 30, §3.8): what the parties agreed orally, as recorded."""

from __future__ import annotations

from mediation_desk.documents.agreement import written_agreement
from mediation_desk.documents.agreement_terms import terms_text
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.model import Document, SignatureBlock, Table
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.phrases import date_or_blank, seal_and_date, signature
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.lifecycle.outcomes import AgreementForm

KIND = "oral-agreement"


def build_oral_agreement(source: CaseDocumentSource, language: str) -> Document:
    """The register form: parties, facts and matters, the terms, performance, the date reached
    (the oral agreement's effective date, art 30), signatures and the committee's seal."""
    text = wording(language, KIND)
    terms_wording = wording(language, "agreement")
    common = wording(language, "common")
    agreement = written_agreement(source, KIND)
    if agreement.form is not AgreementForm.ORAL:
        raise MissingDocumentData(KIND, source.case.case_no, "oral agreement (it is written)")
    content = agreement.content
    # Labels fit their column on one line: LibreOffice pushes what follows a table with wrapped
    # labels in rows of a least height to the next page even when it fits.
    table = Table(
        rows=(
            (text["parties"], party_names(source.all_parties, common)),
            (text["facts"], content.facts),
            (text["disputed"], content.disputed_matters),
            (text["content"], "\n".join(terms_text(content.terms, terms_wording, common))),
            (text["performance"], content.performance_method or text["on_the_spot"]),
            (text["reached_on"], date_or_blank(agreement.reached_on, common)),
        ),
        column_weights=(2, 5),
        min_row_lines=(1, 2, 1, 3, 1, 1),
    )
    signatures = SignatureBlock(
        (
            signature(text["party_signature"], common, blank_lines_before=1),
            signature(text["mediator_signature"], common),
            signature(text["registrar_signature"], common),
            *seal_and_date(source, common, agreement.reached_on),
        )
    )
    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=(table, signatures),
        reference=common["reference"].format(case_no=source.case.case_no),
    )
