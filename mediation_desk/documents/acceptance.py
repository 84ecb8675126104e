"""人民调解受理登记表: the committee's registration of a case it takes on."""

from __future__ import annotations

from collections.abc import Mapping

from mediation_desk.documents.chinese_numbers import chinese_date
from mediation_desk.documents.model import (
    Align,
    Document,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
)
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.enums import CaseSource

KIND = "acceptance"


def build_acceptance(source: CaseDocumentSource, language: str) -> Document:
    """The registration form with the case's source ticked among all the sources."""
    text = wording(language, KIND)
    common = wording(language, "common")
    draft = source.case.draft
    opening = text["opening"].format(
        date=chinese_date(source.received_on),
        parties=party_names(draft.parties, common),
    )
    table = Table(
        rows=(
            (text["category"], source.category_name),
            (text["source"], source_options(draft.source, draft.referral_body, text, common)),
            (text["facts"], draft.facts),
        ),
        column_weights=(1, 3),
        min_row_lines=(1, 2, 4),
    )
    signatures = SignatureBlock(
        (
            # side by side: both sign on the same line, which keeps the form on one page
            SignatureLine(
                text["parties_signature"] + text["signature_gap"] + text["registrar_signature"],
                blank_lines_before=1,
            ),
            SignatureLine(
                text["committee_seal"].format(committee=source.committee.seal_name),
                Align.RIGHT,
                blank_lines_before=1,
            ),
            SignatureLine(chinese_date(source.received_on), Align.RIGHT),
        )
    )
    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=(Paragraph(opening), table, signatures, Paragraph(text["note"], indent_first=False)),
        reference=common["reference"].format(case_no=source.case.case_no),
    )


def source_options(
    chosen: CaseSource, referral_body: str, text: Mapping[str, str], common: Mapping[str, str]
) -> str:
    """☑当事人申请　□人民调解委员会主动调解 …, with the referring body after a referral."""
    options = []
    for source in CaseSource:
        option = (common["checked"] if source is chosen else common["unchecked"]) + text[
            f"source.{source}"
        ]
        if source is chosen and source.is_referral and referral_body:
            option += text["referral_body"].format(body=referral_body)
        options.append(option)
    return "\u3000".join(options)
