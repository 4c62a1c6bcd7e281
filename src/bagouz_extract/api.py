"""Library API: extract fact sheets from a string or stream them from many files.

    >>> from bagouz_extract import extract_text
    >>> sheet = extract_text("On March 5, 400 fighters surrendered.", source_id="demo",
    ...                      published="2019-03-06")
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .loader import LoadedSource, SourceError, build_loaded, load_source
from .models import FactSheet
from .pipeline import PipelineSettings, build_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Failure:
    """One source that yielded no sheet, and why (one line, for people and for NDJSON)."""

    path: str
    reason: str
    stage: str  # "read" or "extract"
    detail: str | None = None  # the traceback, shown only with --debug

    def to_record(self) -> dict[str, str]:
        return {"path": self.path, "stage": self.stage, "reason": self.reason}


@dataclass(frozen=True)
class Outcome:
    path: Path
    sheet: FactSheet | None = None
    failure: Failure | None = None


@lru_cache(maxsize=4)
def get_pipeline(settings: PipelineSettings = PipelineSettings()) -> Language:  # noqa: B008
    """Build each distinct pipeline once per process."""
    return build_pipeline(settings)


def extract_text(text: str, *, source_id: str = "text", published: str | date | None = None,
                 nlp: Language | None = None) -> FactSheet:
    """One fact sheet for one text; `published` anchors relative dates (never the clock)."""
    when = date.fromisoformat(published) if isinstance(published, str) else published
    loaded = build_loaded(text, source_id=source_id, path=source_id, published=when)
    nlp = nlp or get_pipeline()
    return _reconcile(nlp(loaded.nlp_text), loaded)


def extract_sources(paths: Iterable[Path], *, root: Path | None = None, nlp: Language | None = None,
                    published: date | None = None, batch_size: int = 32,
                    max_bytes: int | None = None) -> Iterator[Outcome]:
    """Stream outcomes in input order; a bad source becomes a Failure and the rest go on."""
    nlp = nlp or get_pipeline()
    limit = {"max_bytes": max_bytes} if max_bytes else {}
    iterator = iter(paths)
    while chunk := list(islice(iterator, batch_size)):
        loaded: list[tuple[Path, LoadedSource]] = []
        outcomes: dict[Path, Outcome] = {}
        for path in chunk:
            try:
                loaded.append((path, load_source(path, root, published=published, **limit)))
            except SourceError as err:
                outcomes[path] = Outcome(path, failure=Failure(_shown(path, root), err.reason, "read"))
            except Exception as err:  # a loader bug must cost one file, not the run
                outcomes[path] = Outcome(path, failure=_unexpected(path, root, "read", err))
        for path, item, result in _annotate(nlp, loaded):
            if isinstance(result, Exception):
                outcomes[path] = Outcome(path, failure=_unexpected(path, root, "extract", result))
                continue
            try:
                outcomes[path] = Outcome(path, sheet=_reconcile(result, item))
            except Exception as err:
                outcomes[path] = Outcome(path, failure=_unexpected(path, root, "extract", err))
        yield from (outcomes[path] for path in chunk)


def _annotate(nlp: Language, loaded: list[tuple[Path, LoadedSource]]
              ) -> Iterator[tuple[Path, LoadedSource, Doc | Exception]]:
    """Batch through nlp.pipe; if a batch fails, redo it one by one to find the culprit."""
    try:
        docs = list(nlp.pipe(item.nlp_text for _, item in loaded))
    except Exception:
        for path, item in loaded:
            try:
                yield path, item, nlp(item.nlp_text)
            except Exception as err:
                yield path, item, err
        return
    for (path, item), doc in zip(loaded, docs, strict=True):
        yield path, item, doc


def _reconcile(doc: Doc, loaded: LoadedSource) -> FactSheet:
    from .reconcile import reconcile

    return reconcile(doc, loaded)


def _unexpected(path: Path, root: Path | None, stage: str, err: Exception) -> Failure:
    reason = f"internal error while {'reading' if stage == 'read' else 'extracting'}: " \
             f"{type(err).__name__}: {err}".splitlines()[0]
    detail = "".join(traceback.format_exception(err))
    return Failure(_shown(path, root), reason, stage, detail)


def _shown(path: Path, root: Path | None) -> str:
    if root is not None and root.is_dir():
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()
