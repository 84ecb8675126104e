"""人民调解终止调解告知书 (art 26): mediation ended without agreement; the other channels."""

from __future__ import annotations

from mediation_desk.documents.chinese_numbers import chinese_date
from mediation_desk.documents.model import Block, Document, Paragraph
from mediation_desk.documents.phrases import (
    addressed_to_parties,
    date_or_blank,
    dispute_name,
    receipt_and_seal,
    records_document,
)
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.lifecycle.outcomes import Termination, TerminationReason

KIND = "termination"


def build_termination(source: CaseDocumentSource, language: str) -> Document:
    """Why mediation ended, the decision to end it, and each channel explained to the parties."""
    text = wording(language, KIND)
    common = wording(language, "common")

    def notice(termination: Termination) -> tuple[Block, ...]:
        refusal = termination.refusal
        if termination.reason is TerminationReason.REFUSED and refusal is not None:
            reason = text["reason.refused"].format(
                party=refusal.party, date=chinese_date(refusal.refused_on)
            )
        else:
            reason = text[f"reason.{termination.reason}"]
        if termination.note:
            reason += termination.note
        channels = [source.channel_name(c) for c in sorted(termination.channels_explained)]
        blocks: list[Block] = [
            addressed_to_parties(source, text, common),
            Paragraph(
                text["body"].format(
                    dispute=dispute_name(source, common),
                    accepted=date_or_blank(source.accepted_on, common),
                    reason=reason,
                )
            ),
            Paragraph(text["decision"].format(date=chinese_date(termination.terminated_on))),
            Paragraph(text["channels"] if channels else text["no_channels"]),
            *(
                Paragraph(common["numbered_item"].format(n=n, text=name))
                for n, name in enumerate(channels, start=1)
            ),
            receipt_and_seal(text["receipt"], source, common, termination.terminated_on),
        ]
        return tuple(blocks)

    return records_document(KIND, language, source, source.terminations, "termination", notice)
