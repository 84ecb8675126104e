"""ID and phone numbers as lists, search results and exports show them."""

from __future__ import annotations

import pytest

from mediation_desk.domain.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("full", "masked"),
    [
        ("150626198501011230", "150626********1230"),
        ("15062619850101123X", "150626********123X"),
        ("152701850101123", "152701*****1123"),  # old 15-digit cards (1527xx 伊克昭盟)
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_an_id_number_keeps_its_region_and_last_four(full: str, masked: str) -> None:
    assert mask_id_number(full) == masked
    assert len(mask_id_number(full)) == len(full)


@pytest.mark.parametrize(
    ("full", "masked"),
    [
        ("13912341234", "139****1234"),
        ("0477-8581234", "0477-***1234"),
        ("0477-8581234-123", "0477-***1234-123"),
        ("8581234", "****234"),
        ("", ""),
    ],
)
def test_a_phone_number_keeps_what_identifies_no_one(full: str, masked: str) -> None:
    assert mask_phone(full) == masked
