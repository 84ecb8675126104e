"""人民调解调查记录: one form per investigation — who asked whom, where, when, what was found."""

from __future__ import annotations

from mediation_desk.documents.chinese_numbers import chinese_date
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
from mediation_desk.documents.phrases import (
    joined,
    moment_text,
    records_document,
    signature,
    text_paragraphs,
)
from mediation_desk.documents.sources import CaseDocumentSource, china_time
from mediation_desk.documents.texts import wording
from mediation_desk.domain.records.models import InvestigationRecord

KIND = "investigation"


def build_investigation(source: CaseDocumentSource, language: str) -> Document:
    """Every investigation of the case, oldest first, each on pages of its own."""
    text = wording(language, KIND)
    common = wording(language, "common")

    def record(item: InvestigationRecord) -> tuple[Block, ...]:
        blocks: list[Block] = [
            FieldLine((Field(text["time"], moment_text(item.held_at)),)),
            FieldLine((Field(text["place"], item.place),)),
            FieldLine(
                (
                    Field(text["investigators"], joined(item.investigators, common)),
                    Field(text["recorder"], ""),
                )
            ),
            FieldLine((Field(text["person"], item.person_investigated),)),
            FieldLine((Field(text["others"], item.others_present or common["none"]),)),
            Paragraph(text["record"], indent_first=False),
            *text_paragraphs(item.text),
        ]
        if item.evidence:
            blocks.append(Paragraph(text["evidence"], indent_first=False))
            for n, evidence in enumerate(item.evidence, start=1):
                line = text["evidence_item"].format(n=n, description=evidence.description)
                if evidence.source:
                    line += text["evidence_source"].format(source=evidence.source)
                blocks.append(Paragraph(line))
        blocks.append(
            SignatureBlock(
                (
                    signature(text["person_signature"], common, blank_lines_before=1),
                    signature(text["investigator_signature"], common),
                    signature(text["recorder_signature"], common),
                    SignatureLine(chinese_date(china_time(item.held_at).date()), Align.RIGHT),
                )
            )
        )
        return tuple(blocks)

    return records_document(
        KIND, language, source, source.investigations, "investigation record", record
    )
