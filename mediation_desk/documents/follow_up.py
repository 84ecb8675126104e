"""人民调解回访记录 (art 31, §3.9): one form per follow-up visit."""

from __future__ import annotations

from mediation_desk.documents.model import Block, Document, SignatureBlock, Table
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.phrases import (
    date_or_blank,
    dispute_name,
    joined,
    records_document,
    seal_and_date,
    signature,
)
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.documents.texts import wording
from mediation_desk.domain.records.models import FollowUpRecord

KIND = "follow-up"


def build_follow_up(source: CaseDocumentSource, language: str) -> Document:
    """Every visit, oldest first: whom, when and how, what performance and risks it found."""
    text = wording(language, KIND)
    common = wording(language, "common")

    def visit(item: FollowUpRecord) -> tuple[Block, ...]:
        findings = [text["performance"].format(status=common[f"performance.{item.performance}"])]
        for key, value in (
            ("attitude", item.attitude),
            ("new_risks", item.new_risks),
            ("measures", item.measures),
            ("note", item.note),
        ):
            if value:
                findings.append(text[key].format(text=value))
        if item.channels_explained:
            names = joined(
                (source.channel_name(c) for c in sorted(item.channels_explained)), common
            )
            findings.append(text["channels"].format(channels=names))
        table = Table(
            rows=(
                (text["party"], item.visited_persons or party_names(source.all_parties, common)),
                (text["agreement_no"], source.case.case_no),
                (text["matter"], dispute_name(source, common)),
                (text["time"], date_or_blank(item.visited_on, common)),
                (text["way"], text[f"way.{item.way}"]),
                (text["situation"], "\n".join(findings)),
            ),
            column_weights=(1, 3),
            min_row_lines=(1, 1, 1, 1, 1, 6),
        )
        lines = (
            signature(text["visitor_signature"] + item.visited_by, common, blank_lines_before=1),
            *seal_and_date(source, common, item.visited_on),
        )
        return (table, SignatureBlock(lines))

    return records_document(KIND, language, source, source.follow_ups, "follow-up visit", visit)
