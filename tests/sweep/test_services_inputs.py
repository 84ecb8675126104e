"""The sweep through the services the dialogs and the CLI call: search, registration, settings.

The search never fails whatever is typed; a registration is refused with issues or stored
intact; settings come back as saved, or as defaults when the stored text is damaged. The case
saved first is unchanged after every refused input.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from mediation_desk.domain.models import Case, CaseDraft
from mediation_desk.domain.search import CaseFilter
from mediation_desk.domain.validation import clean_text
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import ValidationFailed
from mediation_desk.services.settings import Settings, settings_issues
from tests.services.conftest import committee_services, make_draft
from tests.sweep.inputs import AMOUNTS, BLANK, QUERIES, TEXTS

Shared = tuple[Services, Case]
FIELDS = ("facts", "requests", "place_detail", "referral_reference", "name", "address")
TEXT_INPUTS = {**{repr(b): b for b in BLANK}, **TEXTS}


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    path = tmp_path_factory.mktemp("sweep") / "committee.sqlite3"
    with committee_services(path) as services:
        yield services, services.cases.register(make_draft(services))


def _with(draft: CaseDraft, field: str, text: str) -> CaseDraft:
    if field in ("name", "address"):
        first, *rest = draft.parties
        return replace(draft, parties=(replace(first, **{field: text}), *rest))
    return replace(draft, **{field: text})


def _read(draft: CaseDraft, field: str) -> str:
    value = getattr(draft.parties[0] if field in ("name", "address") else draft, field)
    assert isinstance(value, str)
    return value


@pytest.mark.parametrize("query", QUERIES, ids=[ascii(q[:12]) for q in QUERIES])
def test_the_search_takes_any_text(query: str, shared: Shared) -> None:
    services, saved = shared
    found = services.case_list.matching_ids(CaseFilter(text=query))
    assert isinstance(found, list)
    assert services.cases.get(saved.uuid) == saved


def test_the_search_still_finds_rare_names(shared: Shared) -> None:
    services = shared[0]
    for query in ("王𠈌", "ᠪᠠᠲᠤ", "𠈌", "王\ud800𠈌"):
        assert len(services.case_list.matching_ids(CaseFilter(text=query))) == 1, query


@pytest.mark.parametrize("field", FIELDS)
def test_text_is_refused_or_stored_intact(field: str, shared: Shared) -> None:
    services, saved = shared
    for label, text in TEXT_INPUTS.items():
        draft = _with(make_draft(services), field, text)
        try:
            case = services.cases.register(draft)
        except ValidationFailed as refused:
            assert refused.issues, label
        else:
            stored = _read(services.cases.get(case.uuid).draft, field)
            assert stored in (text, clean_text(text)), label  # names are trimmed, as typed
        assert services.cases.get(saved.uuid) == saved


@pytest.mark.parametrize("name", AMOUNTS)
def test_bad_amounts_are_refused(name: str, shared: Shared) -> None:
    services, saved = shared
    with pytest.raises(ValidationFailed) as refused:
        services.cases.register(replace(make_draft(services), amount=AMOUNTS[name]))
    assert {issue.field for issue in refused.value.issues if issue.is_error} == {"amount"}
    assert services.cases.get(saved.uuid) == saved


def test_duplicate_parties_are_refused(shared: Shared) -> None:
    services, saved = shared
    draft = make_draft(services)
    twice = replace(draft, parties=(*draft.parties, replace(draft.parties[0], uuid="other")))
    with pytest.raises(ValidationFailed) as refused:
        services.cases.register(twice)
    assert [i.code for i in refused.value.issues if i.is_error] == ["party.duplicate"]
    assert services.cases.get(saved.uuid) == saved


SETTINGS = (
    Settings(idle_lock_minutes=0, retention_years=0),
    Settings(idle_lock_minutes=10**30, failed_sign_in_limit=2**63, retention_years=9999),
    Settings(mediators_read_others=False, failed_sign_in_limit=1),
)
# Stored text → the idle minutes read back (15 is the default; Arabic-Indic digits are digits).
DAMAGED = {"": 15, " ": 15, "abc": 15, "1.5": 15, "NaN": 15, "\x00": 15, "9" * 5000: 15}
DAMAGED |= {"١٢": 12, "0x10": 15, "true": 15, "五": 15, " 7 ": 7}


@pytest.mark.parametrize("settings", SETTINGS)
def test_settings_come_back_as_saved_or_are_refused_at_the_field(
    settings: Settings, services: Services
) -> None:
    issues = settings_issues(settings)
    if issues:
        with pytest.raises(ValidationFailed) as refused:
            services.settings.save(settings)
        assert refused.value.issues == tuple(issues)
        assert services.settings.get() == Settings()  # nothing saved
    else:
        services.settings.save(settings)
        assert services.settings.get() == settings


def test_damaged_stored_settings_fall_back_to_the_defaults(services: Services) -> None:
    from sqlalchemy import text

    for value in DAMAGED:
        with services.db.write() as session:
            session.connection().execute(
                text("INSERT OR REPLACE INTO app_setting (key, value) VALUES (:k, :v)"),
                [
                    {"k": "idle_lock_minutes", "v": value},
                    {"k": "mediators_read_others", "v": value},
                ],
            )
        read = services.settings.get()
        assert read.idle_lock_minutes == DAMAGED[value], value
        assert read.mediators_read_others is (value == "true")


def count() -> tuple[int, int, int]:
    """(search queries, service inputs, settings) tried by this module."""
    services = len(FIELDS) * len(TEXT_INPUTS) + len(AMOUNTS) + 1
    return len(QUERIES) + 4, services, len(SETTINGS) + len(DAMAGED)
