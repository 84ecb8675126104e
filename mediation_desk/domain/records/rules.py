"""Checks of the records before they are saved; each issue names the field that caused it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementTerm,
    ConfirmationRuling,
    FollowUpRecord,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    TermPerformance,
)
from mediation_desk.domain.validation.amounts import check_amount
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error, rebase, warning
from mediation_desk.domain.validation.text import (
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    check_text,
)

CONFIRMATION_WINDOW_DAYS = 30  # People's Mediation Law art 33


def _names(field: str, names: tuple[str, ...], *, required: bool) -> list[Issue]:
    issues: list[Issue] = []
    if required and not any(name.strip() for name in names):
        issues.append(error(field, "text.required"))
    for index, name in enumerate(names):
        issues += check_text(f"{field}[{index}]", name, required=False, max_length=NAME_MAX)
    return issues


def _long(field: str, text: str, *, required: bool) -> tuple[Issue, ...]:
    return check_text(field, text, required=required, max_length=LONG_TEXT_MAX, multiline=True)


def _short(field: str, text: str, *, required: bool) -> tuple[Issue, ...]:
    return check_text(field, text, required=required, max_length=SHORT_TEXT_MAX)


def _not_future_time(field: str, at: datetime, now: datetime) -> list[Issue]:
    return [error(field, "date.future")] if at > now + timedelta(minutes=5) else []


def validate_investigation(record: InvestigationRecord, now: datetime) -> list[Issue]:
    """An investigation names who investigated whom, where, and what was found."""
    issues = [
        *_not_future_time("held_at", record.held_at, now),
        *_short("place", record.place, required=True),
        *_names("investigators", record.investigators, required=True),
        *check_text(
            "person_investigated", record.person_investigated, required=True, max_length=NAME_MAX
        ),
        *_short("others_present", record.others_present, required=False),
        *_long("text", record.text, required=True),
    ]
    for index, item in enumerate(record.evidence):
        item_issues = [
            *_short("description", item.description, required=True),
            *_short("source", item.source, required=False),
            *_short("attachment", item.attachment, required=False),
        ]
        issues += rebase(item_issues, f"evidence[{index}]")
    return issues


def validate_session(record: SessionRecord, now: datetime) -> list[Issue]:
    """A session record: mediators, parties present, what each side said, and the result."""
    issues = [
        *_not_future_time("held_at", record.held_at, now),
        *_short("place", record.place, required=True),
        *_names("mediators", record.mediators, required=True),
        *_names("parties_present", record.parties_present, required=True),
        *_names("invited", record.invited, required=False),
        *_long("proposal", record.proposal, required=False),
        *_long("result", record.result, required=True),
    ]
    if any(name.strip() for name in record.invited) and not record.invited_consented:
        # art 20: others may be invited to help "经当事人同意"
        issues.append(error("invited_consented", "session.invited_without_consent"))
    for index, statement in enumerate(record.statements):
        statement_issues = [
            *check_text("speaker", statement.speaker, required=True, max_length=NAME_MAX),
            *_long("text", statement.text, required=True),
        ]
        issues += rebase(statement_issues, f"statements[{index}]")
    return issues


def validate_agreement_content(
    content: AgreementContent, reached_on: date, form_is_written: bool
) -> list[Issue]:
    """Art 29: a written agreement states the facts, the disputed matters and at least one term."""
    issues = [
        *_long("facts", content.facts, required=form_is_written),
        *_long("disputed_matters", content.disputed_matters, required=form_is_written),
        *_long("responsibilities", content.responsibilities, required=False),
        *_long("performance_method", content.performance_method, required=False),
    ]
    if not content.terms:
        issues.append(error("terms", "agreement.terms_required"))
    for index, term in enumerate(content.terms):
        issues += rebase(validate_term(term, reached_on), f"terms[{index}]")
    return issues


def validate_term(term: AgreementTerm, reached_on: date) -> list[Issue]:
    """A term says who does what; a due date before the agreement was reached is a mistake."""
    issues = [
        *_short("obligor", term.obligor, required=True),
        *_long("content", term.content, required=True),
        *check_amount("amount", term.amount),
        *_short("method", term.method, required=False),
        *_short("place", term.place, required=False),
    ]
    if term.due_on is not None and term.due_on < reached_on:
        issues.append(error("due_on", "term.due_before_agreement"))
    done = term.performance in (TermPerformance.PERFORMED, TermPerformance.PARTLY_PERFORMED)
    if term.performed_on is not None and not done:
        issues.append(error("performed_on", "term.performed_on_without_performance"))
    if term.performed_on is not None and term.performed_on < reached_on:
        issues.append(error("performed_on", "term.performed_before_agreement"))
    return issues


def validate_follow_up(record: FollowUpRecord, today: date) -> list[Issue]:
    """A follow-up visit names who visited and when; free-text findings are bounded."""
    return [
        *check_text("visited_by", record.visited_by, required=True, max_length=NAME_MAX),
        *check_not_future("visited_on", record.visited_on, today),
        *_short("visited_persons", record.visited_persons, required=False),
        *_long("attitude", record.attitude, required=False),
        *_long("new_risks", record.new_risks, required=False),
        *_long("measures", record.measures, required=False),
        *_long("note", record.note, required=False),
    ]


def confirmation_deadline(effective_on: date) -> date:
    """The last day to apply: thirty days from the day the agreement took effect (art 33)."""
    return effective_on + timedelta(days=CONFIRMATION_WINDOW_DAYS)


def validate_confirmation(
    confirmation: JudicialConfirmation, effective_on: date | None, today: date
) -> list[Issue]:
    """The application names the court and applicants; a late one is warned about (art 33)."""
    issues = [
        *_short("court", confirmation.court, required=True),
        *_names("applicants", confirmation.applicants, required=True),
        *check_not_future("applied_on", confirmation.applied_on, today),
        *_short("ruling_no", confirmation.ruling_no, required=False),
    ]
    if effective_on is None:
        issues.append(error("applied_on", "confirmation.agreement_not_effective"))
    else:
        if confirmation.applied_on < effective_on:
            issues.append(error("applied_on", "confirmation.before_effective"))
        elif confirmation.applied_on > confirmation_deadline(effective_on):
            issues.append(warning("applied_on", "confirmation.late"))
    decided = confirmation.ruling in (ConfirmationRuling.CONFIRMED, ConfirmationRuling.REJECTED)
    if decided and confirmation.ruling_on is None:
        issues.append(error("ruling_on", "confirmation.ruling_date_required"))
    if confirmation.ruling_on is not None:
        if confirmation.ruling_on < confirmation.applied_on:
            issues.append(error("ruling_on", "confirmation.ruling_before_application"))
        issues += check_not_future("ruling_on", confirmation.ruling_on, today)
    return issues
