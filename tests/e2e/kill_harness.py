"""Runs work in a forked child process and kills it with SIGKILL at a chosen moment.

The parent has imported everything already, so a forked child starts its work at once: many
kills fit in a few seconds. The child reports b"s" before and b"d" after each operation
through a pipe, so the parent knows whether a kill landed inside one.
"""

from __future__ import annotations

import os
import select
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

Mark = Callable[[bytes], None]
START, DONE, ERROR = b"s", b"d", b"e"


@dataclass(frozen=True)
class Kill:
    """What the child was doing when it was killed."""

    inside_operation: bool
    operations_done: int


def _child(work: Callable[[Mark], None], write_fd: int) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        work(lambda mark: os.write(write_fd, mark))
        os.write(write_fd, ERROR + b"work returned instead of running until killed")
    except BaseException:
        os.write(write_fd, ERROR + traceback.format_exc().encode()[-2000:])
    finally:
        os._exit(3)


def _read_available(fd: int, timeout: float) -> bytes:
    ready, _, _ = select.select([fd], [], [], timeout)
    return os.read(fd, 65536) if ready else b""


def run_and_kill(work: Callable[[Mark], None], delay: float, setup_timeout: float = 20) -> Kill:
    """Forks, waits until the child starts its first operation, sleeps `delay`, kills it."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns from here
        os.close(read_fd)
        _child(work, write_fd)
    os.close(write_fd)
    marks = b""
    try:
        deadline = time.monotonic() + setup_timeout
        while START not in marks and ERROR not in marks and time.monotonic() < deadline:
            marks += _read_available(read_fd, 0.05)
        assert START in marks, f"the child did not start: {marks[-2000:]!r}"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while chunk := _read_available(read_fd, 0):
            marks += chunk
    finally:
        os.close(read_fd)
    assert ERROR not in marks, marks[marks.index(ERROR) :].decode(errors="replace")
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    tail = marks.rstrip(b"\n")[-1:]
    return Kill(inside_operation=tail == START, operations_done=marks.count(DONE))
