"""人民调解终止调解告知书 (art 26): mediation ended without agreement; the other channels."""

from __future__ import annotations

from mediation_desk.documents.chinese_numbers import chinese_date
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.model import Block, Document, Paragraph, SignatureBlock
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.phrases import (
    date_or_blank,
    dispute_name,
    one_per_record,
    seal_and_date,
    signature,
)
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.lifecycle.outcomes import Termination, TerminationReason

KIND = "termination"


def build_termination(source: CaseDocumentSource, language: str) -> Document:
    """Why mediation ended, the decision to end it, and each channel explained to the parties."""
    text = wording(language, KIND)
    common = wording(language, "common")
    if not source.terminations:
        raise MissingDocumentData(KIND, source.case.case_no, "termination")
    reference = common["reference"].format(case_no=source.case.case_no)

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
            Paragraph(
                text["salutation"].format(parties=party_names(source.all_parties, common)),
                indent_first=False,
            ),
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
            SignatureBlock(
                (
                    signature(text["receipt"], common, blank_lines_before=1),
                    *seal_and_date(source, common, termination.terminated_on),
                )
            ),
        ]
        return tuple(blocks)

    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=one_per_record(source.terminations, notice, text["title"], reference),
        reference=reference,
    )
