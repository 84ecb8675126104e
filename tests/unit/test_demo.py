"""Demo data (`generate_demo`): realistic, valid, reproducible, numbered like real cases."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from mediation_desk.db.search_index import CODES_TABLE, FTS_TABLE
from mediation_desk.db.tables import CaseNumberCounterRow, CaseRow, CaseSearchRow
from mediation_desk.domain.enums import CaseSource, Gender, PartyKind
from mediation_desk.domain.models import Case, Committee, Mediator, new_uuid
from mediation_desk.domain.numbering import format_case_no
from mediation_desk.domain.search import CaseFilter, parties_display, search_columns, segment
from mediation_desk.domain.validation import (
    check_credit_code,
    check_id_number,
    normalise_party,
    validate_case,
)
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.demo import generate_demo, names
from mediation_desk.services.demo.context import StoryContext
from mediation_desk.services.demo.generator import STORIES, CaseGenerator, DemoCase, DemoMediator
from mediation_desk.services.demo.numbers import OrderedUuids
from mediation_desk.services.demo.parties import PartyMaker
from mediation_desk.services.demo.people import ORGANISATION_KINDS
from mediation_desk.services.demo.places import DemoPlaces, Village, place_name
from mediation_desk.services.demo.story import CATEGORY_WEIGHTS, Story

TODAY = date(2025, 6, 1)
CASES = 300
ALLOWED_WARNINGS = {"credit_code.missing"}  # small shops and village groups without a code


def _open(path: Path) -> Services:
    return open_services(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo database of CASES cases, shared by the read-only tests of this module."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(folder / "userdata"))
        services = _open(folder / "demo.sqlite3")
        generate_demo(services.db, cases=CASES, seed=7, today=TODAY)
        yield services
        services.close()


@pytest.fixture(scope="module")
def demo_cases(demo: Services) -> list[Case]:
    """Every case of the shared demo database, loaded through CaseService like the app does."""
    ids = demo.case_list.matching_ids(CaseFilter())
    return [demo.cases.get(s.uuid) for s in demo.case_list.summaries(ids)]


def _content(services: Services) -> list[tuple[object, ...]]:
    """What a user sees of each case, without the (per-run) UUIDs."""
    with services.db.read() as session:
        rows = session.exec(select(CaseRow).order_by(CaseRow.id)).all()
    return [
        (r.case_no, r.received_on, r.status, r.category_code, r.facts, r.parties_display)
        for r in rows
    ]


def test_same_seed_gives_the_same_cases(tmp_path: Path) -> None:
    first, second, other = (_open(tmp_path / f"{n}.sqlite3") for n in ("a", "b", "c"))
    for services, seed in ((first, 5), (second, 5), (other, 6)):
        generate_demo(services.db, cases=60, seed=seed, today=TODAY)
    assert first.committee.get().name == second.committee.get().name
    assert _content(first) == _content(second)
    assert _content(first) != _content(other)
    for services in (first, second, other):
        services.close()


def test_every_category_and_source_appears(demo: Services, demo_cases: list[Case]) -> None:
    cases = demo_cases
    categories = {c.code for c in demo.reference.categories()}
    assert {c.draft.category_code for c in cases} == categories
    assert {c.draft.source for c in cases} == set(CaseSource)
    assert len({c.status for c in cases}) >= 6
    assert any(p.kind is PartyKind.ORGANISATION for c in cases for p in c.draft.parties)
    assert any(p.agents for c in cases for p in c.draft.parties)


def test_nothing_is_dated_in_the_future(demo_cases: list[Case]) -> None:
    end_of_today = datetime(2025, 6, 1, 16, 0, tzinfo=UTC)  # 23:59 in China
    for case in demo_cases:
        assert date(2019, 1, 1) <= case.draft.received_on <= TODAY
        assert case.created_at <= case.updated_at <= end_of_today
        for party in case.draft.parties:
            assert party.birth_date is None or party.birth_date < case.draft.received_on


def test_numbers_are_unique_and_run_from_one_each_year(demo: Services) -> None:
    committee = demo.committee.get()
    assert committee is not None
    serials: dict[int, list[int]] = defaultdict(list)
    with demo.db.read() as session:
        rows = session.exec(select(CaseRow).order_by(CaseRow.id)).all()
    for row in rows:
        assert row.year == row.received_on.year
        expected = format_case_no(
            committee.case_no_pattern,
            year=row.year,
            short_name=committee.short_name,
            serial=row.serial,
        )
        assert row.case_no == expected
        serials[row.year].append(row.serial)
    assert len({r.case_no for r in rows}) == len(rows) == CASES
    for year_serials in serials.values():
        assert year_serials == list(range(1, len(year_serials) + 1))  # in order of receipt


def test_a_second_run_continues_the_numbering(tmp_path: Path) -> None:
    services = _open(tmp_path / "twice.sqlite3")
    first = generate_demo(services.db, cases=80, seed=1, today=TODAY)
    second = generate_demo(services.db, cases=80, seed=1, today=TODAY)
    assert (first.cases, second.cases) == (80, 80)
    with services.db.read() as session:
        rows = session.exec(select(CaseRow)).all()
        counters = {c.year: c.last_serial for c in session.exec(select(CaseNumberCounterRow))}
    assert len(rows) == len({r.case_no for r in rows}) == len({r.uuid for r in rows}) == 160
    assert len({r.facts for r in rows}) > 120  # the second run tells other stories
    by_year: dict[int, set[int]] = defaultdict(set)
    for row in rows:
        by_year[row.year].add(row.serial)
    assert {y: max(s) for y, s in by_year.items()} == counters
    assert all(s == set(range(1, len(s) + 1)) for s in by_year.values())
    # The app's own registration carries on after the demo cases.
    draft = services.cases.get(rows[0].uuid).draft
    parties = tuple(replace(p, uuid=new_uuid(), agents=()) for p in draft.parties)
    registered = services.cases.register(replace(draft, parties=parties))
    assert registered.serial == counters[draft.received_on.year] + 1
    found = services.case_list.summaries(
        services.case_list.matching_ids(CaseFilter(text=registered.case_no))
    )
    assert [s.case_no for s in found] == [registered.case_no]  # indexed by the usual trigger
    services.close()


def test_search_finds_two_character_names(demo: Services, demo_cases: list[Case]) -> None:
    cases = demo_cases
    short = sorted(
        {
            p.name
            for c in cases
            for p in c.draft.parties
            if len(p.name) == 2 and p.name[1] >= "\u4e00"
        }
    )
    assert len(short) > 10
    for name in short[:5]:
        found = demo.case_list.summaries(demo.case_list.matching_ids(CaseFilter(text=name)))
        words = segment(name)  # the index holds one token per character
        expected = {c.uuid for c in cases if words in search_columns(c.case_no, c.draft)["tokens"]}
        assert {s.uuid for s in found} == expected
        assert any(name in s.parties for s in found)


def test_searching_a_topic_finds_a_realistic_subset(demo: Services) -> None:
    for word in ("草场", "宅基地", "彩礼"):
        hits = len(demo.case_list.matching_ids(CaseFilter(text=word)))
        assert 0 < hits < CASES * 0.4, word


def test_stored_cases_are_valid_and_read_back_as_written(
    demo: Services, demo_cases: list[Case]
) -> None:
    categories = {c.code for c in demo.reference.categories()}
    mediators = {m.uuid: m.name for m in demo.committee.mediators()}
    with demo.db.read() as session:
        rows = session.exec(select(CaseSearchRow)).all()
        search = {r.case_id: {"tokens": r.tokens, "codes": r.codes} for r in rows}
    summaries = demo.case_list.summaries(demo.case_list.matching_ids(CaseFilter()))
    for summary, case in zip(summaries, demo_cases, strict=True):
        issues = validate_case(
            case.draft, TODAY, known_categories=categories, known_mediators=set(mediators)
        )
        assert {i.code for i in issues} <= ALLOWED_WARNINGS, (case.case_no, issues)
        assert all(not i.is_error for i in issues)
        # Stored exactly as CaseService would store them: normalised, same list and search text.
        assert all(normalise_party(p, TODAY) == p for p in case.draft.parties)
        assert summary.parties == parties_display(case.draft)
        assert summary.mediators == "、".join(mediators[u] for u in case.draft.mediator_uuids)
        assert search[summary.id] == search_columns(case.case_no, case.draft)


def _generated(services: Services, count: int, seed: int) -> list[DemoCase]:
    """Drafts straight from the generator, for checks that need no database."""
    rng = random.Random(seed)
    mediators = [
        DemoMediator(m.uuid, m.name, m.speaks_mongolian) for m in services.committee.mediators()
    ]
    places = DemoPlaces(services.reference.divisions(), "150626101201", rng)
    generator = CaseGenerator(
        rng, OrderedUuids(rng, 0), places, mediators, today=TODAY, now=datetime.now(UTC)
    )
    return [generator.case(day) for day in generator.received_dates(count)]


def test_generated_people_have_consistent_numbers(demo: Services) -> None:
    for case in _generated(demo, 400, seed=11):
        for party in case.draft.parties:
            if party.kind is PartyKind.PERSON and party.id_number:
                check = check_id_number(party.id_number, TODAY)
                assert check.is_valid and not check.issues, party.id_number
                assert check.birth_date == party.birth_date
                assert check.gender == party.gender
                assert party.id_number[:4] in ("1506", "1527")
            if party.credit_code:
                assert check_credit_code(party.credit_code) == (party.credit_code, ())
                assert party.legal_representative


def test_an_existing_committee_and_its_mediators_are_used(tmp_path: Path) -> None:
    services = _open(tmp_path / "own.sqlite3")
    committee = Committee(
        name="乌审召镇人民调解委员会", short_name="乌审召", division_code="150626101"
    )
    services.committee.save(committee, [Mediator(name="斯琴高娃", gender=Gender.FEMALE)])
    report = generate_demo(services.db, cases=30, today=TODAY)
    assert services.committee.get() == committee
    assert [m.name for m in services.committee.mediators()] == ["斯琴高娃"]
    assert re.fullmatch(r"（20\d\d）乌审召人调字第\d+号", report.first_case_no)
    case = services.cases.get_by_number(report.last_case_no)
    assert case.draft.place_division_code.startswith("150626")
    services.close()


def test_a_new_committee_is_a_real_village_with_varied_mediators(demo: Services) -> None:
    committee = demo.committee.get()
    assert committee is not None
    village = demo.reference.divisions().get(committee.division_code)
    assert village is not None and village.level == "village"
    assert committee.name.endswith(f"{place_name(village.name)}人民调解委员会")
    mediators = demo.committee.mediators()
    assert 5 <= len(mediators) <= 9
    assert {m.gender for m in mediators} == {Gender.MALE, Gender.FEMALE}
    assert {"01", "02"} <= {m.ethnicity for m in mediators}
    assert any(m.speaks_mongolian for m in mediators)


@pytest.mark.parametrize("name", names.MONGOLIAN_SCRIPT_MALE + names.MONGOLIAN_SCRIPT_FEMALE)
def test_mongolian_script_names_are_valid_unicode(name: str) -> None:
    assert all(unicodedata.name(c).startswith("MONGOLIAN ") for c in name)
    letters = name.replace("\u180e", "")
    assert all(0x1820 <= ord(c) <= 0x1878 for c in letters)  # letters only, no digits or marks
    if "\u180e" in name:  # the vowel separator only before a final a or e
        assert name.index("\u180e") == len(name) - 2 and name[-1] in "\u1820\u1821"


def test_rare_name_characters_lie_outside_the_bmp() -> None:
    for char in names.RARE_GIVEN:
        assert ord(char) > 0xFFFF
        assert unicodedata.name(char).startswith("CJK UNIFIED IDEOGRAPH-")


def test_the_search_index_is_complete_and_its_triggers_are_back(
    demo: Services, tmp_path: Path
) -> None:
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    fresh = _open(tmp_path / "fresh.sqlite3")
    with fresh.db.engine.connect() as connection:
        expected = connection.exec_driver_sql(query).all()
    fresh.close()
    with demo.db.engine.connect() as connection:
        assert connection.exec_driver_sql(query).all() == expected
        for fts in (FTS_TABLE, CODES_TABLE):  # rank 1: also compare with the content table
            connection.exec_driver_sql(
                f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
            )


@pytest.mark.parametrize(
    ("category", "story"), [(c, s) for c, stories in STORIES.items() for s in stories]
)
def test_every_story_template_fills_in(category: str, story: Story) -> None:
    rng = random.Random(3)
    village = Village("150626101201", "巴音陶勒盖嘎查", "乌审召镇", "乌审旗", "150626")
    parties = PartyMaker(rng, OrderedUuids(rng, 0)).parties(story, village, TODAY)
    context = StoryContext(rng, parties, village, TODAY)
    amount = context.amount(story.money)
    facts, requests = story.facts.format_map(context), story.requests.format_map(context)
    assert "{" not in facts + requests
    assert parties[0].name in facts
    if amount is not None:
        assert f"{amount}元" in facts + requests  # the amount claimed is the one named
    for org in (story.applicant_org, story.respondent_org):
        assert org is None or org[0] in ORGANISATION_KINDS
    assert story.third_party_org in ("", *ORGANISATION_KINDS)
    assert category in CATEGORY_WEIGHTS


def test_zero_cases_is_refused(tmp_path: Path) -> None:
    services = _open(tmp_path / "none.sqlite3")
    with pytest.raises(ValueError, match="at least 1"):
        generate_demo(services.db, cases=0)
    assert services.committee.get() is None  # nothing was created either
    services.close()
