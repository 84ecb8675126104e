"""Who takes part in a demo case: two to four parties fitting the story, some with agents."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from mediation_desk.domain.enums import Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Party
from mediation_desk.services.demo import people
from mediation_desk.services.demo.dice import between
from mediation_desk.services.demo.people import NewId
from mediation_desk.services.demo.places import Village
from mediation_desk.services.demo.story import Story

MAX_PARTIES = 4
AGENT_SHARE = 0.10
_M, _F = Gender.MALE, Gender.FEMALE


class PartyMaker:
    """Draws the parties of one case from the shared seeded generator."""

    def __init__(self, rng: random.Random, new_id: NewId) -> None:
        self._rng = rng
        self._new_id = new_id

    def parties(self, story: Story, village: Village, on: date) -> tuple[Party, ...]:
        """Applicant(s), respondent(s) and sometimes a third party, all distinct."""
        rng = self._rng
        applicant, respondent = self._pair(story, village, on)
        parties = [applicant, respondent]
        # Family disputes are between two people; elsewhere a spouse or son often joins in.
        joins = 0.0 if story.relation else 0.12
        if rng.random() < joins and applicant.kind is PartyKind.PERSON:
            self._add(parties, self._relative(applicant, PartyRole.APPLICANT, village, on), 1)
        if rng.random() < joins and respondent.kind is PartyKind.PERSON:
            self._add(parties, self._relative(respondent, PartyRole.RESPONDENT, village, on))
        if story.third_party_org and rng.random() < 0.3:
            role = PartyRole.THIRD_PARTY
            kind = story.third_party_org
            self._add(parties, people.organisation(rng, self._new_id, role, kind, village))
        elif rng.random() < 0.05:
            third = self._person(PartyRole.THIRD_PARTY, village, on)
            self._add(parties, third)
        if rng.random() < AGENT_SHARE:
            index = int(rng.random() * len(parties))
            agent = people.agent_for(rng, self._new_id, parties[index], village)
            parties[index] = replace(parties[index], agents=(agent,))
        return tuple(parties)

    def _pair(self, story: Story, village: Village, on: date) -> tuple[Party, Party]:
        """The first applicant and respondent, in the relation the story needs, never namesakes."""
        applicant, respondent_maker = self._pair_plan(story, village, on)
        respondent = respondent_maker()
        while respondent.name == applicant.name or (
            respondent.id_number and respondent.id_number == applicant.id_number
        ):
            respondent = respondent_maker()
        return applicant, respondent

    def _pair_plan(
        self, story: Story, village: Village, on: date
    ) -> tuple[Party, Callable[[], Party]]:
        rng = self._rng
        applicant_role, respondent_role = PartyRole.APPLICANT, PartyRole.RESPONDENT
        if story.relation in ("man_woman", "wife_husband"):
            man_first = story.relation == "man_woman"
            ages = ((22, 35), (20, 32)) if man_first else ((22, 55), (24, 58))
            genders = (_M, _F) if man_first else (_F, _M)
            applicant = self._person(applicant_role, village, on, ages=ages[0], gender=genders[0])
            return applicant, lambda: self._person(
                respondent_role, village, on, ages=ages[1], gender=genders[1]
            )
        if story.relation in ("elder_child", "siblings"):
            elder = story.relation == "elder_child"
            age = between(rng, 66, 88) if elder else between(rng, 30, 70)
            applicant = self._person(applicant_role, village, on, ages=(age, age))
            younger = (age - 38, age - 22) if elder else (max(age - 12, 25), age + 10)
            son = _M if elder else None  # the stories speak of 其子
            return applicant, lambda: self._relative(
                applicant, respondent_role, village, on, ages=younger, gender=son
            )
        applicant = self._side(story.applicant_org, applicant_role, village, on)
        return applicant, lambda: self._side(story.respondent_org, respondent_role, village, on)

    def _side(
        self, org: tuple[str, float] | None, role: PartyRole, village: Village, on: date
    ) -> Party:
        if org is not None and self._rng.random() < org[1]:
            return people.organisation(self._rng, self._new_id, role, org[0], village)
        return people.person(self._rng, self._new_id, role, village, on)  # the common case

    def _person(
        self,
        role: PartyRole,
        village: Village,
        on: date,
        *,
        ages: tuple[int, int] = (20, 75),
        gender: Gender | None = None,
        ethnicity: str = "",
        surname: str = "",
    ) -> Party:
        return people.person(
            self._rng,
            self._new_id,
            role,
            village,
            on,
            ages=ages,
            gender=gender,
            ethnicity=ethnicity,
            surname=surname,
        )

    def _relative(
        self,
        of: Party,
        role: PartyRole,
        village: Village,
        on: date,
        *,
        ages: tuple[int, int] = (20, 75),
        gender: Gender | None = None,
    ) -> Party:
        """A family member: same nationality and, for a Han family, usually the same surname."""
        surname = ""
        if of.ethnicity != "02" and self._rng.random() < 0.8:
            surname = people.surname_of(of.name)
        return self._person(
            role, village, on, ages=ages, gender=gender, ethnicity=of.ethnicity, surname=surname
        )

    def _add(self, parties: list[Party], party: Party, at: int | None = None) -> None:
        """Adds `party` unless the case is full or it would duplicate a name or number."""
        if len(parties) >= MAX_PARTIES:
            return
        for other in parties:
            if other.name == party.name or (party.id_number and other.id_number == party.id_number):
                return
            if party.credit_code and other.credit_code == party.credit_code:
                return
        parties.insert(len(parties) if at is None else at, party)
