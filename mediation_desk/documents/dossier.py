"""The case file's own pages (§3.1): cover (卷宗封面), index (卷内目录), back cover (卷内备考表).

The index numbers the pages of every document the case file holds, counted with the
pagination estimate (documents.pagination) of each document as `write_docx` lays it out;
cover, index and back cover are not numbered, as archives number the contents only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mediation_desk.documents.contents import build_case_documents
from mediation_desk.documents.model import (
    Block,
    Document,
    Field,
    FieldLine,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
)
from mediation_desk.documents.pagination import estimate_pages
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.phrases import date_or_blank, dispute_name, joined
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.enums import CaseStatus

KIND = "dossier"
_LABEL_WIDTH = 5  # 人民调解员, the longest label; the others are spaced out to it
_COVER_INDENT = 4
_SIXTH_SPACE = "\u2006"  # SIX-PER-EM SPACE: spreads labels whose gaps an ideographic space can't
_INDEX_MIN_ROWS = 12  # a printed index has blank rows for papers added by hand


def spaced_label(label: str, width: int = _LABEL_WIDTH) -> str:
    """卷　　　名 / 当　事　人: a label spread to `width` characters, as printed forms do."""
    gaps = len(label) - 1
    room = width - len(label)
    if gaps <= 0 or room <= 0:
        return label
    if room % gaps == 0:
        return ("\u3000" * (room // gaps)).join(label)
    return (_SIXTH_SPACE * (room * 6 // gaps)).join(label)


def build_dossier(
    source: CaseDocumentSource, language: str, documents: Sequence[Document] | None = None
) -> Document:
    """Cover, index with the page numbers of every document present, and back cover;
    `documents` are the case file's documents when the caller has built them already."""
    text = wording(language, KIND)
    common = wording(language, "common")
    if documents is None:
        documents = build_case_documents(source, language)
    pages = [estimate_pages(document) for document in documents]
    blocks = (
        *_cover(source, text, common),
        PageBreak(),
        *_index(documents, pages, text),
        PageBreak(),
        *_back_cover(source, text, common, len(documents), sum(pages)),
    )
    return Document(
        kind=KIND,
        language=language,
        title=text["title"],
        blocks=blocks,
        show_title=False,
        page_numbers=False,
    )


def outcome(source: CaseDocumentSource, text: Mapping[str, str], common: Mapping[str, str]) -> str:
    """调解结果: the agreement and its performance, a termination, a diversion or a decline."""
    agreement = source.agreement
    if agreement is not None and agreement.recorded:
        performance = common[f"performance.{agreement.performance}"]
        return text[f"result.agreement.{agreement.form}"] + text["result.performance"].format(
            status=performance
        )
    if source.terminations:
        return text["result.terminated"]
    if source.diversions:
        channel = source.channel_name(source.diversions[-1].channel_code)
        return text["result.diverted"].format(channel=channel)
    if source.case.status is CaseStatus.DECLINED:
        return text["result.declined"]
    return text["result.pending"]


def _cover(
    source: CaseDocumentSource, text: Mapping[str, str], common: Mapping[str, str]
) -> tuple[Block, ...]:
    archived = source.reached(CaseStatus.ARCHIVED)
    values = (
        ("file_name", dispute_name(source, common)),
        ("file_no", source.case.case_no),
        ("parties", party_names(source.all_parties, common)),
        ("category", source.category_name),
        ("accepted", date_or_blank(source.accepted_on, common)),
        ("closed", date_or_blank(source.reached_on(CaseStatus.CLOSED), common)),
        ("result", outcome(source, text, common)),
        ("mediators", joined(source.mediator_names, common)),
        ("archived_by", archived.by if archived else ""),
        ("archived", date_or_blank(source.reached_on(CaseStatus.ARCHIVED), common)),
        ("retention", ""),
        ("note", ""),
    )
    # The label goes into the heading, so a long value wraps under the value, not the label.
    indent = _COVER_INDENT + _LABEL_WIDTH + 1
    fields = tuple(
        FieldLine(
            (Field("", value),),
            heading="\u3000" * _COVER_INDENT + spaced_label(text[key]) + "：",
            indent_chars=indent,
        )
        for key, value in values
    )
    return (Heading(source.committee.name), Heading(text["title"]), *fields)


def _index(
    documents: Sequence[Document], pages: Sequence[int], text: Mapping[str, str]
) -> tuple[Block, ...]:
    rows: list[tuple[str, str, str, str]] = [
        (text["column.number"], text["column.name"], text["column.pages"], text["column.note"])
    ]
    first = 1
    for number, (document, count) in enumerate(zip(documents, pages, strict=True), start=1):
        last = first + count - 1
        span = str(first) if count == 1 else text["pages"].format(first=first, last=last)
        rows.append((str(number), document.title, span, ""))
        first = last + 1
    rows.append((str(len(documents) + 1), text["back_title"], "", ""))
    while len(rows) < _INDEX_MIN_ROWS + 1:
        rows.append(("", "", "", ""))
    return (
        Heading(text["index_title"]),
        Table(rows=tuple(rows), column_weights=(2, 10, 3, 3)),
    )


def _back_cover(
    source: CaseDocumentSource,
    text: Mapping[str, str],
    common: Mapping[str, str],
    documents: int,
    pages: int,
) -> tuple[Block, ...]:
    archived = source.reached(CaseStatus.ARCHIVED)
    return (
        Heading(text["back_title"]),
        Paragraph(text["back_summary"].format(documents=documents, pages=pages)),
        Paragraph(text["back_explanation"], indent_first=False),
        *(Paragraph("", indent_first=False) for _ in range(6)),
        SignatureBlock(
            (
                SignatureLine(
                    text["back_archivist"] + (archived.by if archived else ""),
                    blank_lines_before=1,
                ),
                SignatureLine(text["back_checker"]),
                SignatureLine(
                    text["back_date"]
                    + date_or_blank(source.reached_on(CaseStatus.ARCHIVED), common)
                ),
            )
        ),
    )
