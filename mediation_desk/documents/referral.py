"""人民调解分流告知书: where the dispute went, why, and the time limits the parties were told."""

from __future__ import annotations

from mediation_desk.documents.chinese_numbers import chinese_date
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.model import Block, Document, Paragraph, SignatureBlock
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.phrases import (
    dispute_name,
    one_per_record,
    seal_and_date,
    signature,
)
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.lifecycle.channels import Diversion

KIND = "referral"


def build_referral(source: CaseDocumentSource, language: str) -> Document:
    """One letter per diversion: channel, receiving body, reason, date and the deadline warnings
    told (limitation periods as the channel data states them)."""
    text = wording(language, KIND)
    common = wording(language, "common")
    if not source.diversions:
        raise MissingDocumentData(KIND, source.case.case_no, "diversion")
    reference = common["reference"].format(case_no=source.case.case_no)

    def letter(diversion: Diversion) -> tuple[Block, ...]:
        body = text["body"].format(
            dispute=dispute_name(source, common),
            reason=diversion.reason.rstrip("。"),
            date=chinese_date(diversion.diverted_on),
            channel=source.channel_name(diversion.channel_code),
            body=diversion.receiving_body,
        )
        warnings = [source.warning_texts.get(c, c) for c in sorted(diversion.warnings_told)]
        blocks: list[Block] = [
            Paragraph(
                text["salutation"].format(parties=party_names(source.all_parties, common)),
                indent_first=False,
            ),
            Paragraph(body),
            Paragraph(text["warnings"] if warnings else text["no_warnings"]),
            *(
                Paragraph(common["numbered_item"].format(n=n, text=warning.rstrip("。") + "。"))
                for n, warning in enumerate(warnings, start=1)
            ),
            Paragraph(text["feedback"]),
            SignatureBlock(
                (
                    signature(text["receipt"], common, blank_lines_before=1),
                    *seal_and_date(source, common, diversion.diverted_on),
                )
            ),
        ]
        return tuple(blocks)

    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=one_per_record(source.diversions, letter, text["title"], reference),
        reference=reference,
    )
