"""Validation rules for what the dialogs collect; they return untranslated issue codes."""

from mediation_desk.domain.validation.case_rules import (
    validate_case,
    validate_committee,
    validate_mediator,
)
from mediation_desk.domain.validation.codes import ALL_CODES
from mediation_desk.domain.validation.credit_code import check_credit_code
from mediation_desk.domain.validation.dates import check_not_future, check_plausible_birth_date
from mediation_desk.domain.validation.identity import IdNumberCheck, check_id_number
from mediation_desk.domain.validation.issues import (
    Issue,
    Severity,
    error,
    has_errors,
    rebase,
    warning,
)
from mediation_desk.domain.validation.party_rules import (
    normalise_party,
    validate_agent,
    validate_party,
)
from mediation_desk.domain.validation.phone import check_phone
from mediation_desk.domain.validation.text import (
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    check_text,
    clean_text,
)

__all__ = [
    "ALL_CODES",
    "LONG_TEXT_MAX",
    "NAME_MAX",
    "SHORT_TEXT_MAX",
    "IdNumberCheck",
    "Issue",
    "Severity",
    "check_credit_code",
    "check_id_number",
    "check_not_future",
    "check_phone",
    "check_plausible_birth_date",
    "check_text",
    "clean_text",
    "error",
    "has_errors",
    "normalise_party",
    "rebase",
    "validate_agent",
    "validate_case",
    "validate_committee",
    "validate_mediator",
    "validate_party",
    "warning",
]
