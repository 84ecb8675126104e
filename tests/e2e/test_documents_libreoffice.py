"""Documents written by the CLI, converted by LibreOffice headless and read back with pdftotext."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.domain.enums import Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Committee, Mediator, Party
from mediation_desk.services.bootstrap import open_services
from tests.services.conftest import make_draft

ALIASES = Path(__file__).parents[2] / "resources" / "fonts" / "65-mediation-desk-gbt9704.conf"
KANGXI = [chr(c) for c in range(0x2F00, 0x2FE0)] + [chr(c) for c in range(0x2E80, 0x2F00)]
CASE_NO = "（2025）巴音敖包人调字第1号"

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("documents") / "committee.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.committee.save(
        Committee("乌审召镇巴音敖包嘎查人民调解委员会", "巴音敖包", "150626100"), [Mediator("王芳")]
    )
    draft = make_draft(services, facts="申请人与被申请人因草场边界发生争议，羊群多次越界放牧。")
    respondent = Party(
        PartyRole.RESPONDENT, PartyKind.PERSON, "ᠪᠠᠲᠤ", gender=Gender.MALE, ethnicity="02"
    )
    services.cases.register(replace(draft, parties=(draft.parties[0], respondent)))
    services.close()
    return path


def _to_pdf(docx_file: Path, work: Path) -> tuple[str, int]:
    """Converts with its own LibreOffice profile and the font aliases; returns text and pages."""
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf'
        f"</include><include>{ALIASES}</include></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)}
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
         "--outdir", str(work), str(docx_file)],
        check=True, capture_output=True, env=env, timeout=180,
    )  # fmt: skip
    pdf = work / f"{docx_file.stem}.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert "595.3" in fields["Page size"] and "841.8" in fields["Page size"]  # A4 in points
    return text, int(fields["Pages"])


REQUIRED = {
    "application": ("人民调解申请书", "申请人", "被申请人", "纠纷简要情况陈述", "签名盖章或按指印"),
    "acceptance": ("人民调解受理登记表", "纠纷类型", "案件来源", "登记人", "印章", "备注"),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_document_converts_to_one_a4_page_with_correct_text(
    db: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.docx"
    assert main(["--db", str(db), "document", kind, CASE_NO, "--out", str(out)]) == 0
    text, pages = _to_pdf(out, tmp_path)
    compact = "".join(text.split())
    assert "王𠈌" in compact and "ᠪᠠᠲᠤ" in compact
    assert "人民调解委员会" in compact and "二〇二五年三月二日" in compact
    for label in REQUIRED[kind]:
        assert label in compact, label
    assert not [c for c in KANGXI if c in text], "Kangxi radicals in the extracted text"
    assert pages == 1
