"""Unified social credit codes (统一社会信用代码, GB 32100-2015) of organisations."""

from __future__ import annotations

import re

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

from mediation_desk.domain.validation.issues import Issue, error
from mediation_desk.domain.validation.text import to_halfwidth

CREDIT_CODE_LENGTH = 18
_SEPARATORS = re.compile(r"[\s\-]+")


def normalise_credit_code(text: str) -> str:
    """Full-width forms to ASCII, upper case, spaces and hyphens inside removed."""
    return _SEPARATORS.sub("", to_halfwidth(text)).upper()


def check_credit_code(text: str) -> tuple[str, tuple[Issue, ...]]:
    """Returns the normalised code and its issues (field ""); an empty code is not checked here."""
    code = normalise_credit_code(text)
    if not code:
        return code, ()
    try:
        uscc.validate(code)
    except InvalidLength:
        return code, (
            error("", "credit_code.length", expected=CREDIT_CODE_LENGTH, actual=len(code)),
        )
    except InvalidChecksum:
        return code, (error("", "credit_code.checksum"),)
    except ValidationError:
        return code, (error("", "credit_code.format"),)
    return code, ()
