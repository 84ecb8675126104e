"""The encrypted file format: content round-trips in chunks; a wrong passphrase, a changed
byte, a removed, reordered or added chunk and a file cut short all fail with a clear message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from mediation_desk.services import encrypted_files as ef

PASSPHRASE = "草原上的风 wind-2025"
CHUNK = 64
SEALED = CHUNK + ef.TAG_SIZE


@pytest.fixture(autouse=True)
def small_chunks_and_cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ef, "CHUNK_SIZE", CHUNK)
    monkeypatch.setattr(ef, "DEFAULT_COST", ef.ScryptCost(log2_n=10))


def _encrypted(content: bytes) -> bytes:
    out = io.BytesIO()
    writer = ef.EncryptingWriter(out, PASSPHRASE)
    for start in range(0, len(content), 50):  # written in pieces that do not match chunks
        writer.write(content[start : start + 50])
    writer.close()
    return out.getvalue()


def _decrypted(sealed: bytes, passphrase: str = PASSPHRASE) -> bytes:
    return b"".join(ef.decrypted_chunks(io.BytesIO(sealed), passphrase))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 7])
def test_content_of_any_size_round_trips(size: int) -> None:
    content = bytes(range(256)) * (size // 256 + 1)
    sealed = _encrypted(content[:size])
    assert sealed.startswith(ef.MAGIC)
    assert size < 16 or content[:16] not in sealed[ef.HEADER_SIZE :]
    assert _decrypted(sealed) == content[:size]


def test_the_same_content_encrypts_differently_each_time() -> None:
    assert _encrypted(b"abc") != _encrypted(b"abc")


def test_a_wrong_passphrase_is_named() -> None:
    with pytest.raises(ef.WrongPassphrase, match="passphrase is wrong"):
        _decrypted(_encrypted(b"x" * 200), "草原上的风 wind-2024")


def _chunks(sealed: bytes) -> tuple[bytes, list[bytes]]:
    body = sealed[ef.HEADER_SIZE :]
    return sealed[: ef.HEADER_SIZE], [body[i : i + SEALED] for i in range(0, len(body), SEALED)]


def _tampered(how: str) -> bytes:
    header, chunks = _chunks(_encrypted(bytes(range(200)) * 2))  # 400 bytes: 7 chunks
    if how == "flip a byte":
        chunks[2] = chunks[2][:5] + bytes([chunks[2][5] ^ 1]) + chunks[2][6:]
    elif how == "swap chunks":
        chunks[1], chunks[2] = chunks[2], chunks[1]
    elif how == "drop a chunk":
        del chunks[3]
    elif how == "drop the final chunk":
        del chunks[-1]
    elif how == "cut inside a chunk":
        chunks[-1] = chunks[-1][:7]
    elif how == "append a copy":
        chunks.append(chunks[-1])
    elif how == "change the header":
        header = header[:20] + bytes([header[20] ^ 1]) + header[21:]
    return header + b"".join(chunks)


@pytest.mark.parametrize(
    "how",
    [
        "flip a byte",
        "swap chunks",
        "drop a chunk",
        "drop the final chunk",
        "cut inside a chunk",
        "append a copy",
        "change the header",
    ],
)
def test_any_change_to_the_file_is_refused(how: str) -> None:
    with pytest.raises(ef.EncryptedFileError) as refused:
        _decrypted(_tampered(how))
    assert any(word in str(refused.value) for word in ("changed", "cut short", "passphrase"))


def test_a_header_asking_for_huge_key_work_is_refused() -> None:
    sealed = bytearray(_encrypted(b"abc"))
    sealed[11] = 30  # log2 N: 2**30 would need gigabytes
    with pytest.raises(ef.EncryptedFileError, match="damaged"):
        _decrypted(bytes(sealed))


def test_not_an_encrypted_file_is_said_so(tmp_path: Path) -> None:
    plain = tmp_path / "cases.json"
    plain.write_text("{}", encoding="utf-8")
    assert not ef.is_encrypted(plain)
    with pytest.raises(ef.EncryptedFileError, match="not an encrypted"):
        ef.decrypt_to_bytes(plain, PASSPHRASE)


def test_files_round_trip_and_a_failed_decryption_leaves_no_file(tmp_path: Path) -> None:
    source, sealed, back = tmp_path / "a.bin", tmp_path / "a.enc", tmp_path / "b.bin"
    source.write_bytes(b"mediation " * 100)
    ef.encrypt_file(source, sealed, PASSPHRASE)
    assert ef.is_encrypted(sealed)
    ef.decrypt_file(sealed, back, PASSPHRASE)
    assert back.read_bytes() == source.read_bytes()
    back.unlink()
    sealed.write_bytes(sealed.read_bytes()[:-3])
    with pytest.raises(ef.EncryptedFileError):
        ef.decrypt_file(sealed, back, PASSPHRASE)
    assert not back.exists()
