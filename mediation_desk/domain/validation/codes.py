"""Every issue code the validation rules can produce, for message tables and their tests."""

from __future__ import annotations

PATTERN_CODES = frozenset(
    {
        "pattern.empty",
        "pattern.syntax",
        "pattern.unknown_field",
        "pattern.missing_serial",
        "pattern.missing_year",
    }
)

ALL_CODES = PATTERN_CODES | frozenset(
    {
        "agent.authority_required",
        "amount.invalid",
        "amount.negative",
        "amount.precision",
        "amount.too_large",
        "application_form.not_applicable",
        "application_form.required",
        "category.required",
        "category.unknown",
        "committee.name_suffix",
        "credit_code.checksum",
        "credit_code.format",
        "credit_code.length",
        "credit_code.missing",
        "date.before_law",
        "date.future",
        "date.required",
        "date.too_old",
        "id_number.birth_date",
        "id_number.birth_date_mismatch",
        "id_number.checksum",
        "id_number.format",
        "id_number.gender_mismatch",
        "id_number.length",
        "id_number.region",
        "mediator.language_required",
        "mediators.duplicate",
        "mediators.required",
        "mediators.unknown",
        "parties.applicant_required",
        "parties.required",
        "parties.respondent_missing",
        "party.duplicate",
        "party.org_person_fields",
        "party.person_org_fields",
        "people_involved.fewer_than_parties",
        "people_involved.invalid",
        "setting.out_of_range",
        "phone.format",
        "phone.no_area_code",
        "referral_body.required",
        "text.control_chars",
        "text.newline",
        "text.required",
        "text.too_long",
    }
)
