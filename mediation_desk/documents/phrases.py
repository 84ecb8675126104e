"""Pieces several documents print the same way: the dispute's name, dates, amounts, seal lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from mediation_desk.documents.chinese_numbers import chinese_date, chinese_date_time, rmb_capitals
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.model import (
    Align,
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureLine,
)
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.sources import CaseDocumentSource, china_time
from mediation_desk.documents.texts import wording

Record = TypeVar("Record")


def dispute_name(source: CaseDocumentSource, common: Mapping[str, str]) -> str:
    """王𠈌、ᠪᠠᠲᠤ之间的草原草场纠纷."""
    return common["dispute"].format(
        parties=party_names(source.all_parties, common), category=source.category_name
    )


def joined(names: Iterable[str], common: Mapping[str, str]) -> str:
    """Names joined as Chinese lists join them (、)."""
    return common["list_separator"].join(name for name in names if name)


def date_or_blank(day: date | None, common: Mapping[str, str]) -> str:
    """二〇二五年三月二日, or 年　　月　　日 to be filled in by hand."""
    return common["blank_date"] if day is None else chinese_date(day)


def moment_text(at: datetime) -> str:
    """A recorded moment (aware UTC) as the Chinese date and time in Ordos."""
    return chinese_date_time(china_time(at))


def amount_text(amount: Decimal, common: Mapping[str, str]) -> str:
    """人民币12,000.00元（大写：人民币壹万贰仟元整）."""
    return common["amount"].format(figures=f"{amount:,.2f}", capitals=rmb_capitals(amount))


def text_paragraphs(text: str, indent_first: bool = True) -> tuple[Paragraph, ...]:
    """A multi-line text as one paragraph a line (empty lines dropped)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(Paragraph(line, indent_first=indent_first) for line in lines)


def seal_and_date(
    source: CaseDocumentSource, common: Mapping[str, str], day: date | None
) -> tuple[SignatureLine, ...]:
    """The committee's name for its seal, and the date under it, both at the right."""
    return (
        SignatureLine(
            common["committee_seal"].format(committee=source.committee.seal_name),
            Align.RIGHT,
            blank_lines_before=1,
        ),
        SignatureLine(date_or_blank(day, common), Align.RIGHT),
    )


def signature(label: str, common: Mapping[str, str], blank_lines_before: int = 0) -> SignatureLine:
    """A label with room after it to sign by hand."""
    return SignatureLine(label + common["signature_fill"], blank_lines_before=blank_lines_before)


def one_per_record(
    records: Sequence[Record],
    build: Callable[[Record], Sequence[Block]],
    title: str,
    reference: str = "",
) -> tuple[Block, ...]:
    """The blocks of each record; every record after the first starts a new page with the
    document's title (and number) again, as a form of its own."""
    blocks: list[Block] = []
    for index, record in enumerate(records):
        if index:
            blocks += [PageBreak(), Heading(title)]
            if reference:
                blocks.append(Paragraph(reference, Align.RIGHT, indent_first=False))
        blocks.extend(build(record))
    return tuple(blocks)


def records_document(
    kind: str,
    language: str,
    source: CaseDocumentSource,
    records: Sequence[Record],
    missing: str,
    build: Callable[[Record], Sequence[Block]],
) -> Document:
    """A document holding one form per record (each visit, session, …), numbered with the case;
    MissingDocumentData names `missing` when the case has no such record."""
    if not records:
        raise MissingDocumentData(kind, source.case.case_no, missing)
    title = wording(language, kind)["title"]
    reference = wording(language, "common")["reference"].format(case_no=source.case.case_no)
    return Document(
        kind=kind,
        language=language,
        title=title,
        blocks=one_per_record(records, build, title, reference),
        reference=reference,
    )


def addressed_to_parties(
    source: CaseDocumentSource, text: Mapping[str, str], common: Mapping[str, str]
) -> Paragraph:
    """王𠈌、ᠪᠠᠲᠤ：, the salutation of a notice to all parties."""
    names = party_names(source.all_parties, common)
    return Paragraph(text["salutation"].format(parties=names), indent_first=False)


def receipt_and_seal(
    label: str, source: CaseDocumentSource, common: Mapping[str, str], day: date | None
) -> SignatureBlock:
    """The parties sign for a notice's receipt under the committee's seal and date."""
    return SignatureBlock(
        (signature(label, common, blank_lines_before=1), *seal_and_date(source, common, day))
    )
