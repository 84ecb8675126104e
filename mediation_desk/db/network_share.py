"""Is a database file on a network share? SQLite's locking is unreliable there."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs"}
)


def filesystem_of(path: PurePosixPath, mounts: str) -> str | None:
    """The file system type of `path` from /proc/mounts text (the longest matching mount)."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(fields[1].replace("\\040", " ").replace("\\011", "\t"))
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) > best[0]
        ):
            best = (len(point.parts), fields[2])
    return best[1] if best else None


def is_unc_path(text: str) -> bool:
    r"""`\\server\share\…` (also `\\?\UNC\…`), but not the local `\\?\C:\…` form."""
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return True
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def network_location(path: Path) -> str | None:
    """What kind of network share holds `path` ("cifs", "UNC path", …), or None when local."""
    text = str(path)
    if is_unc_path(text):
        return "UNC path"
    if sys.platform == "win32":
        import ctypes

        drive = path.resolve().drive
        drive_remote = 4
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
            return "network drive"
        return None
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # macOS and others: no cheap way to tell; do not warn
    existing = path if path.exists() else path.parent
    kind = filesystem_of(PurePosixPath(existing.resolve()), mounts)
    return kind if kind in NETWORK_FILESYSTEMS else None
