"""The lifecycle records of one demo case (decisions, diversions, agreements, visits …) as rows."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlmodel import SQLModel

from mediation_desk.db.lifecycle_tables import (
    CaseAgreementRow,
    CaseDecisionRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseExtensionRow,
    CaseFollowUpRow,
    CaseRefusalRow,
    CaseRightsNoticeRow,
    CaseTerminationRow,
)
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import Diversion, FeedbackStatus
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, Refusal
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
    Termination,
)
from mediation_desk.domain.lifecycle.risk import EscalationRecipient, ReportMethod
from mediation_desk.domain.models import CaseDraft
from mediation_desk.domain.records.models import AgreementContent, VisitWay
from mediation_desk.services.demo import record_texts as texts
from mediation_desk.services.demo.dice import between, pick
from mediation_desk.services.lifecycle_reference import LifecycleReference
from mediation_desk.services.lifecycle_store import dump_list, refusal_columns

S = CaseStatus
Rows = dict[type[SQLModel], list[dict[str, object]]]
# Where a dispute of a category is usually sent; other categories go anywhere.
_CHANNEL_OF = {
    "road_traffic": "road_traffic_mediation",
    "medical": "medical_mediation",
    "labour": "labour_arbitration",
    "property_management": "property_mediation",
    "consumer": "consumer_mediation",
    "environmental_pollution": "environment_mediation",
    "forest_land": "land_contract_arbitration",
    "grassland": "administrative_ruling",
    "land_acquisition": "administrative_reconsideration",
    "contract": "civil_litigation",
}
_DIVERSION_REASONS = (
    "纠纷涉及专业问题，由专业调解组织处理更为适宜",
    "当事人要求通过该渠道解决",
    "纠纷已超出本委员会调解范围",
)
_MEASURES = (
    "已安排调解员与双方分别谈话稳定情绪，通知村两委和派出所民警到场",
    "已报告苏木乡镇综治中心，组织联合调处，每日回访",
    "已劝离聚集人员，约定次日在司法所共同调解",
)
_RECIPIENTS = tuple(r for r in EscalationRecipient if r is not EscalationRecipient.OTHER)


_DUMPED: dict[tuple[str, ...], str] = {}


def dump_codes(values: frozenset[str] | tuple[str, ...] | list[str]) -> str:
    """`dump_list` of codes, remembered: the same few combinations recur on most cases."""
    key = tuple(sorted(values)) if isinstance(values, frozenset) else tuple(values)
    text = _DUMPED.get(key)
    if text is None:
        text = _DUMPED[key] = dump_list(key)
    return text


class RecordMaker:
    """Collects the rows of one case at a time; `start` begins the next case."""

    def __init__(
        self, rng: random.Random, reference: LifecycleReference, side: random.Random
    ) -> None:
        self._rng = rng
        self._side = side  # draws for the written findings (see LifecycleMaker)
        self._channels = reference.channels
        self._targets = tuple(c.code for c in reference.channels.diversion_targets())
        self._draft: CaseDraft | None = None
        self._names: list[str] = []
        self._rows: Rows = {}
        self._agreement: dict[str, object] | None = None

    def start(self, draft: CaseDraft, names: list[str], rows: Rows) -> None:
        self._draft, self._names, self._rows, self._agreement = draft, names, rows, None

    @property
    def agreement_row(self) -> dict[str, object] | None:
        """The case's agreement as it will be stored (performance settled by `finish`)."""
        return self._agreement

    def _add(self, model: type[SQLModel], row: dict[str, object]) -> None:
        self._rows.setdefault(model, []).append(row)

    def someone(self) -> str:
        """One of the case's mediators."""
        return pick(self._rng, self._names)

    def party(self) -> str:
        assert self._draft is not None
        return pick(self._rng, self._draft.parties).name

    def channels(self, count: int, first: str = "") -> frozenset[str]:
        """`count` channels other than this committee (with `first` among them if given)."""
        chosen = {first} if first else set()
        while len(chosen) < count:
            chosen.add(pick(self._rng, self._targets))
        return frozenset(chosen)

    def decision(self, decision: AcceptanceDecision) -> None:
        self._add(
            CaseDecisionRow,
            {
                "accepted": decision.accepted,
                "decided_on": decision.decided_on,
                "decided_by": decision.decided_by,
                "reason_code": decision.reason_code,
                "reason_text": decision.reason_text,
                "channels_told": dump_codes(decision.channels_told),
                **refusal_columns(decision.refusal),
            },
        )

    def refusal(self, refusal: Refusal) -> None:
        row = {"party": refusal.party, "refused_on": refusal.refused_on}
        self._add(CaseRefusalRow, {**row, "method": refusal.method.value, "note": refusal.note})

    def rights_notice(self, on: date) -> None:
        assert self._draft is not None
        method = "written" if self._rng.random() < 0.6 else "oral"
        given_to = dump_list(p.name for p in self._draft.parties)
        row = {"given_on": on, "given_to": given_to, "method": method, "given_by": self.someone()}
        self._add(CaseRightsNoticeRow, row)

    def diversion(self, category: str, on: date, later: CaseStatus | None, end: date) -> Diversion:
        """A diversion on `on`; its feedback follows what the case did next (by `end`)."""
        rng = self._rng
        code = _CHANNEL_OF.get(category, "") if rng.random() < 0.5 else ""
        channel = self._channels.get(code or pick(rng, self._targets))
        assert channel is not None
        feedback, feedback_on, note = FeedbackStatus.AWAITING, None, ""
        if later is S.ACCEPTED:
            feedback, feedback_on, note = FeedbackStatus.RETURNED, end, "对方认为仍宜由本委员会调解"
        elif later is S.CLOSED:
            feedback, feedback_on, note = FeedbackStatus.CONCLUDED, end, "已处理完毕并书面反馈"
        elif rng.random() < 0.4:
            feedback, feedback_on = FeedbackStatus.IN_PROGRESS, days_after(on, 1, 5, rng, end)
            note = "接收单位已签收"
        diversion = Diversion(
            channel_code=channel.code,
            receiving_body=channel.name_zh,
            reason=pick(rng, _DIVERSION_REASONS),
            diverted_on=on,
            warnings_told=channel.warning_codes,
            needs_met=frozenset(channel.needs),
            feedback=feedback,
            feedback_on=feedback_on,
            feedback_note=note,
        )
        self._add(
            CaseDiversionRow,
            {
                "channel_code": diversion.channel_code,
                "receiving_body": diversion.receiving_body,
                "reason": diversion.reason,
                "diverted_on": on,
                "warnings_told": dump_codes(diversion.warnings_told),
                "needs_met": dump_codes(diversion.needs_met),
                "feedback": feedback.value,
                "feedback_on": feedback_on,
                "feedback_note": note,
                "feedback_due_on": None,
            },
        )
        return diversion

    def termination(self, termination: Termination) -> None:
        self._add(
            CaseTerminationRow,
            {
                "reason": termination.reason.value,
                "terminated_on": termination.terminated_on,
                "channels_explained": dump_codes(termination.channels_explained),
                **refusal_columns(termination.refusal),
                "note": termination.note,
            },
        )

    def due_dates(self, agreement: AgreementRecord) -> list[date]:
        """One or two days, a week to three months after the agreement took effect."""
        rng = self._rng
        effective = agreement.effective_on or agreement.reached_on
        return sorted(
            {effective + timedelta(days=between(rng, 7, 90)) for _ in range(between(rng, 1, 2))}
        )

    def agreement(
        self,
        agreement: AgreementRecord,
        content: AgreementContent,
        later: CaseStatus | None,
        today: date,
    ) -> None:
        """The agreement row with its text; performance and visits are settled in `finish`.

        Its performance dates are its terms' due dates, as when the app records the terms."""
        rng = self._rng
        effective = agreement.effective_on or agreement.reached_on
        due = sorted({t.due_on for t in content.terms if t.due_on is not None})
        applied = None
        if agreement.form is AgreementForm.WRITTEN and rng.random() < 0.15:
            applied = days_after(effective, 3, 25, rng, today)
        row: dict[str, object] = {
            "form": agreement.form.value,
            "reached_on": agreement.reached_on,
            "signed_on": agreement.signed_on,
            "effective_on": agreement.effective_on,
            "performance_due": dump_list(d.isoformat() for d in due),
            "performance": PerformanceStatus.PERFORMED.value if later is S.CLOSED else "pending",
            "confirmation_applied_on": applied,
            "facts": content.facts,
            "disputed_matters": content.disputed_matters,
            "responsibilities": content.responsibilities,
            "performance_method": content.performance_method,
        }
        self._agreement = row
        self._add(CaseAgreementRow, row)

    def finish(self, path: tuple[CaseStatus, ...], days: list[date], today: date) -> None:
        """Follow-up visits of a case in or past follow-up; an extension for some long ones."""
        rng = self._rng
        if S.FOLLOW_UP in path and self._agreement is not None:
            start = days[path.index(S.FOLLOW_UP)]
            closed = S.CLOSED in path
            end = days[path.index(S.CLOSED)] if closed else today
            visits = between(rng, 1, 2) if closed else pick(rng, (0, 0, 1, 2))
            finding = PerformanceStatus.PENDING
            for number in range(visits):
                last = number == visits - 1
                finding = self._finding(closed and last)
                explained = ["civil_litigation"] if finding in _UNPERFORMED else []
                visited_on = end if closed and last else days_after(start, 1, 30, rng, end)
                self._add(
                    CaseFollowUpRow,
                    {
                        "visited_on": visited_on,
                        "visited_by": self.someone(),
                        "performance": finding.value,
                        "channels_explained": dump_codes(explained),
                        "note": "",
                        **self._findings(finding),
                    },
                )
            self._agreement["performance"] = finding.value
        if path and path[-1] is S.IN_MEDIATION and S.ACCEPTED in path:
            accepted = days[path.index(S.ACCEPTED)]
            if (today - accepted).days >= 20 and rng.random() < 0.25:
                self._add(
                    CaseExtensionRow,
                    {
                        "agreed_on": days_after(accepted, 18, 28, rng, today),
                        "until": accepted + timedelta(days=30 + between(rng, 10, 30)),
                        "both_parties_consent": True,
                        "note": "双方当事人同意延长调解期限",
                    },
                )

    def _findings(self, finding: PerformanceStatus) -> dict[str, object]:
        """How the visit was made, whom it met and what it found besides performance."""
        assert self._draft is not None
        a, b = texts.sides(self._draft)
        attitude, risks, measures = texts.visit_findings(finding, a, b)
        phone = self._side.random() < 0.3
        return {
            "way": (VisitWay.PHONE if phone else VisitWay.VISIT).value,
            "visited_persons": pick(self._side, (a, b)) if phone else f"{a}、{b}",
            "attitude": attitude,
            "new_risks": risks,
            "measures": measures,
        }

    def _finding(self, closing: bool) -> PerformanceStatus:
        draw = self._rng.random()
        if closing:
            return PerformanceStatus.PERFORMED if draw < 0.85 else pick(self._rng, _UNPERFORMED)
        return PerformanceStatus.PENDING if draw < 0.6 else PerformanceStatus.PARTLY_PERFORMED

    def escalation(self, level: str, created: datetime, latest: datetime) -> None:
        rng = self._rng
        recipients = {EscalationRecipient.POLICE_STATION, pick(rng, _RECIPIENTS)}
        self._add(
            CaseEscalationRow,
            {
                "level": level,
                "recipients": dump_codes(sorted(r.value for r in recipients)),
                "other_recipient": "",
                "reported_at": min(latest, created + timedelta(minutes=between(rng, 20, 600))),
                "method": pick(rng, tuple(ReportMethod)).value,
                "measures": pick(rng, _MEASURES),
                "reported_by": self.someone(),
            },
        )


_UNPERFORMED = (PerformanceStatus.PARTLY_PERFORMED, PerformanceStatus.NOT_PERFORMED)


def days_after(start: date, low: int, high: int, rng: random.Random, limit: date) -> date:
    """A day `low`–`high` days after `start`, never after `limit` nor before `start`."""
    return max(start, min(limit, start + timedelta(days=between(rng, low, high))))
