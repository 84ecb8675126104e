"""The print path's font choice: every clean CJK family really gives correct PDF text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from mediation_desk.printing.font_choice import CLEAN_CJK_FAMILIES
from mediation_desk.printing.fonts import document_fonts

SAMPLE = "人民调解委员会见长门言雨自"
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _extracted(family: str, path: Path) -> str:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    font = QFont(family)
    font.setPointSizeF(16)
    painter.setFont(font)
    painter.drawText(QPointF(300, 300), SAMPLE)
    painter.end()
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout.strip()


@pytest.mark.parametrize("family", CLEAN_CJK_FAMILIES)
def test_listed_cjk_family_extracts_the_characters_it_drew(
    qtbot: QtBot, tmp_path: Path, family: str
) -> None:
    if family not in QFontDatabase.families():
        pytest.skip(f"{family} is not installed")
    assert _extracted(family, tmp_path / "sample.pdf") == SAMPLE


def test_noto_cjk_is_left_out_for_a_reason(qtbot: QtBot, tmp_path: Path) -> None:
    """If this fails, Qt or Noto fixed the Kangxi radicals: Noto may join CLEAN_CJK_FAMILIES."""
    if "Noto Serif CJK SC" not in QFontDatabase.families():
        pytest.skip("Noto Serif CJK SC is not installed")
    assert _extracted("Noto Serif CJK SC", tmp_path / "noto.pdf") != SAMPLE


def test_the_body_font_is_a_clean_one_on_this_machine(qtbot: QtBot) -> None:
    body = document_fonts().body.family()
    if not any(f in QFontDatabase.families() for f in CLEAN_CJK_FAMILIES):
        pytest.skip("no clean CJK family installed")
    assert body in ("仿宋_GB2312", "仿宋", "FangSong", "宋体", "SimSun", *CLEAN_CJK_FAMILIES)
