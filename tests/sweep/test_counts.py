"""The count of bad inputs the sweep tries per input path, for the issue's closing note.

Run `pytest tests/sweep/test_counts.py -s` to print the table.
"""

from __future__ import annotations

from tests.sweep import (
    test_cli_arguments,
    test_dialog_inputs,
    test_domain_rules,
    test_import_files,
    test_services_inputs,
)
from tests.sweep.inputs import AMOUNTS, BLANK, QUERIES, TEXTS


def sweep_counts() -> dict[str, int]:
    searches, services, settings = test_services_inputs.count()
    return {
        "dialogs (intake, mediator, search box)": test_dialog_inputs.count(),
        "command line": test_cli_arguments.count(),
        "import files": test_import_files.count(),
        "settings": settings,
        "search (service)": searches,
        "services (registration)": services,
        "shared rules (text, amounts, queries)": test_domain_rules.count(),
    }


def test_every_path_is_swept_and_the_counts_are_printed() -> None:
    counts = sweep_counts()
    width = max(map(len, counts))
    print()
    for path, number in counts.items():
        print(f"{path:<{width}}  {number:>5}")
    print(f"{'total':<{width}}  {sum(counts.values()):>5}")
    assert counts["dialogs (intake, mediator, search box)"] >= 40
    assert counts["command line"] >= 40
    assert counts["import files"] >= 90
    assert counts["settings"] >= 10
    assert counts["search (service)"] >= len(QUERIES)
    assert counts["services (registration)"] >= len(TEXTS) + len(BLANK) + len(AMOUNTS)
