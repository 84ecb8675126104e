"""Documents written by the CLI, converted by LibreOffice headless and read back with pdftotext.

Every kind is converted in one soffice call (~1 s a document otherwise, most of it start-up).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.documents.docx_writer import write_docx
from mediation_desk.documents.kinds import build_document
from mediation_desk.documents.pagination import estimate_pages
from mediation_desk.domain.case_file import CaseAgreement
from mediation_desk.domain.records.models import AgreementTerm
from mediation_desk.printing.pdf import write_pdf
from mediation_desk.services.bootstrap import open_services
from mediation_desk.services.case_file import load_case_file
from tests.services.case_files import CONTENT, committee_with_every_case

ALIASES = Path(__file__).parents[2] / "resources" / "fonts" / "65-mediation-desk-gbt9704.conf"
KANGXI = [chr(c) for c in range(0x2F00, 0x2FE0)] + [chr(c) for c in range(0x2E80, 0x2F00)]

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui",
)

# fmt: off
# kind: (the known case that has it, A4 pages, every element of the form that must be printed)
EXPECTED: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "application": (
        "concluded_case",
        1,
        ("人民调解申请书", "申请人", "被申请人", "纠纷简要情况陈述", "签名盖章或按指印"),
    ),
    "acceptance": (
        "concluded_case",
        1,
        ("人民调解受理登记表", "纠纷类型", "案件来源", "登记人", "印章", "备注"),
    ),
    "rights-notice": (
        "concluded_case",
        4,
        (
            "人民调解当事人权利义务告知书",
            "选择或者接受人民调解员",
            "如实陈述纠纷事实",
            "不收取任何费用",
            "司法确认",
            "当事人（签名或按指印）",
            "告知人（签名）",
            "（印章）",
        ),
    ),
    "investigation": (
        "concluded_case",
        2,
        (
            "人民调解调查记录",
            "时间",
            "地点",
            "调查人",
            "被调查人",
            "参加人",
            "记录人",
            "调查记录",
            "被调查人（签名或按指印）",
        ),
    ),
    "session-record": (
        "concluded_case",
        2,
        (
            "人民调解记录",
            "时间",
            "地点",
            "事由",
            "当事人",
            "参加人",
            "人民调解员",
            "记录人",
            "调解结果",
            "记录人（签名）",
        ),
    ),
    "agreement": (
        "concluded_case",
        2,
        (
            "人民调解协议书",
            "纠纷主要事实",
            "争议事项",
            "各方责任",
            "经调解，当事人自愿达成如下协议",
            "人民币壹万贰仟元整",
            "履行期限",
            "本协议一式3份",
            "按指印",
            "人民调解员（签名）",
            "（印章）",
            "二〇二五年三月二十一日",
        ),
    ),
    "oral-agreement": (
        "oral_case",
        1,
        (
            "人民调解口头协议登记表",
            "纠纷主要事实",
            "争议事项",
            "口头协议内容",
            "履行方式、时限",
            "达成协议日期",
            "登记人（签名）",
            "（印章）",
        ),
    ),
    "follow-up": (
        "concluded_case",
        1,
        ("人民调解回访记录", "调解协议编号", "回访事由", "回访时间", "回访情况", "回访人（签名）"),
    ),
    "judicial-confirmation": (
        "concluded_case",
        2,
        (
            "司法确认申请书",
            "申请人（1）",
            "申请人（2）",
            "请求事项",
            "事实和理由",
            "申请人承诺",
            "此致",
            "乌审旗人民法院",
            "申请人（签名或者盖章）",
            "附：",
        ),
    ),
    "referral": (
        "diverted_case",
        1,
        (
            "人民调解分流告知书",
            "乌审旗人民政府",
            "三十日内向人民法院起诉",
            "六个月内",
            "当事人（签收）",
            "（印章）",
        ),
    ),
    "termination": (
        "terminated_case",
        1,
        (
            "人民调解终止调解告知书",
            "第二十六条",
            "终止调解",
            "人民法院（民事诉讼）",
            "当事人（签收）",
            "（印章）",
        ),
    ),
    "escalation": (
        "escalated_case",
        1,
        (
            "矛盾纠纷情况报告",
            "第二十五条",
            "公安派出所",
            "风险等级",
            "重大",
            "报告时间",
            "已采取的预防措施",
            "报告人（签名）",
        ),
    ),
    "dossier": (
        "concluded_case",
        3,
        (
            "调解卷宗",
            "卷名",
            "卷号",
            "人民调解员",
            "立卷日期",
            "保管期限",
            "卷内目录",
            "序号",
            "文书名称",
            "页号",
            "14—15",
            "卷内备考表",
            "共15页",
        ),
    ),
}
# fmt: on
UNSEALED = {"application", "investigation", "session-record"}  # forms without the committee
LONG_AGREEMENTS = range(3, 11)  # terms: the signature area lands at every place of a page


def _convert(files: list[Path], work: Path) -> None:
    """Converts with its own LibreOffice profile and the font aliases, all in one call."""
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
         "--outdir", str(work), *map(str, files)],
        check=True, capture_output=True, env=env, timeout=300,
    )  # fmt: skip


def _pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages by form feeds)."""
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert "(A4)" in fields["Page size"]  # 595.3 × 841.9 pt, within pdfinfo's rounding
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")[: int(fields["Pages"])]
    assert len(pages) == int(fields["Pages"])
    return pages


