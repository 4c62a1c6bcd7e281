"""Find sources in a folder and read each one into text, metadata and removed furniture."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypedDict

from ..models import PublishedBasis, RemovedSpan, Source, TextSpan, Warning
from .apostrophes import straighten_apostrophes
from .boilerplate import find_boilerplate
from .decoding import DecodeError, decode_bytes
from .linebreaks import join_broken_lines
from .metadata import SIDECAR_SUFFIX, SidecarError, read_header, read_sidecar

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    """A source could not be read; str() is the one-line reason shown to the user."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(reason)
        self.path = str(path)
        self.reason = reason


@dataclass
class LoadedSource:
    """One article ready for the pipeline.

    `nlp_text` is `text` with removed furniture blanked out character for character, so
    every offset found in it is an offset into `text`.
    """

    text: str
    nlp_text: str
    source: Source
    warnings: list[Warning] = field(default_factory=list)


def discover(path: Path) -> Iterator[Path]:
    """Article files under `path` (or `path` itself), recursively, in sorted order."""
    if path.is_file():
        yield path
        return
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(path, followlinks=True):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop: this folder was walked
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(folder) / name
            if _is_article(candidate):
                yield candidate


def _is_article(path: Path) -> bool:
    return (path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".")
            and not path.name.endswith(SIDECAR_SUFFIX))


def source_id(path: Path) -> str:
    return path.stem


def load_source(path: Path, root: Path | None = None, *, published: date | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int | None = None) -> LoadedSource:
    """Read one file; raise SourceError with a one-line reason when it cannot be used."""
    raw = _read_bytes(path, max_bytes)
    fmt = TEXT_SUFFIXES.get(path.suffix.lower(), "text")
    try:
        decoded = decode_bytes(raw)
    except DecodeError as err:
        raise SourceError(path, str(err)) from err
    warnings = [Warning(code="encoding", message=decoded.warning)] if decoded.warning else []
    text = decoded.text
    if fmt == "html":
        from .html import extract_main_text

        text = extract_main_text(text)
    if not text.strip():
        raise SourceError(path, "empty: no text to extract facts from")
    try:
        sidecar = read_sidecar(path)
    except SidecarError as err:
        raise SourceError(path, str(err)) from err
    return build_loaded(text, source_id=source_id(path), path=_display_path(path, root),
                        sha256=hashlib.sha256(raw).hexdigest(), fmt=fmt, encoding=decoded.encoding,
                        sidecar=sidecar, published=published, warnings=warnings,
                        max_chars=max_chars)


def build_loaded(text: str, *, source_id: str, path: str, sha256: str | None = None,
                 fmt: str = "text", encoding: str = "utf-8", sidecar: object = None,
                 published: date | None = None, warnings: list[Warning] | None = None,
                 max_chars: int | None = None) -> LoadedSource:
    """Metadata, furniture and the masked text for an already decoded text."""
    warnings = list(warnings or [])
    removed = find_boilerplate(text) if fmt != "html" else []
    header = read_header(text, removed)
    removed = sorted(removed + header.removed, key=lambda span: (span.start, span.end))
    meta = _merge_metadata(header, sidecar, published, warnings)
    from .language import detect_language

    nlp_text = straighten_apostrophes(join_broken_lines(mask(text, removed)))
    language = getattr(sidecar, "language", None) or detect_language(nlp_text)
    if language is not None and language != "en":
        warnings.append(Warning(code="language", message=f"text looks like {language!r}, not English; "
                                "facts are extracted with English rules and may be poor"))
    source = Source(
        id=source_id, path=path,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        language=language, body=body_span(nlp_text), boilerplate=removed,
        format=fmt,  # type: ignore[arg-type]
        encoding=encoding, offsets_into="extracted_text" if fmt == "html" else "file", **meta,
    )
    if max_chars is not None and len(nlp_text) > max_chars:
        nlp_text = truncate(nlp_text, max_chars)
        warnings.append(Warning(code="truncated", message=f"text has {len(text):,} characters; facts "
                                f"were extracted from the first {len(nlp_text):,} only (see --max-chars)"))
    return LoadedSource(text=text, nlp_text=nlp_text, source=source, warnings=warnings)


def truncate(text: str, max_chars: int) -> str:
    """A prefix of at most `max_chars`, cut at a paragraph, line or space when one is near.

    A prefix keeps every offset valid; cutting at a break avoids half a word or sentence.
    """
    head = text[:max_chars]
    floor = max_chars * 9 // 10
    for sep in ("\n\n", "\n", ". ", " "):
        cut = head.rfind(sep)
        if cut >= floor:
            return head[:cut + len(sep)]
    return head


class _Meta(TypedDict, total=False):
    """The Source fields that _merge_metadata fills."""

    title: str | None
    outlet: str | None
    byline: list[str]
    published: str | None
    published_basis: PublishedBasis | None


def _merge_metadata(header: object, sidecar: object, published: date | None,
                    warnings: list[Warning]) -> _Meta:
    """Text first, then the sidecar, then the --published option; the basis says which."""
    meta: _Meta = {
        "title": getattr(header, "title", None) or getattr(sidecar, "title", None),
        "outlet": getattr(header, "outlet", None) or getattr(sidecar, "outlet", None),
        "byline": getattr(header, "byline", None) or getattr(sidecar, "byline", None) or [],
    }
    side_date = getattr(sidecar, "published", None)
    text_date = getattr(header, "published", None)
    if text_date:
        meta.update({"published": text_date, "published_basis": "text"})
        note = getattr(header, "published_note", None)
        if note:
            warnings.append(Warning(code="published_ambiguous",
                                    message=f"publication date {text_date}: {note}"))
        for other, name in ((side_date, "sidecar metadata"), (published, "--published")):
            if other and other.isoformat() != text_date:
                warnings.append(Warning(code="published_conflict",
                                        message=f"text gives {text_date}, {name} gives {other.isoformat()}"))
    elif side_date:
        meta.update({"published": side_date.isoformat(), "published_basis": "metadata"})
    elif published:
        meta.update({"published": published.isoformat(), "published_basis": "option"})
    else:
        meta.update({"published": None, "published_basis": None})
    when = meta["published"]
    if isinstance(when, str) and when > date.today().isoformat():
        # The clock is used only to warn, never to fill a value.
        warnings.append(Warning(code="published_future", message=f"publication date {when} is in the future"))
    return meta


def mask(text: str, removed: list[RemovedSpan]) -> str:
    """Blank removed spans (and NULs) with spaces, keeping line breaks and every offset."""
    chars = list(text.replace("\x00", " "))
    for span in removed:
        for i in range(span.start, min(span.end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def body_span(nlp_text: str) -> TextSpan:
    stripped = nlp_text.strip()
    if not stripped:
        return TextSpan(start=0, end=0)
    start = len(nlp_text) - len(nlp_text.lstrip())
    return TextSpan(start=start, end=start + len(stripped))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(path, f"too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
        return path.read_bytes()
    except FileNotFoundError as err:
        raise SourceError(path, "vanished: the file no longer exists") from err
    except IsADirectoryError as err:
        raise SourceError(path, "is a directory, not a file") from err
    except PermissionError as err:
        raise SourceError(path, "unreadable: permission denied") from err
    except OSError as err:
        raise SourceError(path, f"unreadable: {err.strerror or err}") from err


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


__all__ = ["LoadedSource", "RemovedSpan", "SourceError", "build_loaded", "discover", "load_source"]
