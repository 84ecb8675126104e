"""Amounts of money in yuan: exact to the fen, not negative, below a sane limit."""

from __future__ import annotations

from decimal import Decimal

from mediation_desk.domain.validation.issues import Issue, error

AMOUNT_LIMIT = Decimal(10) ** 12


def check_amount(field: str, amount: Decimal | None) -> list[Issue]:
    """No issue for a missing amount; errors for NaN, negatives, fractions of a fen, huge sums."""
    if amount is None:
        return []
    if not amount.is_finite():
        return [error(field, "amount.invalid")]
    issues: list[Issue] = []
    if amount < 0:
        issues.append(error(field, "amount.negative"))
    if abs(amount) >= AMOUNT_LIMIT:
        # Checked before the fen: quantizing 1e30 needs more digits than Decimal carries.
        issues.append(error(field, "amount.too_large"))
    elif amount != amount.quantize(Decimal("0.01")):
        issues.append(error(field, "amount.precision"))
    return issues
