"""Plain-language text for validation issue codes, marked for Qt Linguist (context "Validation")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.validation import Issue

CONTEXT = "Validation"

# QT_TRANSLATE_NOOP only marks strings for pyside6-lupdate; its stub returns `object`.
_MARKED: dict[str, object] = {
    "agent.authority_required": QT_TRANSLATE_NOOP(
        "Validation", "Write down what the agent may do, as stated on the power of attorney."
    ),
    "amount.invalid": QT_TRANSLATE_NOOP("Validation", "The amount is not a number."),
    "amount.negative": QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."),
    "amount.precision": QT_TRANSLATE_NOOP(
        "Validation", "The amount can have at most two decimal places."
    ),
    "amount.too_large": QT_TRANSLATE_NOOP(
        "Validation", "The amount is too large — please check it."
    ),
    "application_form.not_applicable": QT_TRANSLATE_NOOP(
        "Validation", "Written or oral application only applies when a party applied for mediation."
    ),
    "application_form.required": QT_TRANSLATE_NOOP(
        "Validation", "Choose whether the party applied in writing or orally."
    ),
    "category.required": QT_TRANSLATE_NOOP("Validation", "Choose the type of dispute."),
    "category.unknown": QT_TRANSLATE_NOOP(
        "Validation", "This type of dispute is not in the list — please choose one from the list."
    ),
    "committee.name_suffix": QT_TRANSLATE_NOOP(
        "Validation", "The full name of a committee usually ends with “{suffix}”."
    ),
    "credit_code.checksum": QT_TRANSLATE_NOOP(
        "Validation",
        "The credit code's last character is wrong — please check it against the licence.",
    ),
    "credit_code.format": QT_TRANSLATE_NOOP(
        "Validation",
        "The credit code may only contain digits and capital letters (no I, O, Z, S or V).",
    ),
    "credit_code.length": QT_TRANSLATE_NOOP(
        "Validation", "A credit code has {expected} characters; this one has {actual}."
    ),
    "credit_code.missing": QT_TRANSLATE_NOOP(
        "Validation", "No unified social credit code entered — add it if the organisation has one."
    ),
    "date.before_law": QT_TRANSLATE_NOOP(
        "Validation",
        "This date is before the People's Mediation Law took effect ({date}) — please check it.",
    ),
    "date.future": QT_TRANSLATE_NOOP("Validation", "This date is in the future."),
    "date.required": QT_TRANSLATE_NOOP("Validation", "Enter the date."),
    "date.too_old": QT_TRANSLATE_NOOP(
        "Validation", "This date is too early (before {earliest}) — please check it."
    ),
    "id_number.birth_date": QT_TRANSLATE_NOOP(
        "Validation",
        "The birth date in the ID number is impossible — please check the number on the card.",
    ),
    "id_number.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Validation", "The birth date does not match the ID number ({id_birth_date})."
    ),
    "id_number.checksum": QT_TRANSLATE_NOOP(
        "Validation", "The ID number's check digit is wrong — please check the number on the card."
    ),
    "id_number.format": QT_TRANSLATE_NOOP(
        "Validation", "An ID number has only digits, with possibly an X at the end."
    ),
    "id_number.gender_mismatch": QT_TRANSLATE_NOOP(
        "Validation", "The gender does not match the ID number."
    ),
    "id_number.length": QT_TRANSLATE_NOOP(
        "Validation", "An ID number has {expected} characters; this one has {actual}."
    ),
    "id_number.region": QT_TRANSLATE_NOOP(
        "Validation",
        "The ID number starts with an unknown or old area code ({region_code}) — please check.",
    ),
    "mediator.language_required": QT_TRANSLATE_NOOP(
        "Validation", "Tick at least one language the mediator works in."
    ),
    "mediators.duplicate": QT_TRANSLATE_NOOP("Validation", "This mediator is chosen twice."),
    "mediators.required": QT_TRANSLATE_NOOP("Validation", "Choose at least one mediator."),
    "mediators.unknown": QT_TRANSLATE_NOOP(
        "Validation", "This mediator is not on the committee's list."
    ),
    "parties.applicant_required": QT_TRANSLATE_NOOP(
        "Validation", "When a party applies for mediation, add at least one applicant."
    ),
    "parties.required": QT_TRANSLATE_NOOP("Validation", "Add at least one party."),
    "parties.respondent_missing": QT_TRANSLATE_NOOP(
        "Validation", "No respondent has been added yet."
    ),
    "party.duplicate": QT_TRANSLATE_NOOP(
        "Validation", "This party is already entered as party {other}."
    ),
    "party.org_person_fields": QT_TRANSLATE_NOOP(
        "Validation",
        "An organisation has no ID number, gender or birth date — please clear this field.",
    ),
    "party.person_org_fields": QT_TRANSLATE_NOOP(
        "Validation",
        "A person has no credit code or legal representative — please clear this field.",
    ),
    "people_involved.fewer_than_parties": QT_TRANSLATE_NOOP(
        "Validation",
        "{people} people involved is fewer than the {persons} individual parties entered.",
    ),
    "people_involved.invalid": QT_TRANSLATE_NOOP(
        "Validation", "The number of people involved must be at least 1."
    ),
    "setting.out_of_range": QT_TRANSLATE_NOOP("Validation", "Enter a number from {min} to {max}."),
    "phone.format": QT_TRANSLATE_NOOP(
        "Validation",
        "Enter an 11-digit mobile number or a landline with area code, e.g. 0477-8581234.",
    ),
    "phone.no_area_code": QT_TRANSLATE_NOOP(
        "Validation", "The landline number has no area code (Ordos: 0477)."
    ),
    "referral_body.required": QT_TRANSLATE_NOOP(
        "Validation", "Enter the body that referred the case."
    ),
    "text.control_chars": QT_TRANSLATE_NOOP(
        "Validation", "The text contains invisible control characters — please type it again."
    ),
    "text.newline": QT_TRANSLATE_NOOP("Validation", "This field must fit on one line."),
    "text.required": QT_TRANSLATE_NOOP("Validation", "This field is required."),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Validation", "Too long: at most {max} characters (now {length})."
    ),
    "pattern.empty": QT_TRANSLATE_NOOP("Validation", "Enter a pattern for case numbers."),
    "pattern.syntax": QT_TRANSLATE_NOOP(
        "Validation", "The case-number pattern cannot be read: {detail}."
    ),
    "pattern.unknown_field": QT_TRANSLATE_NOOP(
        "Validation",
        "Unknown field in the pattern: {detail}. Use only {{year}}, {{short_name}} and {{n}}.",
    ),
    "pattern.missing_serial": QT_TRANSLATE_NOOP(
        "Validation", "The case-number pattern must contain {{n}} for the serial number."
    ),
    "pattern.missing_year": QT_TRANSLATE_NOOP(
        "Validation",
        "The case-number pattern must contain {{year}}, otherwise numbers would repeat every year.",
    ),
}

MESSAGES: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}


class _Params(dict[str, str]):
    """Format parameters that leave a missing placeholder empty instead of raising."""

    def __missing__(self, key: str) -> str:
        return ""


def translated(context: str, source: str, issue: Issue) -> str:
    """`source` translated in `context` with the issue's parameters filled in; shared by every
    message table (validation, lifecycle, records, access)."""
    params = _Params(issue.params)
    try:
        return QCoreApplication.translate(context, source).format_map(params)
    except (ValueError, IndexError):
        # A translation with broken braces must not put a traceback in front of a mediator.
        return source.format_map(params)


def message_for(issue: Issue) -> str:
    """The translated sentence for an issue with its parameters filled in (the code if unknown)."""
    source = MESSAGES.get(issue.code)
    if source is None:
        return issue.code
    return translated(CONTEXT, source, issue)
