"""矛盾纠纷情况报告 (art 25): a dispute that may escalate, reported — level, to whom, measures."""

from __future__ import annotations

from mediation_desk.documents.model import Block, Document, Paragraph, SignatureBlock, Table
from mediation_desk.documents.parties import party_names
from mediation_desk.documents.phrases import (
    amount_text,
    joined,
    moment_text,
    records_document,
    seal_and_date,
    signature,
)
from mediation_desk.documents.sources import CaseDocumentSource, Escalation, china_time
from mediation_desk.documents.texts import wording
from mediation_desk.domain.lifecycle.risk import EscalationRecipient

KIND = "escalation"


def build_escalation(source: CaseDocumentSource, language: str) -> Document:
    """One report per escalation: the dispute, its risk level, when and how it was reported to
    whom, and the preventive measures taken."""
    text = wording(language, KIND)
    common = wording(language, "common")
    draft = source.case.draft

    def report(escalation: Escalation) -> tuple[Block, ...]:
        item = escalation.report
        recipients = joined(
            (
                item.other_recipient
                if recipient is EscalationRecipient.OTHER
                else text[f"recipient.{recipient}"]
                for recipient in EscalationRecipient  # police first, as art 25 names it
                if recipient in item.recipients
            ),
            common,
        )
        rows = [
            (text["parties"], party_names(source.all_parties, common)),
            (text["category"], source.category_name),
            (text["facts"], draft.facts),
            (text["level"], source.risk_level_names.get(escalation.level, escalation.level)),
        ]
        if draft.people_involved is not None:
            rows.append((text["people"], text["people_value"].format(n=draft.people_involved)))
        if draft.amount is not None:
            rows.append((text["amount"], amount_text(draft.amount, common)))
        reported = text["reported_value"].format(
            at=moment_text(item.reported_at), method=text[f"method.{item.method}"]
        )
        rows += [(text["reported"], reported), (text["measures"], item.measures)]
        table = Table(
            rows=tuple(rows),
            column_weights=(1, 2),  # the longest label (已采取的预防措施) on one line
            min_row_lines=(1, 1, 2) + (1,) * (len(rows) - 4) + (2,),
        )
        lines = (
            signature(text["reporter_signature"] + item.reported_by, common, blank_lines_before=1),
            *seal_and_date(source, common, china_time(item.reported_at).date()),
        )
        return (
            Paragraph(text["salutation"].format(recipients=recipients), indent_first=False),
            Paragraph(text["opening"]),
            table,
            SignatureBlock(lines),
        )

    return records_document(KIND, language, source, source.escalations, "escalation report", report)
