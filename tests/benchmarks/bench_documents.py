"""Benchmark (not a test): building and writing every document of one case file.

    .venv/bin/python tests/benchmarks/bench_documents.py [--repeat 5]

Prints the median time to load the concluded known case, build its documents and write them
as .docx (what `document --all` does), and the same for an in-memory case with a record of every
kind (13 documents), beside the baseline of saving as many empty python-docx documents.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "unit")]

import docx  # noqa: E402
from documents_sources import source_for  # noqa: E402

from mediation_desk.documents.contents import build_case_documents  # noqa: E402
from mediation_desk.documents.docx_writer import write_docx  # noqa: E402
from mediation_desk.documents.dossier import build_dossier  # noqa: E402
from mediation_desk.documents.kinds import BUILDERS, build_document  # noqa: E402
from mediation_desk.services.bootstrap import open_services  # noqa: E402
from mediation_desk.services.case_file import load_case_file  # noqa: E402
from tests.services.case_files import committee_with_every_case  # noqa: E402


def _median(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as work:
        url, numbers = committee_with_every_case(Path(work))
        services = open_services(url)

        def case_file() -> int:
            source = load_case_file(services, numbers["concluded_case"], "zh_CN")
            contents = build_case_documents(source, "zh_CN")
            documents = (build_dossier(source, "zh_CN", contents), *contents)
            for document in documents:
                write_docx(document, io.BytesIO())
            return len(documents)

        def every_kind() -> None:
            for kind in BUILDERS:
                write_docx(build_document(kind, source_for(kind)), io.BytesIO())

        count = case_file()
        ours = _median(case_file, repeat)
        all_kinds = _median(every_kind, repeat)
        services.close()
    empty = _median(lambda: [docx.Document().save(io.BytesIO()) for _ in BUILDERS], repeat)
    print(f"concluded case: load + build + write {count} documents  {ours * 1000:7.0f} ms")
    print(
        f"every kind:     build + write {len(BUILDERS)} documents       {all_kinds * 1000:7.0f} ms"
    )
    print(f"baseline:       save {len(BUILDERS)} empty python-docx files  {empty * 1000:7.0f} ms")
    print(f"ratio every kind / baseline: {all_kinds / empty:.1f}")


if __name__ == "__main__":
    main()
