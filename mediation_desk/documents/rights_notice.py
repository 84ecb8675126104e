"""人民调解当事人权利义务告知书: the rights and duties (art 23, 24) told to each party."""

from __future__ import annotations

from mediation_desk.documents.model import Block, Document, Paragraph, SignatureBlock
from mediation_desk.documents.phrases import records_document, seal_and_date, signature
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.models import Party

KIND = "rights-notice"


def build_rights_notice(source: CaseDocumentSource, language: str) -> Document:
    """One notice addressed to each party, each with room to sign for its receipt; dated on the
    day the latest notice was recorded as given (blank before that, to be given on paper)."""
    text = wording(language, KIND)
    common = wording(language, "common")
    given_on = source.rights_notices[-1].given_on if source.rights_notices else None

    def notice(party: Party) -> tuple[Block, ...]:
        return (
            Paragraph(text["salutation"].format(party=party.name), indent_first=False),
            Paragraph(text["opening"]),
            *(Paragraph(section) for section in text["sections"].split("\n")),
            Paragraph(text["acknowledgement"]),
            SignatureBlock(
                (
                    signature(text["party_signature"], common, blank_lines_before=1),
                    signature(text["notifier_signature"], common),
                    *seal_and_date(source, common, given_on),
                )
            ),
        )

    return records_document(KIND, language, source, source.all_parties, "party", notice)
