"""Builds demo cases as domain objects: source, category, story, parties, mediators, status."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from mediation_desk.domain.enums import (
    ApplicationForm,
    CaseSource,
    CaseStatus,
    MediatorSelection,
    PartyKind,
)
from mediation_desk.domain.models import CaseDraft, Party
from mediation_desk.services.demo import timeline
from mediation_desk.services.demo.context import StoryContext
from mediation_desk.services.demo.dice import Weighted, between, pick
from mediation_desk.services.demo.lifecycle import DemoLifecycle, LifecycleMaker
from mediation_desk.services.demo.parties import PartyMaker
from mediation_desk.services.demo.people import NewId
from mediation_desk.services.demo.places import DemoPlaces
from mediation_desk.services.demo.stories_family import FAMILY_STORIES
from mediation_desk.services.demo.stories_land import LAND_STORIES
from mediation_desk.services.demo.story import CATEGORY_WEIGHTS, GROUPS, ROADS, Story
from mediation_desk.services.lifecycle_reference import (
    LifecycleReference,
    load_lifecycle_reference,
)

STORIES: dict[str, tuple[Story, ...]] = {**FAMILY_STORIES, **LAND_STORIES}
# party application, proactive screening, court, police, petition, other referral
_SOURCES = Weighted(tuple(CaseSource), (55.0, 14.0, 10.0, 9.0, 6.0, 6.0))


@dataclass(frozen=True)
class DemoMediator:
    """What case generation needs to know of a mediator of the committee."""

    uuid: str
    name: str
    speaks_mongolian: bool


@dataclass(frozen=True)
class DemoCase:
    """A generated case before it has a number."""

    uuid: str
    draft: CaseDraft
    status: CaseStatus
    created_at: datetime
    updated_at: datetime
    lifecycle: DemoLifecycle


class CaseGenerator:
    """Draws one case at a time from a seeded generator; the same seed gives the same cases."""

    def __init__(
        self,
        rng: random.Random,
        new_id: NewId,
        places: DemoPlaces,
        mediators: Sequence[DemoMediator],
        *,
        today: date,
        now: datetime,
        categories: Sequence[str] | None = None,
        reference: LifecycleReference | None = None,
    ) -> None:
        if not mediators:
            raise ValueError("demo cases need at least one mediator")
        self._rng = rng
        self._new_id = new_id
        self._places = places
        self._parties = PartyMaker(rng, new_id)
        self._mediators = list(mediators)
        self._names = {m.uuid: m.name for m in mediators}
        self._lifecycle = LifecycleMaker(rng, reference or load_lifecycle_reference(), new_id)
        self._mongolian = [m for m in mediators if m.speaks_mongolian] or self._mediators
        self._today = today
        self._latest = timeline.latest_moment(today, now)
        known = set(categories) if categories is not None else set(STORIES)
        codes = [c for c in CATEGORY_WEIGHTS if c in known] or ["other"]
        self._categories = Weighted(codes, [CATEGORY_WEIGHTS[c] for c in codes])
        # The first cases drawn take every category and source once, in random order, so even
        # a small demo database shows them all; after that the weights rule.
        self._category_deck = rng.sample(codes, len(codes))
        self._source_deck = rng.sample(_SOURCES.items, len(_SOURCES.items))

    def received_dates(self, count: int) -> list[date]:
        return timeline.received_dates(self._rng, count, self._today)

    def case(self, received_on: date) -> DemoCase:
        """One complete case received on `received_on`."""
        rng = self._rng
        source = self._source_deck.pop() if self._source_deck else _SOURCES.draw(rng)
        category = self._category_deck.pop() if self._category_deck else self._categories.draw(rng)
        story = pick(rng, STORIES.get(category, STORIES["other"]))
        village = self._places.village(rng)
        parties = self._parties.parties(story, village, received_on)
        context = StoryContext(rng, parties, village, received_on)
        amount = context.amount(story.money)
        referral_body, referral_reference = "", ""
        if source.is_referral:
            referral_body, referral_reference = self._places.referral(
                rng, source, self._referral_year(received_on)
            )
        form = None
        if source is CaseSource.PARTY_APPLICATION:
            form = ApplicationForm.WRITTEN if rng.random() < 0.45 else ApplicationForm.ORAL
        draft = CaseDraft(
            received_on=received_on,
            source=source,
            category_code=category,
            facts=story.facts.format_map(context),
            requests=story.requests.format_map(context),
            application_form=form,
            referral_body=referral_body,
            referral_reference=referral_reference,
            amount=amount,
            people_involved=self._people_involved(story, parties),
            place_division_code=village.code,
            place_detail=self._place_detail(category, context),
            parties=parties,
            mediator_uuids=self._pick_mediators(parties),
            mediator_selection=(
                MediatorSelection.CHOSEN_BY_PARTIES
                if rng.random() < 0.25
                else MediatorSelection.ASSIGNED_BY_COMMITTEE
            ),
        )
        status = timeline.status_for(rng, received_on, self._today)
        created, updated = timeline.timestamps(rng, received_on, status, self._latest)
        life = self._lifecycle.make(
            draft, status, self._names, created, self._today, self._latest, village
        )
        updated = max(updated, life.updated_at or created)
        return DemoCase(self._new_id(), draft, status, created, updated, life)

    def _referral_year(self, received_on: date) -> int:
        """Early in the year a referral often carries last year's reference."""
        if received_on.month <= 2 and self._rng.random() < 0.3:
            return received_on.year - 1
        return received_on.year

    def _people_involved(self, story: Story, parties: tuple[Party, ...]) -> int | None:
        rng = self._rng
        if rng.random() < 0.08:
            return None  # not recorded
        persons = sum(1 for p in parties if p.kind is PartyKind.PERSON) or 1
        if story.group:
            return persons + between(rng, 3, 25)
        return persons + (between(rng, 1, 4) if rng.random() < 0.2 else 0)

    def _place_detail(self, category: str, context: StoryContext) -> str:
        group = context["group"]
        rng = self._rng
        if category == "grassland":
            return group + pick(rng, ("草场", "网围栏处", "水井附近", "打草场"))
        if category == "forest_land":
            return group + pick(rng, ("耕地", "林地", "水浇地"))
        if category in ("neighbourhood", "housing_homestead", "marriage_family"):
            return group
        if category == "road_traffic":
            return pick(rng, ROADS)
        return pick(rng, GROUPS) if rng.random() < 0.3 else ""

    def _pick_mediators(self, parties: tuple[Party, ...]) -> tuple[str, ...]:
        """One or two mediators; a Mongolian speaker first when a party is Mongol."""
        rng = self._rng
        mongol = any(p.ethnicity == "02" for p in parties)
        pool = self._mongolian if mongol and rng.random() < 0.7 else self._mediators
        first = pick(rng, pool)
        if len(self._mediators) > 1 and rng.random() < 0.35:
            second = pick(rng, self._mediators)
            while second is first:
                second = pick(rng, self._mediators)
            return (first.uuid, second.uuid)
        return (first.uuid,)
