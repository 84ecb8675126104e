"""人民调解记录: one record per mediation session — who was there, what each side said, result."""

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
    dispute_name,
    joined,
    moment_text,
    records_document,
    signature,
    text_paragraphs,
)
from mediation_desk.documents.sources import CaseDocumentSource, china_time
from mediation_desk.documents.texts import wording
from mediation_desk.domain.records.models import SessionRecord

KIND = "session-record"


def build_session_record(source: CaseDocumentSource, language: str) -> Document:
    """Every session of the case, oldest first, each on pages of its own."""
    text = wording(language, KIND)
    common = wording(language, "common")
    matter = dispute_name(source, common)

    def record(item: SessionRecord) -> tuple[Block, ...]:
        invited = joined(item.invited, common)
        if invited and item.invited_consented:
            invited += text["invited_consented"]
        blocks: list[Block] = [
            FieldLine((Field(text["time"], moment_text(item.held_at)),)),
            FieldLine((Field(text["place"], item.place),)),
            FieldLine((Field(text["matter"], matter),)),
            FieldLine((Field(text["parties"], joined(item.parties_present, common)),)),
            FieldLine((Field(text["invited"], invited or common["none"]),)),
            FieldLine(
                (
                    Field(text["mediators"], joined(item.mediators, common)),
                    Field(text["recorder"], ""),
                )
            ),
            Paragraph(text["record"], indent_first=False),
        ]
        for statement in item.statements:
            blocks.append(
                Paragraph(text["statement"].format(speaker=statement.speaker, text=statement.text))
            )
        if item.proposal:
            blocks += [Paragraph(text["proposal"], indent_first=False)]
            blocks += text_paragraphs(item.proposal)
        blocks += [Paragraph(text["result"], indent_first=False), *text_paragraphs(item.result)]
        blocks.append(Paragraph(text["read_back"]))
        lines = [signature(text["party_signature"], common, blank_lines_before=1)]
        if item.invited:
            lines.append(signature(text["invited_signature"], common))
        lines += [
            signature(text["mediator_signature"], common),
            signature(text["recorder_signature"], common),
            SignatureLine(chinese_date(china_time(item.held_at).date()), Align.RIGHT),
        ]
        blocks.append(SignatureBlock(tuple(lines)))
        return tuple(blocks)

    return records_document(
        KIND, language, source, source.sessions, "mediation session record", record
    )
