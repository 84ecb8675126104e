"""Files encrypted with a passphrase, for exports and backups that leave the PC.

Format (version 1): a 56-byte header — magic `MDESKENC`, version, KDF id (1: scrypt), the
scrypt cost (log2 N, r, p), a 16-byte salt, a 7-byte nonce prefix, the chunk size and a
16-byte passphrase check — then the content in chunks, each sealed with AES-256-GCM. A chunk's
nonce is the prefix, its index and a final flag; the header, index and flag are also its
associated data. So a changed byte, a removed, repeated or reordered chunk, and a file cut
short are all detected (the STREAM construction); only whole files are ever used.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mediation_desk.services.errors import ServiceError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

MAGIC = b"MDESKENC"
VERSION = 1
KDF_SCRYPT = 1
CHUNK_SIZE = 1 << 20  # 1 MiB of content a chunk: memory stays small for any file size
TAG_SIZE = 16
_HEADER = struct.Struct(">8sBBBBB16s7sI16s")  # magic … chunk size, passphrase check
HEADER_SIZE = _HEADER.size
MAX_CHUNK_SIZE = 16 << 20
PASSPHRASE_MIN_LENGTH = 8


class EncryptedFileError(ServiceError):
    """An encrypted file cannot be opened: wrong passphrase, changed, cut short or unknown."""


class WrongPassphrase(EncryptedFileError):
    """The passphrase does not open this file (or its header was changed)."""


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors: N = 2**log2_n, block size r, parallelism p."""

    log2_n: int = 17  # 128 MiB and about half a second: slows down guessing
    r: int = 8
    p: int = 1

    def acceptable(self) -> bool:
        """Bounds for a file's header: a crafted file must not make us use gigabytes."""
        return 10 <= self.log2_n <= 20 and 1 <= self.r <= 16 and 1 <= self.p <= 4


DEFAULT_COST = ScryptCost()


def is_encrypted(path: Path) -> bool:
    """Whether `path` starts like a file written by this module."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _keys(passphrase: str, salt: bytes, cost: ScryptCost) -> tuple[bytes, bytes]:
    """The content key and the passphrase check, both from one scrypt run."""
    material = Scrypt(salt=salt, length=64, n=1 << cost.log2_n, r=cost.r, p=cost.p).derive(
        passphrase.encode("utf-8")
    )
    check = hashlib.sha256(b"mediation-desk passphrase check" + material[32:]).digest()[:16]
    return material[:32], check


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if final else 0)


def _associated(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


class EncryptingWriter(io.RawIOBase):
    """A binary stream that writes what it is given, encrypted, to `target`; `close()` seals
    the final chunk (an unclosed writer leaves a file that fails as cut short)."""

    def __init__(self, target: BinaryIO, passphrase: str, cost: ScryptCost | None = None) -> None:
        super().__init__()
        cost = cost or DEFAULT_COST
        salt, prefix = os.urandom(16), os.urandom(7)
        key, check = _keys(passphrase, salt, cost)
        self._header = _HEADER.pack(
            MAGIC, VERSION, KDF_SCRYPT, cost.log2_n, cost.r, cost.p, salt, prefix, CHUNK_SIZE, check
        )
        self._aead = AESGCM(key)
        self._prefix = prefix
        self._target = target
        self._buffer = bytearray()
        self._index = 0
        target.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data).cast("B")
        taken = 0
        while taken < len(view):
            room = CHUNK_SIZE + 1 - len(self._buffer)  # a chunk is sealed once one more byte
            self._buffer += view[taken : taken + room]  # follows it: the last is the final one
            taken += room
            if len(self._buffer) > CHUNK_SIZE:
                self._seal(bytes(self._buffer[:CHUNK_SIZE]), final=False)
                del self._buffer[:CHUNK_SIZE]
        return len(view)

    def _seal(self, chunk: bytes, *, final: bool) -> None:
        nonce = _nonce(self._prefix, self._index, final)
        associated = _associated(self._header, self._index, final)
        self._target.write(self._aead.encrypt(nonce, chunk, associated))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), final=True)
            self._buffer.clear()
        super().close()


def _read_header(source: BinaryIO, passphrase: str) -> tuple[bytes, AESGCM, bytes, int]:
    header = source.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise EncryptedFileError("not an encrypted Mediation Desk file")
    _magic, version, kdf, log2_n, r, p, salt, prefix, chunk_size, check = _HEADER.unpack(header)
    cost = ScryptCost(log2_n, r, p)
    if version != VERSION or kdf != KDF_SCRYPT:
        raise EncryptedFileError(
            f"encrypted with a newer version of Mediation Desk (format {version})"
        )
    if not cost.acceptable() or not 0 < chunk_size <= MAX_CHUNK_SIZE:
        raise EncryptedFileError("the file's encryption header is damaged")
    key, expected = _keys(passphrase, salt, cost)
    if not hmac.compare_digest(check, expected):
        raise WrongPassphrase("the passphrase is wrong (or the file's header was changed)")
    return header, AESGCM(key), prefix, chunk_size


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raises WrongPassphrase unless `passphrase` opens `path` (reads the header only)."""
    with path.open("rb") as source:
        _read_header(source, passphrase)


def decrypted_chunks(source: BinaryIO, passphrase: str) -> Iterator[bytes]:
    """The content of an encrypted stream, chunk by chunk, each checked before it is given.

    Raises WrongPassphrase, or EncryptedFileError when the file was changed or cut short;
    callers use nothing until the last chunk came through (see `decrypt_file`).
    """
    header, aead, prefix, chunk_size = _read_header(source, passphrase)
    index = 0
    sealed = source.read(chunk_size + TAG_SIZE)
    while True:
        following = source.read(chunk_size + TAG_SIZE)
        final = not following
        if len(sealed) < TAG_SIZE:
            raise EncryptedFileError("the file is cut short: its end is missing")
        try:
            plain = aead.decrypt(
                _nonce(prefix, index, final), sealed, _associated(header, index, final)
            )
        except InvalidTag:
            if final:
                raise EncryptedFileError(
                    "the file is cut short or was changed after it was encrypted"
                ) from None
            raise EncryptedFileError(
                f"the file was changed after it was encrypted (at part {index + 1})"
            ) from None
        yield plain
        if final:
            return
        sealed, index = following, index + 1


def decrypt_to_bytes(path: Path, passphrase: str) -> bytes:
    """The whole content of a (checked) encrypted file."""
    content = bytearray()
    with path.open("rb") as source:
        for chunk in decrypted_chunks(source, passphrase):
            content += chunk
    return bytes(content)


def decrypt_file(path: Path, target: Path, passphrase: str) -> None:
    """Writes the content of `path` to `target`; on any failure `target` does not exist."""
    try:
        with path.open("rb") as source, target.open("wb") as out:
            for chunk in decrypted_chunks(source, passphrase):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def encrypt_file(path: Path, target: Path, passphrase: str, cost: ScryptCost | None = None) -> None:
    """Writes `path` encrypted to `target`, replacing it only once complete."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with path.open("rb") as source, partial.open("wb") as raw:
            writer = EncryptingWriter(raw, passphrase, cost)
            while block := source.read(CHUNK_SIZE):
                writer.write(block)
            writer.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
