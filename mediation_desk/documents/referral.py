"""人民调解分流告知书: where the dispute went, why, and the time limits the parties were told."""

from __future__ import annotations

from mediation_desk.documents.chinese_numbers import chinese_date
from mediation_desk.documents.model import Block, Document, Paragraph
from mediation_desk.documents.phrases import (
    addressed_to_parties,
    dispute_name,
    receipt_and_seal,
    records_document,
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
            addressed_to_parties(source, text, common),
            Paragraph(body),
            Paragraph(text["warnings"] if warnings else text["no_warnings"]),
            *(
                Paragraph(common["numbered_item"].format(n=n, text=warning.rstrip("。") + "。"))
                for n, warning in enumerate(warnings, start=1)
            ),
            Paragraph(text["feedback"]),
            receipt_and_seal(text["receipt"], source, common, diversion.diverted_on),
        ]
        return tuple(blocks)

    return records_document(KIND, language, source, source.diversions, "diversion", letter)
