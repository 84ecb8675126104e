"""`mediation-desk document KIND CASE_NO --out FILE.docx|FILE.pdf`: one document of a case;
`mediation-desk document --all CASE_NO --out DIR [--pdf]`: the whole case file (卷宗)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import fail, services_for

if TYPE_CHECKING:
    from mediation_desk.documents.model import Document
    from mediation_desk.domain.case_file import CaseDocumentSource

# Stable KIND codes; kept here as plain strings so parsing the command line loads no documents code.
KINDS = (
    "application",
    "acceptance",
    "rights-notice",
    "investigation",
    "session-record",
    "agreement",
    "oral-agreement",
    "follow-up",
    "judicial-confirmation",
    "referral",
    "termination",
    "escalation",
    "dossier",
)
LANGUAGES = ("zh_CN",)

_DESCRIPTION = """\
Writes an official document of a case laid out after GB/T 9704 (A4, 仿宋_GB2312 16 pt body,
方正小标宋简体 title, 22 lines a page): a Word file when --out ends in .docx, a PDF (through
the app's own print path, the pages it prints) when it ends in .pdf. CASE_NO is the case
number (or its uuid).

kinds:
  application            人民调解申请书 (written application)
  acceptance             人民调解受理登记表 (acceptance registration form)
  rights-notice          人民调解当事人权利义务告知书 (rights and duties, one per party)
  investigation          人民调解调查记录 (one per investigation)
  session-record         人民调解记录 (one per mediation session)
  agreement              人民调解协议书 (the written agreement, or its draft before signing)
  oral-agreement         人民调解口头协议登记表 (oral agreement register)
  follow-up              人民调解回访记录 (one per follow-up visit)
  judicial-confirmation  司法确认申请书 (joint application to the court)
  referral               人民调解分流告知书 (diversion letter with the time limits told)
  termination            人民调解终止调解告知书 (termination notice, art 26)
  escalation             矛盾纠纷情况报告 (escalation report, art 25)
  dossier                调解卷宗 (case-file cover, index with page numbers, back cover)

--all --out DIR writes every document the case has the records for, numbered in the order
of the case file's index (00-调解卷宗.docx, 01-人民调解申请书.docx, …); with --pdf each also
as PDF.

Where the named Chinese fonts are not installed (Linux), PDFs use a substitute whose text
copies and searches correctly.
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "document",
        help="write an official document of a case (.docx or .pdf), or its whole case file",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", nargs="?", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument(
        "case_no", metavar="CASE_NO", help="the case number, e.g. （2025）某某人调字第1号"
    )
    parser.add_argument(
        "--all", action="store_true", help="write the whole case file into the folder --out"
    )
    parser.add_argument("--pdf", action="store_true", help="with --all: each document also as PDF")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE|DIR",
        help="where to write: FILE.docx or FILE.pdf, or a folder with --all",
    )
    parser.add_argument(
        "--language", choices=LANGUAGES, default="zh_CN", help="the document's language (zh_CN)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    out: Path = args.out
    if args.all == (args.kind is not None):
        return fail("give either a KIND or --all")
    suffix = out.suffix.lower()
    if not args.all and suffix not in (".docx", ".pdf"):
        return fail(f"{out.name}: write .docx or .pdf")
    from mediation_desk.documents.errors import MissingDocumentData
    from mediation_desk.services.case_file import load_case_file
    from mediation_desk.services.errors import NotFound

    with services_for(target, user=args.user) as services:
        try:
            source = load_case_file(services, args.case_no, args.language)
        except NotFound:
            return fail(f"no case numbered {args.case_no}")
    try:
        if args.all:
            written = _write_case_file(source, args.language, out, args.pdf)
        else:
            written = [_write_one(source, args.kind, args.language, out)]
    except MissingDocumentData as missing:
        return fail(str(missing))
    except OSError as error:  # a folder that cannot be made, a full or read-only USB stick
        return fail(f"{error.filename or out}: {error.strerror or error}")
    for path in written:
        print(path)
    return 0


def _write_one(source: CaseDocumentSource, kind: str, language: str, out: Path) -> Path:
    from mediation_desk.documents.kinds import build_document

    document = build_document(kind, source, language)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".pdf":
        _write_pdf(document, out)
    else:
        from mediation_desk.documents.docx_writer import write_docx

        write_docx(document, out)
    return out


def _write_case_file(
    source: CaseDocumentSource, language: str, folder: Path, pdf: bool
) -> list[Path]:
    """The dossier as 00, then each document in the index's order as 01, 02, …"""
    if pdf:
        _qt_for_pdf()
    from mediation_desk.printing.case_file import write_case_file

    return list(write_case_file(source, folder, language, pdf=pdf).files)


def _write_pdf(document: Document, out: Path) -> None:
    """Through the Qt print path."""
    _qt_for_pdf()
    from mediation_desk.printing.pdf import write_pdf

    write_pdf(document, out)


def _qt_for_pdf() -> None:
    """A QGuiApplication for the PDF writer; without a display Qt runs offscreen."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    global _app
    _app = QGuiApplication.instance() or QGuiApplication([])


_app: object = None  # kept alive while the command runs
