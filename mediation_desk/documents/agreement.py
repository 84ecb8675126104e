"""人民调解协议书 (art 29, §3.7): the written agreement as the parties sign it."""

from __future__ import annotations

from mediation_desk.documents.agreement_terms import terms_text
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.model import (
    Block,
    Document,
    Paragraph,
    SignatureBlock,
    Table,
)
from mediation_desk.documents.parties import party_lines
from mediation_desk.documents.phrases import seal_and_date, signature, text_paragraphs
from mediation_desk.documents.sources import CaseAgreement, CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.lifecycle.outcomes import AgreementForm
from mediation_desk.domain.records.models import copies

KIND = "agreement"


def written_agreement(source: CaseDocumentSource, kind: str) -> CaseAgreement:
    """The recorded agreement, or the draft awaiting signatures; an error when there is none."""
    agreement = source.agreement
    if agreement is None:
        raise MissingDocumentData(kind, source.case.case_no, "agreement (recorded or drafted)")
    return agreement


def build_agreement(source: CaseDocumentSource, language: str) -> Document:
    """Particulars of every party, facts, disputed matters, responsibilities, numbered terms,
    the number of copies, and a signature and fingerprint box for each party."""
    text = wording(language, KIND)
    common = wording(language, "common")
    agreement = written_agreement(source, KIND)
    if agreement.form is not AgreementForm.WRITTEN:
        raise MissingDocumentData(KIND, source.case.case_no, "written agreement (it is oral)")
    content = agreement.content
    blocks: list[Block] = []
    indent = len(text["party"]) + 1
    for party in source.all_parties:
        blocks.extend(party_lines(source, party, text["party"], common, indent))
    blocks += [Paragraph(text["facts"], indent_first=False), *text_paragraphs(content.facts)]
    blocks += [
        Paragraph(text["disputed"], indent_first=False),
        *text_paragraphs(content.disputed_matters),
    ]
    if content.responsibilities:
        blocks += [
            Paragraph(text["responsibilities"], indent_first=False),
            *text_paragraphs(content.responsibilities),
        ]
    blocks.append(Paragraph(text["agreed"], indent_first=False))
    blocks += [Paragraph(term) for term in terms_text(content.terms, text, common)]
    if content.performance_method:
        blocks += [
            Paragraph(text["performance_method"], indent_first=False),
            *text_paragraphs(content.performance_method),
        ]
    blocks.append(Paragraph(text["copies"].format(copies=copies(len(source.all_parties)))))
    blocks.append(
        Table(
            rows=(
                (text["column.party"], text["column.signature"], text["column.fingerprint"]),
                *((party.name, "", "") for party in source.all_parties),
            ),
            column_weights=(2, 3, 2),
            min_row_lines=(1, *(2 for _ in source.all_parties)),
            keep_with_next=True,  # the boxes stay on the page of the mediators and the seal
        )
    )
    mediators = max(1, len(source.mediator_names))
    blocks.append(
        SignatureBlock(
            (
                signature(text["mediator_signature"], common, blank_lines_before=1),
                *(signature(text["mediator_signature"], common) for _ in range(mediators - 1)),
                signature(text["recorder_signature"], common),
                *seal_and_date(source, common, agreement.signed_on or agreement.reached_on),
            )
        )
    )
    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=tuple(blocks),
        reference=common["reference"].format(case_no=source.case.case_no),
    )
