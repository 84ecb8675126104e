"""`mediation-desk document KIND CASE_NO --out FILE.docx|FILE.pdf`: one document of a case."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import fail, services_for

if TYPE_CHECKING:
    from mediation_desk.documents.model import Document

# Stable KIND codes; kept here as plain strings so parsing the command line loads no documents code.
KINDS = ("application", "acceptance")
LANGUAGES = ("zh_CN",)

_DESCRIPTION = """\
Writes one official document of a case laid out after GB/T 9704 (A4, 仿宋_GB2312 16 pt
body, 方正小标宋简体 title, 22 lines a page): a Word file when --out ends in .docx, a PDF
(through the app's own print path, the pages it prints) when it ends in .pdf.

kinds:
  application  人民调解申请书 (written application)
  acceptance   人民调解受理登记表 (acceptance registration form)

Where the named Chinese fonts are not installed (Linux), the PDF uses a substitute whose text
copies and searches correctly; page breaks stay those of the .docx.
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "document",
        help="write an official document of a case as .docx or .pdf",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument(
        "case_no", metavar="CASE_NO", help="the case number, e.g. （2025）某某人调字第1号"
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="where to write: FILE.docx or FILE.pdf",
    )
    parser.add_argument(
        "--language", choices=LANGUAGES, default="zh_CN", help="the document's language (zh_CN)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        return fail(f"{out.name}: write .docx or .pdf")
    from mediation_desk.documents.kinds import build_document
    from mediation_desk.documents.sources import CaseDocumentSource

    with services_for(target) as services:
        committee = services.committee.get()
        if committee is None:
            return fail("this database has no committee yet; start the app to set it up")
        case = services.cases.get_by_number(args.case_no)
        chinese = args.language.startswith("zh")
        source = CaseDocumentSource(
            committee=committee,
            case=case,
            category_names={
                c.code: c.name_zh if chinese else c.name_en
                for c in services.reference.categories(include_inactive=True)
            },
            ethnicity_names={
                e.code: e.name_zh if chinese else e.name_en
                for e in services.reference.ethnicities()
            },
        )
    document = build_document(args.kind, source, args.language)
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".pdf":
        _write_pdf(document, out)
    else:
        from mediation_desk.documents.docx_writer import write_docx

        write_docx(document, out)
    print(out)
    return 0


def _write_pdf(document: Document, out: Path) -> None:
    """Through the Qt print path; without a display Qt runs offscreen."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from mediation_desk.printing.pdf import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    write_pdf(document, out)
