"""The lines above the case-progress dialog's history: what the parties asked for, ties between
mediators and parties, and earlier cases of the same parties (each a link to that case)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from mediation_desk.domain.lifecycle.recusal import relation_warnings
from mediation_desk.ui.dialogs.field_issues import WARNING_COLOUR
from mediation_desk.ui.dialogs.progress_fields import BEFORE_AN_OUTCOME
from mediation_desk.ui.dialogs.progress_requests import ProgressState
from mediation_desk.ui.dialogs.publicity_page import describe_publicity
from mediation_desk.ui.labels import label
from mediation_desk.ui.lifecycle_labels import lifecycle_label
from mediation_desk.ui.lifecycle_messages import message_for


def info_html(state: ProgressState) -> str:
    """Rich text for the info label; '' when there is nothing to point out."""
    lines: list[str] = []
    if state.status in BEFORE_AN_OUTCOME or state.publicity is not None:
        lines.append(escape(describe_publicity(state.publicity)))
    pending = state.open_recusal
    if pending is not None:
        text = QCoreApplication.translate(
            "CaseProgressDialog", "{party} asked on {on} for mediator {mediator} to be replaced."
        ).format(
            party=pending.requested_by,
            on=pending.requested_on.isoformat(),
            mediator=state.mediator_name(pending.mediator_uuid),
        )
        lines.append(_orange(text))
    assigned = [m.uuid for m in state.assigned]
    lines += [_orange(message_for(i)) for i in relation_warnings(assigned, state.relations)]
    if state.risk_indicators:
        names = "、".join(lifecycle_label(i) for i in sorted(state.risk_indicators))
        lines.append(
            escape(
                QCoreApplication.translate("CaseProgressDialog", "Risk indicators: {names}").format(
                    names=names
                )
            )
        )
    if state.earlier_cases:
        lines.append(
            _orange(
                QCoreApplication.translate(
                    "CaseProgressDialog", "Earlier cases of the same parties:"
                )
            )
            + " "
            + _earlier(state)
        )
    return "<br>".join(lines)


def _orange(text: str) -> str:
    return f'<span style="color: {WARNING_COLOUR};">{escape(text)}</span>'


def _earlier(state: ProgressState) -> str:
    categories = dict(state.category_names)
    return "; ".join(
        f'<a href="{escape(case.case_uuid)}">{escape(case.case_no)}</a> '
        + escape(
            QCoreApplication.translate(
                "CaseProgressDialog", "({party}, {on}, {category}, {status})"
            ).format(
                party=case.party,
                on=case.received_on.isoformat(),
                category=categories.get(case.category_code, case.category_code),
                status=label(case.status),
            )
        )
        for case in state.earlier_cases
    )
