"""The local log file: rotating, in the data directory, never uploaded, without case content.

Exceptions are logged as their type and the traceback's file, line and function (and the line
of code) — never the exception's message or any variable's value, which could hold a party's
name or ID number. Qt-free: the CLI could use it as well as the GUI.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FILENAME = "mediation-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def exception_outline(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """`Traceback … File "x.py", line 3, in f … ValueError` — no message, no values."""
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
    return "\n".join(lines)


def _outline_chain(error: BaseException) -> str:
    parts = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(exception_outline(type(current), current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n\nwhile handling an earlier error:\n".join(reversed(parts))


class OutlineFormatter(logging.Formatter):
    """Formats records as usual but exceptions as outlines (see exception_outline)."""

    def formatException(self, ei: object) -> str:
        exc = ei[1] if isinstance(ei, tuple) and len(ei) == 3 else None
        return _outline_chain(exc) if isinstance(exc, BaseException) else ""


def log_path(folder: Path) -> Path:
    return folder / "logs" / LOG_FILENAME


def install_file_logging(folder: Path) -> Path:
    """Sends warnings and errors of the app to a rotating file below `folder`; returns it."""
    path = log_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(OutlineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def log_uncaught(exc_type: type[BaseException], error: BaseException, where: str) -> None:
    """Logs an exception nobody caught (the text of the outline only)."""
    logging.getLogger("mediation_desk.crash").critical(
        "uncaught exception in %s", where, exc_info=(exc_type, error, error.__traceback__)
    )


def install_exception_hooks(report: Callable[[str], None] | None = None) -> None:
    """Logs exceptions that reach the top of any thread, then calls `report(where)`."""

    def on_main(
        exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        log_uncaught(exc_type, error, "the main thread")
        if report is not None:
            report("main")

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log_uncaught(args.exc_type, args.exc_value, f"thread {name}")
        if report is not None:
            report("thread")

    sys.excepthook = on_main
    threading.excepthook = on_thread
