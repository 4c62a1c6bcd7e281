from __future__ import annotations

import pytest

from bagouz_extract.loader.decoding import DecodeError, decode_bytes

TEXT = "Baghuz – “siege” café\r\nline two"


@pytest.mark.parametrize(
    ("raw", "encoding", "warned"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig", False),
        (TEXT.encode("utf-16"), "utf-16", False),
        (TEXT.encode("utf-16-le"), "utf-16-le", True),
        (TEXT.encode("utf-16-be"), "utf-16-be", True),
        (TEXT.encode("cp1252"), "cp1252", True),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom", "cp1252-fallback"],
)
def test_text_decodes_to_the_same_characters(raw, encoding, warned):
    decoded = decode_bytes(raw)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert (decoded.warning is not None) == warned


def test_crlf_is_kept_as_is():
    assert decode_bytes(b"a\r\nb").text == "a\r\nb"


@pytest.mark.parametrize(
    "raw",
    [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", bytes(range(256)) * 8],
    ids=["pdf", "png", "random-bytes"],
)
def test_binary_files_are_refused_with_a_reason(raw):
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(raw)
