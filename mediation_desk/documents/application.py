"""人民调解申请书: the written application, one block of particulars per party."""

from __future__ import annotations

from mediation_desk.documents.chinese_numbers import chinese_date
from mediation_desk.documents.model import (
    Align,
    Block,
    Document,
    Paragraph,
    SignatureBlock,
    SignatureLine,
)
from mediation_desk.documents.parties import party_lines
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.enums import PartyRole

KIND = "application"


def build_application(source: CaseDocumentSource, language: str) -> Document:
    """The application as the applicants sign it, dated on the day the case was received."""
    text = wording(language, KIND)
    common = wording(language, "common")
    blocks: list[Block] = []
    headings = (
        (PartyRole.APPLICANT, text["applicant"]),
        (PartyRole.RESPONDENT, text["respondent"]),
    )
    indent = max(len(heading) for _, heading in headings) + 1  # the fields of all parties align
    for role, heading in headings:
        for party in source.parties(role):
            blocks.extend(party_lines(source, party, heading, common, indent))
    draft = source.case.draft
    blocks.append(Paragraph(text["facts"] + draft.facts, indent_first=False))
    requests = [line.strip() for line in draft.requests.splitlines() if line.strip()]
    if len(requests) > 1:
        blocks.append(Paragraph(text["requests"], indent_first=False))
        blocks.extend(
            Paragraph(common["numbered_item"].format(n=n, text=request))
            for n, request in enumerate(requests, start=1)
        )
    else:
        blocks.append(Paragraph(text["requests"] + "".join(requests), indent_first=False))
    blocks.append(Paragraph(text["consent"]))
    blocks.append(
        SignatureBlock(
            (
                SignatureLine(text["signature"], Align.LEFT, blank_lines_before=1),
                SignatureLine(chinese_date(source.received_on), Align.RIGHT, blank_lines_before=1),
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
