"""The written records of a demo case as rows: investigations, sessions, the agreement's text and
terms, a draft, a judicial confirmation, a recusal, the publicity choice and risk indicators.

Rows have the shape records_store gives the app's records (terms, drafts through it), and every
value satisfies the domain rules: tests load them back through RecordsService and check.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from mediation_desk.db.record_tables import (
    AgreementDraftRow,
    InvestigationRow,
    JudicialConfirmationRow,
    PublicityRow,
    RecusalRow,
    SessionRow,
)
from mediation_desk.domain.enums import CaseStatus, PartyKind
from mediation_desk.domain.lifecycle.decisions import Publicity
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, PerformanceStatus
from mediation_desk.domain.lifecycle.risk import RiskIndicator, RiskLevel, RiskScale
from mediation_desk.domain.models import CaseDraft
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementDraft,
    AgreementTerm,
    TermPerformance,
)
from mediation_desk.services.demo import record_texts as texts
from mediation_desk.services.demo.dice import between, pick
from mediation_desk.services.demo.names import person_name
from mediation_desk.services.demo.people import random_gender
from mediation_desk.services.demo.records import Rows, dump_codes
from mediation_desk.services.lifecycle_store import dump_list
from mediation_desk.services.records_store import (
    draft_columns,
    term_columns,
)

S = CaseStatus
_PAYMENTS = {
    "marriage_family": "款项",
    "contract": "欠款",
    "production_business": "货款",
    "labour": "工资及相关费用",
    "housing_homestead": "租金",
    "land_acquisition": "补偿款",
    "forest_land": "流转费及赔偿款",
}
_RESULTS = {
    S.AGREEMENT: "经调解，双方自愿达成调解协议。",
    S.TERMINATED: "双方分歧较大，调解不成，已告知当事人可通过诉讼等途径解决。",
    S.DIVERTED: "纠纷涉及专业问题，经双方同意转交有关部门处理。",
    None: "双方同意回去考虑，约定择日继续调解。",
}
_AGAIN = "双方意见分歧较大，约定择日再调。"
_PERFORMED = (TermPerformance.PERFORMED, TermPerformance.PARTLY_PERFORMED)


class WrittenRecords:
    """Draws the written records of one case at a time (rows added to the case's `Rows`)."""

    def __init__(self, rng: random.Random, scale: RiskScale, new_id: Callable[[], str]) -> None:
        self._rng = rng
        self._scale = scale
        self._new_id = new_id

    def risk_indicators(self, level_code: str, draft: CaseDraft) -> str:
        """Signs of the case's level (and below) that its people and amount bear out."""
        rng, level = self._rng, self._scale.get(level_code)
        if level is None or level.rank == self._scale.lowest.rank:
            return "[]"
        allowed: dict[RiskIndicator, int] = {}
        for lower in self._scale.levels:
            for indicator in sorted(lower.indicators):
                if lower.rank <= level.rank and self._borne_out(indicator, lower, draft):
                    allowed[indicator] = lower.rank
        own = [i for i, rank in allowed.items() if rank == level.rank]
        chosen = {pick(rng, own)} if own else set()
        for indicator in allowed:
            if rng.random() < 0.2:
                chosen.add(indicator)
        return dump_codes([i.value for i in RiskIndicator if i in chosen])

    @staticmethod
    def _borne_out(indicator: RiskIndicator, level: RiskLevel, draft: CaseDraft) -> bool:
        """Many people and a large amount only where the case's own figures reach the level."""
        if indicator is RiskIndicator.MANY_PEOPLE:
            return (draft.people_involved or 0) >= (level.min_people or 0)
        if indicator is RiskIndicator.LARGE_AMOUNT:
            amount = draft.amount
            return amount is not None and amount >= (level.min_amount or 0)
        return True

    def mediation(
        self,
        rows: Rows,
        draft: CaseDraft,
        names: Sequence[str],
        start: datetime,
        end: datetime,
        outcome: CaseStatus | None,
    ) -> None:
        """An investigation (most cases) and one or two sessions between `start` and `end`.

        Rows are built here in the shape records_store gives (its *_columns), without the domain
        objects in between: most demo cases were mediated, and this runs for each."""
        rng = self._rng
        span = max(end - start, timedelta(0))
        a, b = texts.sides(draft)
        if rng.random() < 0.85:
            at = start + span * (rng.random() * 0.3)
            rows.setdefault(InvestigationRow, []).append(
                self._investigation(draft, names, at, a, b)
            )
        count = 2 if span > timedelta(days=3) and rng.random() < 0.4 else 1
        present = dump_list(p.name for p in draft.parties)
        for number in range(count):
            last = number == count - 1
            at = start + span * (0.4 + 0.55 * (number + 1) / count)
            invited = "[]"
            if rng.random() < 0.2:
                role = pick(rng, texts.INVITED_ROLES)
                invited = dump_list([f"{person_name(rng, random_gender(rng), '01')}（{role}）"])
            statements = texts.statements(rng, a, b, names[0], draft.requests)
            rows.setdefault(SessionRow, []).append(
                {
                    "uuid": self._new_id(),
                    "held_at": at,
                    "place": pick(rng, texts.SESSION_PLACES),
                    "mediators": dump_codes(tuple(names)),
                    "parties_present": present,
                    "invited": invited,
                    "invited_consented": invited != "[]",
                    "statements": json.dumps(statements, ensure_ascii=False),
                    "proposal": texts.proposal(rng, a, b)
                    if last and outcome is S.AGREEMENT
                    else "",
                    "result": _RESULTS[outcome] if last else _AGAIN,
                }
            )

    def _investigation(
        self, draft: CaseDraft, names: Sequence[str], at: datetime, a: str, b: str
    ) -> dict[str, object]:
        rng = self._rng
        party_side = rng.random() < 0.75
        person = pick(rng, (a, b)) if party_side else person_name(rng, random_gender(rng), "01")
        kinds = texts.EVIDENCE.get(draft.category_code, texts.EVIDENCE_DEFAULT)
        evidence = [
            {"description": pick(rng, kinds), "source": pick(rng, (a, b, "")), "attachment": ""}
            for _ in range(between(rng, 0, 2))
        ]
        return {
            "uuid": self._new_id(),
            "held_at": at,
            "place": draft.place_detail or pick(rng, texts.INVESTIGATION_PLACES),
            "investigators": dump_codes(tuple(names[: between(rng, 1, len(names))])),
            "person_investigated": person,
            "others_present": "" if rng.random() < 0.7 else pick(rng, texts.INVITED_ROLES),
            "text": texts.investigation_text(rng, draft.facts, draft.requests, party_side),
            "evidence": json.dumps(evidence, ensure_ascii=False) if evidence else "[]",
        }

    def content(self, draft: CaseDraft, due: Sequence[date]) -> AgreementContent:
        """The agreement's text and one to three terms, made from the case's requests; payment
        falls due on the first of the `due` days, other acts on the last."""
        rng = self._rng
        a, b = texts.sides(draft)
        terms: list[AgreementTerm] = []
        if draft.amount is not None:
            agreed = max(100, int(draft.amount * pick(rng, (6, 7, 8, 9, 10, 10)) // 1000) * 100)
            what = _PAYMENTS.get(draft.category_code, "赔偿款")
            terms.append(
                AgreementTerm(
                    obligor=b,
                    content=f"{b}向{a}支付{what}共计人民币{agreed}元。",
                    amount=Decimal(agreed),
                    method=pick(rng, texts.PAYMENT_METHODS),
                    due_on=due[0],
                )
            )
        obligor, action = texts.acts(draft.requests, a, b, paid=draft.amount is not None)
        if action:
            place = draft.place_detail
            terms.append(AgreementTerm(obligor, f"{action}。", place=place, due_on=due[-1]))
        if len(terms) < 3 and rng.random() < 0.35:
            terms.append(AgreementTerm(f"{a}、{b}", texts.closing_term()))
        if all(term.due_on is None for term in terms):
            terms[0] = replace(terms[0], due_on=due[0])
        return AgreementContent(
            facts=draft.facts,
            disputed_matters=texts.disputed_matters(rng, a, b, draft.requests),
            responsibilities=texts.responsibilities(rng, a, b),
            terms=tuple(terms),
            performance_method="" if rng.random() < 0.5 else "按各项约定的期限和方式履行。",
        )

    def term_rows(
        self, content: AgreementContent, performance: PerformanceStatus, reached: date, by: date
    ) -> list[dict[str, object]]:
        """The terms with a performance that agrees with the agreement's (found by `by`)."""
        rows = []
        for position, term in enumerate(content.terms, start=1):
            state = self._term_state(performance, position, term, by)
            performed_on = None
            if state in _PERFORMED:
                days = int(self._rng.random() * max(0, (by - reached).days))
                performed_on = reached + timedelta(days=days)
            columns = term_columns(position, term)
            rows.append({**columns, "performance": state.value, "performed_on": performed_on})
        return rows

    @staticmethod
    def _term_state(
        performance: PerformanceStatus, position: int, term: AgreementTerm, by: date
    ) -> TermPerformance:
        if performance is PerformanceStatus.PERFORMED:
            return TermPerformance.PERFORMED
        if performance is PerformanceStatus.NOT_PERFORMED:
            return TermPerformance.NOT_PERFORMED
        if performance is PerformanceStatus.PARTLY_PERFORMED:
            if position == 1:
                return TermPerformance.PERFORMED
            overdue = term.due_on is not None and term.due_on < by
            return TermPerformance.NOT_PERFORMED if overdue else TermPerformance.PENDING
        return TermPerformance.PENDING

    def draft(self, rows: Rows, draft: CaseDraft, started: date, today: date) -> None:
        """The agreement being written in a case still in mediation."""
        rng = self._rng
        reached = min(today, started + timedelta(days=between(rng, 1, 10)))
        form = AgreementForm.WRITTEN if rng.random() < 0.7 else AgreementForm.ORAL
        due = [reached + timedelta(days=between(rng, 7, 60))]
        drafted = AgreementDraft(form, reached, self.content(draft, due))
        rows.setdefault(AgreementDraftRow, []).append(draft_columns(drafted))

    def confirmation(
        self, rows: Rows, draft: CaseDraft, applied: date, court: str, county_code: str, today: date
    ) -> None:
        """The joint application for judicial confirmation and, after a while, the ruling."""
        rng = self._rng
        ruling, ruling_on, number = "pending", None, ""
        decided = applied + timedelta(days=between(rng, 5, 30))
        if decided <= today and rng.random() < 0.85:
            ruling = pick(rng, ("confirmed",) * 7 + ("rejected", "withdrawn"))
            if ruling != "withdrawn":
                ruling_on = decided
                serial = between(rng, 1, 900)
                number = f"（{decided.year}）内{county_code[2:6]}民特{serial}号"
        rows.setdefault(JudicialConfirmationRow, []).append(
            {
                "applied_on": applied,
                "court": court,
                "applicants": dump_list(p.name for p in draft.parties),
                "ruling": ruling,
                "ruling_on": ruling_on,
                "ruling_no": number,
            }
        )

    def recusal(
        self, rows: Rows, draft: CaseDraft, recused: str, replacement: str, on: date, by: date
    ) -> None:
        """A party asked for `recused` to be replaced; `replacement` took over by `by`."""
        rng = self._rng
        rows.setdefault(RecusalRow, []).append(
            {
                "mediator_uuid": recused,
                "requested_by": pick(rng, texts.sides(draft)),
                "requested_on": on,
                "reason": pick(rng, texts.RECUSAL_REASONS),
                "replacement_uuid": replacement,
                "replaced_on": min(by, on + timedelta(days=between(rng, 0, 2))),
            }
        )

    def publicity(self, rows: Rows, draft: CaseDraft, on: date) -> None:
        """Family and personal disputes stay private; some neighbours want an open hearing."""
        rng = self._rng
        private = draft.category_code in ("marriage_family", "medical") or rng.random() < 0.5
        persons = [p for p in draft.parties if p.kind is PartyKind.PERSON]
        rows.setdefault(PublicityRow, []).append(
            {
                "publicity": (Publicity.NON_PUBLIC if private else Publicity.PUBLIC).value,
                "requested_by": pick(rng, persons).name if persons else "双方当事人",
                "recorded_on": on,
                "involves_privacy": private and draft.category_code != "neighbourhood",
                "objected_by": "[]",
            }
        )
