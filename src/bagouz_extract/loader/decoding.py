"""Turn a file's bytes into text without ever shifting what offsets mean.

The decoded text is the reference for every offset: BOM removed, line endings untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Magic numbers of binary formats people save with a .txt name by mistake.
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "an executable",
}


class DecodeError(ValueError):
    """The bytes are not text this tool can read."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode_bytes(raw: bytes) -> Decoded:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with BOM, BOM-less UTF-16, else cp1252."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw.decode(codec), codec)
            except UnicodeDecodeError as err:
                raise DecodeError(f"starts with a {codec} byte-order mark but is not {codec}: "
                                  f"{err.reason}") from err
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise DecodeError(f"binary file: looks like {what}, not text")
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        return Decoded(utf16[0], utf16[1], f"no byte-order mark; read as {utf16[1]} from its NUL pattern")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        _reject_binary(text)
        return Decoded(text, "cp1252", "not valid UTF-8; read as cp1252")
    _reject_binary(text)
    return Decoded(text, "utf-8")


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM has a NUL in every other byte for ASCII letters."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    codec = "utf-16-le" if odd_nuls > 0.4 and even_nuls < 0.05 else None
    codec = "utf-16-be" if even_nuls > 0.4 and odd_nuls < 0.05 else codec
    if codec is None:
        return None
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError:
        return None


def _reject_binary(text: str) -> None:
    """Many control characters mean the file is not prose (random bytes, images, ...)."""
    sample = text[:8192]
    if not sample:
        return
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    replaced = sample.count("\ufffd")
    if (controls + replaced) / len(sample) > 0.10:
        raise DecodeError("binary file: too many control or undecodable bytes to be text")
