"""`mediation-desk document KIND CASE_NO --out FILE.docx`: one official document of a case."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import fail, services_for

# Stable KIND codes; kept here as plain strings so parsing the command line loads no documents code.
KINDS = ("application", "acceptance")
LANGUAGES = ("zh_CN",)

_DESCRIPTION = """\
Writes one official document of a case as a Word (.docx) file laid out after GB/T 9704
(A4, 仿宋_GB2312 16 pt body, 方正小标宋简体 title).

kinds:
  application  人民调解申请书 (written application)
  acceptance   人民调解受理登记表 (acceptance registration form)

PDF output through the in-app Qt print path is a later step: only .docx is written for now.
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "document",
        help="write an official document of a case as .docx (PDF comes later)",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument(
        "case_no", metavar="CASE_NO", help="the case number, e.g. （2025）某某人调字第1号"
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE.docx", help="where to write"
    )
    parser.add_argument(
        "--language", choices=LANGUAGES, default="zh_CN", help="the document's language (zh_CN)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".docx":
        return fail(f"{out.name}: only .docx can be written yet (PDF comes with the print path)")
    from mediation_desk.documents.docx_writer import write_docx
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
    write_docx(document, out)
    print(out)
    return 0