@dataclass(frozen=True)
class Converted:
    """One document: LibreOffice's PDF pages of its .docx, the page estimate, the Qt PDF."""

    pages: list[str]
    estimate: int
    qt_pages: list[str]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Converted]:
    """kind (or long-agreement-N) → how LibreOffice and the app's own print path lay it out."""
    work = tmp_path_factory.mktemp("documents")
    url, numbers = committee_with_every_case(work)
    files: list[Path] = []
    estimates: dict[str, int] = {}
    services = open_services(url)
    try:
        sources = {case: load_case_file(services, no, "zh_CN") for case, no in numbers.items()}
    finally:
        services.close()
    for kind, (case, _, _) in EXPECTED.items():
        out = work / f"{kind}.docx"
        assert main(["--db", url, "document", kind, numbers[case], "--out", str(out)]) == 0
        files.append(out)
        document = build_document(kind, sources[case])
        estimates[kind] = estimate_pages(document)
        write_pdf(document, work / f"{kind}-qt.pdf")
    source = sources["concluded_case"]
    assert source.agreement is not None
    for count in LONG_AGREEMENTS:
        name = f"long-agreement-{count}"
        agreement = _with_terms(source.agreement, count)
        document = build_document("agreement", replace(source, agreement=agreement))
        write_docx(document, work / f"{name}.docx")
        files.append(work / f"{name}.docx")
        estimates[name] = estimate_pages(document)
        write_pdf(document, work / f"{name}-qt.pdf")
    _convert(files, work)
    return {
        name: Converted(_pages(work / f"{name}.pdf"), estimate, _pages(work / f"{name}-qt.pdf"))
        for name, estimate in estimates.items()
    }


def _with_terms(agreement: CaseAgreement, count: int) -> CaseAgreement:
    term = AgreementTerm("ᠪᠠᠲᠤ", "分期赔偿草场损失", Decimal("1500"), "现金", "", date(2025, 6, 1))
    terms = CONTENT.terms + tuple(replace(term, content=f"第{n}期赔偿") for n in range(count))
    return replace(agreement, content=replace(agreement.content, terms=terms))


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_every_element_of_the_form_is_printed_on_a4(
    converted: dict[str, Converted], kind: str
) -> None:
    pages, estimate = converted[kind].pages, converted[kind].estimate
    text = "\n".join(pages)
    compact = "".join(text.split())
    for label in EXPECTED[kind][2]:
        assert label in compact, label
    if kind not in UNSEALED:
        assert "乌审召镇巴音敖包嘎查人民调解委员会" in compact
    assert "王𠈌" in compact and "ᠪᠠᠲᠤ" in compact
    assert not [c for c in KANGXI if c in text], "Kangxi radicals in the extracted text"
    assert len(pages) == EXPECTED[kind][1]
    assert estimate == len(pages), "the case-file index would number this document's pages wrong"


@pytest.mark.slow
@pytest.mark.parametrize("terms", LONG_AGREEMENTS)
def test_signature_boxes_mediators_and_seal_stay_on_one_page(
    converted: dict[str, Converted], terms: int
) -> None:
    pages, estimate = (
        converted[f"long-agreement-{terms}"].pages,
        converted[f"long-agreement-{terms}"].estimate,
    )
    with_boxes = [page for page in pages if "签名（盖章）" in "".join(page.split())]
    assert len(with_boxes) == 1
    compact = "".join(with_boxes[0].split())
    for line in ("王𠈌", "ᠪᠠᠲᠤ", "人民调解员（签名）", "记录人（签名）", "（印章）", "二〇二五年"):
        assert line in compact, line
    assert estimate == len(pages)


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", [*sorted(EXPECTED), *(f"long-agreement-{n}" for n in LONG_AGREEMENTS)]
)
def test_the_app_prints_the_pages_libreoffice_gives_the_docx(
    converted: dict[str, Converted], name: str
) -> None:
    """Print preview, printing and PDF export match the .docx page for page; PDF text copies."""
    done = converted[name]
    assert len(done.qt_pages) == len(done.pages)
    text = "".join("".join(done.qt_pages).split())
    assert not [c for c in KANGXI if c in text], "Kangxi radicals in the PDF's text"
    kind = name if name in EXPECTED else "agreement"
    for label in EXPECTED[kind][2]:
        assert label in text, label
    if kind == "agreement":  # the boxes, the mediators and the seal on one page, as in the .docx
        [boxes] = [p for p in done.qt_pages if "签名（盖章）" in "".join(p.split())]
        assert "（印章）" in "".join(boxes.split())
