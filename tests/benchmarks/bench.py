"""Benchmarks (not tests): prints our timings beside a baseline measured in the same run.

    .venv/bin/python tests/benchmarks/bench.py [--sizes 1000,10000,100000] [--repeat 5]

1. Start-up: `mediation-desk gui` until its window is shown vs. a bare PySide6 QMainWindow.
2. The case list at each size of demo database: first paint, scrolling (random jumps) and search,
   through the real service + lazy model vs. the same raw SQL on the sqlite3 module.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
import os
os._exit(0)
"""
VISIBLE_ROWS = 40
SEARCHES = (
    "王芳",
    "巴特尔",
    "宅基地",
    "草场",
    "0317",
    "19850317",
    "人调字第12号",
    "第12号",
    "彩礼 返还",
)


def _time_until_shown(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time until the child prints "shown", and the CPU time it used (it exits right then)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            break
    elapsed = time.perf_counter() - start
    process.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def bench_startup(repeat: int, data_dir: Path) -> None:
    env = {
        **os.environ,
        "MEDIATION_DESK_DATA_DIR": str(data_dir),
        "MEDIATION_DESK_EXIT_WHEN_SHOWN": "1",
    }
    app = [sys.executable, "-m", "mediation_desk"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _time_until_shown(app, env)  # warm the file cache for both
    _time_until_shown(bare, env)
    app_runs, bare_runs = [], []
    for _ in range(repeat):  # interleaved, so background load hits both alike
        app_runs.append(_time_until_shown(app, env))
        bare_runs.append(_time_until_shown(bare, env))
    print(f"\n== Start-up until the main window is shown (median of {repeat}) ==")
    print(f"  {'':28}{'wall':>10}{'CPU':>10}")
    rows = (("bare PySide6 QMainWindow", bare_runs), ("mediation-desk (GUI)", app_runs))
    medians = {}
    for label, runs in rows:
        wall = statistics.median(r[0] for r in runs) * 1000
        cpu = statistics.median(r[1] for r in runs) * 1000
        medians[label] = (wall, cpu)
        print(f"  {label:28}{wall:7.0f} ms{cpu:7.0f} ms")
    (bw, bc), (aw, ac) = medians["bare PySide6 QMainWindow"], medians["mediation-desk (GUI)"]
    print(f"  {'ratio (target < 1.5×)':28}{aw / bw:8.2f}× {ac / bc:8.2f}×")


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _measure(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _row(label: str, ours: list[float], raw: list[float], target: str = "") -> None:
    o, r = _p95(ours), _p95(raw)
    ratio = o / r if r > 0 else float("inf")
    print(f"  {label:26}{o:9.1f} ms {r:9.1f} ms {ratio:7.1f}×   {target}")


def bench_list(size: int, repeat: int, workdir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from mediation_desk.domain.search import CaseFilter
    from mediation_desk.services.bootstrap import open_services
    from mediation_desk.services.case_list import CaseListService, _filtered_ids
    from mediation_desk.services.demo import generate_demo
    from mediation_desk.ui.case_table_model import CaseTableModel

    _app = QApplication.instance() or QApplication([])
    path = workdir / f"bench-{size}.sqlite3"
    services = open_services(f"sqlite:///{path}")
    if services.case_list.count() < size:
        generate_demo(services.db, cases=size - services.case_list.count(), seed=7)
    raw = sqlite3.connect(path)
    columns = (
        "c.id, c.uuid, c.case_no, c.received_on, c.parties_display, c.category_code,"
        " c.status, c.mediators_display"
    )
    order = "ORDER BY c.received_on DESC, c.id DESC"

    def paint(model: CaseTableModel, first: int) -> None:
        for row in range(first, min(first + VISIBLE_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    def ours_first_paint() -> None:  # cold: a new service has no cached list order yet
        model = CaseTableModel(CaseListService(services.db), lambda code: code)
        model.set_filter(CaseFilter())
        paint(model, 0)

    def raw_first_paint() -> None:
        raw.execute(
            f"SELECT {columns} FROM mediation_case c {order} LIMIT {VISIBLE_ROWS}"
        ).fetchall()

    model = CaseTableModel(services.case_list, lambda code: code)
    model.set_filter(CaseFilter())
    scroll_model = CaseTableModel(services.case_list, lambda code: code)
    scroll_model.set_filter(CaseFilter())
    rng = random.Random(3)
    jumps = [rng.randrange(max(1, size - VISIBLE_ROWS)) for _ in range(repeat * 4)]
    jump_iter, raw_iter = iter(jumps), iter(jumps)

    def ours_scroll() -> None:
        paint(scroll_model, next(jump_iter))

    def raw_scroll() -> None:
        offset = next(raw_iter)
        raw.execute(
            f"SELECT {columns} FROM mediation_case c {order} LIMIT {VISIBLE_ROWS} OFFSET {offset}"
        ).fetchall()

    search_ours: list[float] = []
    search_raw: list[float] = []
    for text in SEARCHES:

        def ours_search(text: str = text) -> None:
            model.set_filter(CaseFilter(text=text))
            paint(model, 0)

        # The same SQL the service runs, straight through sqlite3, plus the first page of rows.
        ids_sql = str(
            _filtered_ids(CaseFilter(text=text), "sqlite").compile(
                dialect=services.db.engine.dialect, compile_kwargs={"literal_binds": True}
            )
        )

        def raw_search(ids_sql: str = ids_sql) -> None:
            ids = [row[0] for row in raw.execute(ids_sql)]
            marks = ",".join("?" * min(len(ids), VISIBLE_ROWS))
            raw.execute(
                f"SELECT {columns} FROM mediation_case c WHERE c.id IN ({marks})",
                ids[:VISIBLE_ROWS],
            ).fetchall()

        search_ours += _measure(ours_search, repeat)
        search_raw += _measure(raw_search, repeat)

    print(f"\n== Case list, {size:,} cases (p95; ours = service + lazy model; raw = sqlite3) ==")
    print(f"  {'':26}{'ours':>12}{'raw SQL':>13}{'ratio':>8}")
    _row(
        "first paint",
        _measure(ours_first_paint, repeat),
        _measure(raw_first_paint, repeat),
        "target ≤ 200 ms",
    )
    _row(
        "scroll (random jump)", _measure(ours_scroll, repeat * 4), _measure(raw_scroll, repeat * 4)
    )
    _row("search + first page", search_ours, search_raw, "target ≤ 50 ms")
    raw.close()
    services.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "mediation-desk-bench"
    )
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if not args.skip_startup:
        bench_startup(args.repeat, args.workdir / "startup-data")
    for size in (int(s) for s in args.sizes.split(",")):
        bench_list(size, args.repeat, args.workdir)


if __name__ == "__main__":
    main()
