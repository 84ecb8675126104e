"""Keeps translations/*.ts in step with the sources.

python .ci/translations.py update          # run pyside6-lupdate over forms/ and mediation_desk/
python .ci/translations.py fill FILE.json  # set translations from {"English source": "中文", …}
python .ci/translations.py check           # list unfinished entries; exit 1 if any
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = sorted((ROOT / "translations").glob("mediation_desk_*.ts"))
if not CATALOGS:
    CATALOGS = [ROOT / "translations" / "mediation_desk_zh_CN.ts"]


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui"))
    for path in sorted((ROOT / "mediation_desk").rglob("*.py")):
        if "generated" not in path.parts:
            files.append(str(path.relative_to(ROOT)))
    return files


def update(catalog: Path) -> None:
    code = "import sys; from PySide6.scripts import pyside_tool; pyside_tool.lupdate()"
    args = [sys.executable, "-c", code, "-no-obsolete", "-locations", "none", *sources()]
    subprocess.run([*args, "-ts", str(catalog.relative_to(ROOT))], check=True, cwd=ROOT)


def unfinished(catalog: Path) -> list[tuple[str, str]]:
    tree = ET.parse(catalog)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            numerus = translation.findall("numerusform")
            empty = (
                not any((n.text or "").strip() for n in numerus)
                if numerus
                else not (translation.text or "").strip()
            )
            if translation.get("type") == "unfinished" or empty:
                found.append((name, message.findtext("source", "")))
    return found


def fill(catalog: Path, mapping: dict[str, str]) -> int:
    tree = ET.parse(catalog)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or source not in mapping:
            continue
        text = mapping[source]
        numerus = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in numerus or [ET.SubElement(translation, "numerusform")]:
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(tree)
    tree.write(catalog, encoding="utf-8", xml_declaration=True)
    with catalog.open("r+", encoding="utf-8") as handle:  # keep Linguist's DOCTYPE line
        body = handle.read().replace("<?xml version='1.0' encoding='utf-8'?>", "")
        handle.seek(0)
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>' + body)
        handle.truncate()
    return count


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    for catalog in CATALOGS:
        if command == "update":
            update(catalog)
        elif command == "fill":
            mapping = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
            print(f"{catalog.name}: filled {fill(catalog, mapping)} entries")
        missing = unfinished(catalog)
        for context, source in missing:
            print(f"{catalog.name}: unfinished [{context}] {source!r}")
        if command == "check" and missing:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
