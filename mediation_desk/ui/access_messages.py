"""Plain-language text for account issue codes and refusals (context "Access")."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.access.roles import Role
from mediation_desk.domain.access.sign_in import wait_in_words
from mediation_desk.domain.validation import Issue
from mediation_desk.ui import validation_messages

CONTEXT = "Access"

# One entry per code of domain.access.accounts.ACCOUNT_CODES (a test keeps the two in step).
_MARKED: dict[str, object] = {
    "username.format": QT_TRANSLATE_NOOP(
        "Access", "Use 2–32 Latin letters, digits, dots, dashes or underscores, e.g. wangfang."
    ),
    "username.taken": QT_TRANSLATE_NOOP("Access", "Another account already has this username."),
    "display_name.required": QT_TRANSLATE_NOOP("Access", "Enter the person's name."),
    "display_name.too_long": QT_TRANSLATE_NOOP(
        "Access", "The name can have at most {max} characters."
    ),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Access", "The password needs at least {min} characters."
    ),
    "password.too_long": QT_TRANSLATE_NOOP(
        "Access", "The password can have at most {max} characters."
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("Access", "The two passwords are not the same."),
    "password.wrong": QT_TRANSLATE_NOOP("Access", "The current password is not right."),
    "account.mediator_required": QT_TRANSLATE_NOOP(
        "Access", "Choose which of the committee's mediators this account is."
    ),
    "account.mediator_unknown": QT_TRANSLATE_NOOP(
        "Access", "This mediator is not in the committee's list."
    ),
    "account.last_director": QT_TRANSLATE_NOOP(
        "Access",
        "This is the only active director account: someone must be able to manage the "
        "accounts. Make another account director first.",
    ),
    "account.first_director": QT_TRANSLATE_NOOP(
        "Access", "The first account is the committee director's."
    ),
}

MESSAGES: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}

_ROLES: dict[Role, object] = {
    Role.MEDIATOR: QT_TRANSLATE_NOOP("Access", "Mediator"),
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Access", "Committee director"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("Access", "Justice office (read only)"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, str(_ROLES[role]))


def message_for(issue: Issue) -> str:
    """The translated sentence for an account issue; other codes go to the validation table."""
    source = MESSAGES.get(issue.code)
    if source is None:
        return validation_messages.message_for(issue)
    return validation_messages.translated(CONTEXT, source, issue)


def waiting_text(left: timedelta) -> str:
    """ "Too many wrong passwords. Try again in 1 min 30 s." in plain words."""
    minutes, seconds = wait_in_words(left)
    if minutes:
        wait = QCoreApplication.translate("Access", "%1 min %2 s")
        wait = wait.replace("%1", str(minutes)).replace("%2", str(seconds))
    else:
        wait = QCoreApplication.translate("Access", "%1 s").replace("%1", str(seconds))
    return QCoreApplication.translate(
        "Access", "Too many wrong passwords. Please wait, then try again in %1."
    ).replace("%1", wait)


def refusal_text(error: BaseException) -> str | None:
    """What to say when the guard or the sign-in refused; None for other errors."""
    from mediation_desk.services.access import AccessDenied, CorrectionNeedsReason, NotSignedIn
    from mediation_desk.services.accounts import AccountWaiting, SignInRefused

    if isinstance(error, AccountWaiting):
        return waiting_text(error.left)
    if isinstance(error, SignInRefused):
        return QCoreApplication.translate("Access", "The username or the password is wrong.")
    if isinstance(error, NotSignedIn):
        return QCoreApplication.translate("Access", "Please sign in first.")
    if isinstance(error, CorrectionNeedsReason):
        return QCoreApplication.translate(
            "Access", "This case is closed or archived: a correction needs a reason."
        )
    if isinstance(error, AccessDenied):
        return QCoreApplication.translate(
            "Access", "Your account may not do this. Ask the committee director if you need to."
        )
    return None
