"""The bad inputs of the sweep (issue 5, "Bad input, everywhere"), shared by every input path.

Each path takes what fits it: text fields take TEXTS, search boxes QUERIES, amount fields
AMOUNTS, date fields DATES. The slow paths (dialogs, CLI) use the SMALL_* picks.
"""

from __future__ import annotations

from decimal import Decimal

MONGOLIAN = "ᠪᠠᠲᠤ"
# Mongolian free variation selectors FVS1–3, the vowel separator, FVS4, narrow no-break space.
MONGOLIAN_CONTROLS = "ᠪᠠ\u180bᠲ\u180cᠤ\u180d\u180e\u180fᠶᠢᠨ\u202fᠡ"

BLANK = ("", " ", "\u3000", " \t\u3000 ", "\n")
TEXTS: dict[str, str] = {
    "10k characters": "纠" * 10_000,
    "100k characters": "x" * 100_000,
    "NUL": "a\x00b",
    "ESC": "\x1b[31m红\x1b[0m",
    "DEL": "a\x7fb",
    "C1 control": "a\x85b",
    "RLO override": "王\u202e三",
    "RLM mark": "王\u200f三",
    "BOM inside": "\ufeff王三",
    "lone surrogate": "王\ud800三",
    "escaped surrogate": "a\udcffb",
    "outside the BMP": "王𠈌𪚥",
    "emoji": "张三😀👨‍👩‍👧",
    "Mongolian": MONGOLIAN,
    "Mongolian with format controls": MONGOLIAN_CONTROLS,
    "SQL": "' OR 1=1 --",
    "SQL drop": "x'); DROP TABLE case_row; --",
    "quotes": "say \"hi\" 'there'",
    "U+3000 inside": "王\u3000三",
    "line separator": "a\u2028b",
    "CR LF": "a\r\nb",
}
# Text the rules must keep exactly as typed (after trimming outer white space).
KEPT_TEXTS = (
    "outside the BMP",
    "emoji",
    "Mongolian",
    "Mongolian with format controls",
    "SQL",
    "SQL drop",
    "quotes",
    "U+3000 inside",
    "RLO override",
    "RLM mark",
)
# Text every field must refuse with a message.
REFUSED_TEXTS = ("NUL", "ESC", "DEL", "C1 control", "lone surrogate", "escaped surrogate")

QUERIES = (
    "' OR 1=1 --",
    '"',
    '""',
    "*",
    "王*",
    "NEAR(",
    "NEAR(王 三, 2)",
    "AND OR NOT",
    "NOT",
    "^",
    "^王",
    "col:val",
    "tokens:王",
    "codes:1506",
    '"unbalanced',
    "unbalanced'",
    "(",
    ")",
    "((王)",
    "{tokens codes}:x",
    "-",
    "+",
    ":",
    "a\x00b",
    "\x1b",
    "\u202e",
    "\u200f",
    "\ufeff",
    "\ud800",
    "a\udcffb",
    "𠈌",
    "😀",
    MONGOLIAN,
    MONGOLIAN_CONTROLS,
    "\u202f",
    "\u3000",
    " ",
    "%",
    "_",
    "\\",
    "x" * 10_000,
    "王" * 100_000,
)

AMOUNTS: dict[str, Decimal] = {
    "negative": Decimal("-1"),
    "negative fen": Decimal("-0.01"),
    "fraction of a fen": Decimal("0.001"),
    "tiny": Decimal("1e-30"),
    "NaN": Decimal("NaN"),
    "signalling NaN": Decimal("sNaN"),
    "Infinity": Decimal("Infinity"),
    "-Infinity": Decimal("-Infinity"),
    "huge 1e30": Decimal("1e30"),
    "huge -1e30": Decimal("-1e30"),
    "huge 1e26": Decimal("1e26"),
    "28 digits": Decimal("9" * 28),
    "limit": Decimal(10) ** 12,
}
# What a mediator may type into an amount field.
AMOUNT_TEXTS = (
    "-5",
    "0.001",
    "12k",
    "一万",
    "NaN",
    "Infinity",
    "1e30",
    "1" + "0" * 30,
    "9" * 400,
    "12,000.505",
    "１２.３４５",
)

# Dates as text, where a date is typed or read from a file: malformed and impossible ones.
DATE_TEXTS = (
    "2025-02-30",
    "2025-02-29",
    "2024-13-01",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "2月30日",
    "2025年2月30日",
    "2025/02/03",
    "20250203",
    "",
    "2025-2-3",
    "２０２５-０２-０３",
)
