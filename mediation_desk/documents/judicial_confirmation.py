"""司法确认申请书 (art 33, §4.2): the parties' joint application to a court."""

from __future__ import annotations

from mediation_desk.documents.agreement_terms import terms_text
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.model import (
    Align,
    Block,
    Document,
    Field,
    FieldLine,
    Paragraph,
    SignatureBlock,
    SignatureLine,
)
from mediation_desk.documents.parties import party_lines
from mediation_desk.documents.phrases import date_or_blank, dispute_name, signature
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.enums import PartyKind

KIND = "judicial-confirmation"


def build_judicial_confirmation(source: CaseDocumentSource, language: str) -> Document:
    """Both parties apply together: their particulars, the request, the facts and the agreed
    terms, their commitment, the court, their signatures and the attachments."""
    text = wording(language, KIND)
    common = wording(language, "common")
    terms_wording = wording(language, "agreement")
    agreement = source.agreement
    if agreement is None or not agreement.recorded:
        raise MissingDocumentData(KIND, source.case.case_no, "recorded agreement")
    confirmation = source.confirmation
    blocks: list[Block] = []
    headings = [text["applicant"].format(n=n) for n in range(1, len(source.all_parties) + 1)]
    indent = max(len(heading) for heading in headings) + 1
    for heading, party in zip(headings, source.all_parties, strict=True):
        blocks.extend(party_lines(source, party, heading, common, indent))
        if party.kind is PartyKind.ORGANISATION:
            identity = Field(text["credit_code"], party.credit_code)
        else:
            identity = Field(text["id_number"], party.id_number)
        blocks.append(FieldLine((identity,), indent_chars=indent))
        for agent in party.agents:
            agent_field = Field(text["agent"], f"{agent.name} {agent.phone}".strip())
            blocks.append(FieldLine((agent_field,), indent_chars=indent))
    reached = date_or_blank(agreement.reached_on, common)
    committee = source.committee.name
    blocks += [
        Paragraph(text["requests"], indent_first=False),
        Paragraph(text["request"].format(reached=reached, committee=committee)),
        Paragraph(text["reasons"], indent_first=False),
        Paragraph(
            text["reason"].format(
                dispute=dispute_name(source, common),
                committee=committee,
                reached=reached,
                effective=date_or_blank(agreement.effective_on, common),
            )
        ),
        *(Paragraph(term) for term in terms_text(agreement.content.terms, terms_wording, common)),
        Paragraph(text["commitment_heading"], indent_first=False),
        Paragraph(text["commitment"]),
        Paragraph(text["closing"]),
        Paragraph(confirmation.court if confirmation else text["court_blank"], indent_first=False),
    ]
    lines = [signature(text["applicant_signature"], common, blank_lines_before=1)]
    lines += [signature(text["applicant_signature"], common) for _ in source.all_parties[1:]]
    day = confirmation.applied_on if confirmation else None
    lines.append(SignatureLine(date_or_blank(day, common), Align.RIGHT))
    blocks.append(SignatureBlock(tuple(lines)))
    blocks.append(Paragraph(text["attachments"], indent_first=False))
    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=tuple(blocks),
    )
