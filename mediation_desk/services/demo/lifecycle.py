"""A demo case's lifecycle: risk level, state history and the record each step leaves, as rows."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mediation_desk.db.lifecycle_tables import CaseFollowUpRow
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.common import local_date
from mediation_desk.domain.lifecycle.decisions import PARTY_REFUSES, AcceptanceDecision, Refusal
from mediation_desk.domain.lifecycle.outcomes import (
    WRITTEN_AGREEMENT_CATEGORIES,
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.states import OPEN_STATUSES, TransitionContext, detail_codes
from mediation_desk.domain.models import CaseDraft
from mediation_desk.domain.records.models import AgreementContent
from mediation_desk.services.demo import paths
from mediation_desk.services.demo.dice import Weighted, between, pick
from mediation_desk.services.demo.places import Village
from mediation_desk.services.demo.records import RecordMaker, Rows, dump_codes
from mediation_desk.services.demo.written import WrittenRecords
from mediation_desk.services.lifecycle_reference import LifecycleReference

S = CaseStatus
_DECLINE_WEIGHTS = {"already_handled": 30, PARTY_REFUSES: 25, "specialised_body_only": 20}
_REASONS = {
    S.ACCEPTED: "符合受理条件，予以受理",
    S.IN_MEDIATION: "已告知权利义务，开始调解",
    S.FOLLOW_UP: "协议进入履行，安排回访",
    S.CLOSED: "结案",
    S.ARCHIVED: "卷宗归档",
}


@dataclass
class DemoLifecycle:
    """What the writer stores besides the case row: its lifecycle columns and child rows."""

    risk_level: str
    risk_indicators: str = "[]"
    accepted_on: date | None = None
    referral_reported_on: date | None = None
    updated_at: datetime | None = None
    transitions: list[dict[str, object]] = field(default_factory=list)
    records: Rows = field(default_factory=dict)
    terms: list[dict[str, object]] = field(default_factory=list)  # of its (one) agreement


class LifecycleMaker:
    """Draws a consistent history for a case, every move one the domain rules would allow."""

    def __init__(
        self, rng: random.Random, reference: LifecycleReference, new_id: Callable[[], str]
    ) -> None:
        self._rng = rng
        # The written records draw from a stream of their own (seeded from this one's state,
        # without drawing from it): the cases and lifecycles a seed gives stay the same.
        self._side = random.Random(hash(rng.getstate()))
        levels = reference.risk_scale.levels
        # Most disputes are ordinary; the top level is rare (general 82 %, … , top 5 %).
        weights = [82.0] + [13.0 / max(1, len(levels) - 2)] * (len(levels) - 2) + [5.0]
        self._risk = Weighted([level.code for level in levels], weights[-len(levels) :])
        self._top = reference.risk_scale.top
        reasons = list(reference.decline_reasons)
        self._declines = Weighted(reasons, [_DECLINE_WEIGHTS.get(code, 8) for code in reasons])
        self._records = RecordMaker(rng, reference, self._side)
        self._written = WrittenRecords(self._side, reference.risk_scale, new_id)
        self._content: AgreementContent | None = None

    def make(
        self,
        draft: CaseDraft,
        status: CaseStatus,
        staff: dict[str, str],
        created: datetime,
        today: date,
        latest: datetime,
        village: Village,
    ) -> DemoLifecycle:
        """The lifecycle of one case ending at `status` (staff: every mediator's uuid → name)."""
        rng = self._rng
        names = [staff[uuid] for uuid in draft.mediator_uuids]
        path = paths.draw_path(rng, status)
        days = paths.step_dates(rng, path, draft.received_on, today)
        moments = paths.step_moments(rng, days, created, latest)
        life = DemoLifecycle(risk_level=self._risk.draw(rng))
        records = self._records
        records.start(draft, names, life.records)
        self._content = None
        previous = S.REGISTERED
        for index, (target, moment) in enumerate(zip(path, moments, strict=True)):
            on = local_date(moment)
            later = path[index + 1] if index + 1 < len(path) else None
            context = self._step(draft, previous, target, on, later, days, path, today)
            if target is S.ACCEPTED:
                life.accepted_on = on
            life.transitions.append(
                {
                    "from_status": previous.value,
                    "to_status": target.value,
                    "at": moment,
                    "made_by": pick(rng, names),
                    "reason": _REASONS.get(target, ""),
                    "codes": dump_codes(detail_codes(previous, target, context)),
                }
            )
            previous = target
        records.finish(path, days, today)
        life.risk_indicators = self._written.risk_indicators(life.risk_level, draft)
        if S.IN_MEDIATION in path:
            self._mediation(life, draft, staff, path, days, moments, latest, today)
        if self._content is not None:
            self._agreement_terms(life, draft, path, days, today, village)
        if draft.source.is_referral and status in (S.CLOSED, S.ARCHIVED):
            closing = path.index(S.CLOSED) if S.CLOSED in path else len(path) - 1
            life.referral_reported_on = days[closing]
        if life.risk_level == self._top.code and (
            status not in OPEN_STATUSES or rng.random() < 0.7
        ):
            # A few open top-risk cases lack their report: the worklist must show that too.
            records.escalation(self._top.code, created, latest)
        life.updated_at = moments[-1] if moments else created
        return life

    def _step(
        self,
        draft: CaseDraft,
        current: CaseStatus,
        target: CaseStatus,
        on: date,
        later: CaseStatus | None,
        days: list[date],
        path: paths.Path,
        today: date,
    ) -> TransitionContext:
        """Writes the record the move needs and returns the context its detail codes come from."""
        records, rng = self._records, self._rng
        if target is S.ACCEPTED:
            decision = AcceptanceDecision(True, on, records.someone())
            records.decision(decision)
            return TransitionContext(decision=decision)
        if target is S.DECLINED:
            decision = self._decline(draft, on)
            records.decision(decision)
            return TransitionContext(decision=decision)
        if target is S.IN_MEDIATION:
            records.rights_notice(on)
            return TransitionContext()
        if target is S.DIVERTED:
            end = days[path.index(S.DIVERTED) + 1] if later is not None else today
            diversion = records.diversion(draft.category_code, on, later, end)
            return TransitionContext(diversion=diversion)
        if target is S.AGREEMENT:
            written = draft.category_code in WRITTEN_AGREEMENT_CATEGORIES or rng.random() < 0.6
            form = AgreementForm.WRITTEN if written else AgreementForm.ORAL
            agreement = AgreementRecord(form, on, on if written else None)
            due = records.due_dates(agreement)
            self._content = self._written.content(draft, due)
            records.agreement(agreement, self._content, later, today)
            return TransitionContext(agreement=agreement)
        if target is S.TERMINATED:
            return TransitionContext(termination=self._terminate(current, on))
        return TransitionContext()

    def _mediation(
        self,
        life: DemoLifecycle,
        draft: CaseDraft,
        staff: dict[str, str],
        path: paths.Path,
        days: list[date],
        moments: list[datetime],
        latest: datetime,
        today: date,
    ) -> None:
        """Investigation and session records, and now and then a recusal, a publicity choice
        or (still mediating) the agreement being drafted."""
        rng, written, rows = self._side, self._written, life.records
        step = path.index(S.IN_MEDIATION)
        outcome = path[step + 1] if step + 1 < len(path) else None
        end = moments[step + 1] if outcome is not None else latest
        names = [staff[uuid] for uuid in draft.mediator_uuids]
        written.mediation(rows, draft, names, moments[step], end, outcome)
        started = days[step]
        others = [uuid for uuid in staff if uuid not in draft.mediator_uuids]
        if others and rng.random() < 0.03:
            asked = max(draft.received_on, started - timedelta(days=between(rng, 1, 3)))
            written.recusal(rows, draft, pick(rng, others), draft.mediator_uuids[0], asked, started)
        if rng.random() < 0.1:
            written.publicity(rows, draft, started)
        if outcome is None and rng.random() < 0.4:
            written.draft(rows, draft, started, today)

    def _agreement_terms(
        self,
        life: DemoLifecycle,
        draft: CaseDraft,
        path: paths.Path,
        days: list[date],
        today: date,
        village: Village,
    ) -> None:
        """The terms, performed as the visits found; the judicial confirmation if applied for."""
        row = self._records.agreement_row
        assert row is not None and self._content is not None
        reached = days[path.index(S.AGREEMENT)]
        visits = [
            day
            for v in life.records.get(CaseFollowUpRow, ())
            if isinstance(day := v["visited_on"], date)
        ]
        closed = days[path.index(S.CLOSED)] if S.CLOSED in path else today
        by = max(visits, default=closed)
        performance = PerformanceStatus(str(row["performance"]))
        life.terms = self._written.term_rows(self._content, performance, reached, by)
        applied = row["confirmation_applied_on"]
        if isinstance(applied, date):
            court = f"{village.county}人民法院"
            self._written.confirmation(
                life.records, draft, applied, court, village.county_code, today
            )

    def _decline(self, draft: CaseDraft, on: date) -> AcceptanceDecision:
        rng, records = self._rng, self._records
        code = self._declines.draw(rng)
        refusal = Refusal(draft.parties[-1].name, on) if code == PARTY_REFUSES else None
        if refusal is not None:
            records.refusal(refusal)
        text = "当事人之间系借贷担保纠纷，已由金融机构起诉" if code == "other" else ""
        return AcceptanceDecision(
            False,
            on,
            records.someone(),
            code,
            text,
            refusal,
            records.channels(between(rng, 1, 2)),
        )

    def _terminate(self, current: CaseStatus, on: date) -> Termination:
        rng, records = self._rng, self._records
        if current is S.REGISTERED:
            reason = TerminationReason.WITHDRAWN
        elif current is S.ACCEPTED:
            reason = (
                TerminationReason.REFUSED if rng.random() < 0.5 else TerminationReason.WITHDRAWN
            )
        else:
            reason = pick(rng, (TerminationReason.FAILED,) * 3 + tuple(TerminationReason))
        refusal = None
        if reason is TerminationReason.REFUSED:
            refusal = Refusal(records.party(), on)
            records.refusal(refusal)
        explained = records.channels(between(rng, 1, 3), first="civil_litigation")
        termination = Termination(reason, on, explained, refusal)
        records.termination(termination)
        return termination
