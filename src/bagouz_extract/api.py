"""Library API: extract fact sheets from a string or stream them from many files.

    >>> from bagouz_extract import extract_text
    >>> sheet = extract_text("On March 5, 400 fighters surrendered.", source_id="demo",
    ...                      published="2019-03-06")
"""

from __future__ import annotations

import traceback
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

from .limits import DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT, TimeLimitExceeded, time_limit
from .loader import LoadedSource, SourceError, build_loaded, load_source
from .models import FactSheet
from .pipeline import PipelineSettings, build_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# Seconds spent per stage in this process (read, pipeline, reconcile, serialize), for the
# throughput benchmark; a few perf_counter calls per batch cost nothing measurable.
STAGE_SECONDS: defaultdict[str, float] = defaultdict(float)
MEMORY_ZONES = True  # free per-chunk vocabulary growth (a switch so the benchmark can compare)


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
    iterator = iter(paths)
    while chunk := list(islice(iterator, batch_size)):
        yield from _chunk_outcomes(nlp, chunk, root, published, max_bytes)


@dataclass(frozen=True)
class ChunkJob:
    """What a worker needs to turn a chunk of paths into written-ready results (picklable)."""

    settings: PipelineSettings = PipelineSettings()  # noqa: RUF009 - frozen, so safe as a default
    root: Path | None = None
    published: date | None = None
    batch_size: int = 32
    max_bytes: int | None = None
    pretty: bool = False
    time_limit: float | None = DEFAULT_TIME_LIMIT
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class Extracted:
    """One source's result as it crosses process boundaries: the sheet already as JSON text.

    Serializing in the worker keeps that CPU work parallel and makes results cheap to send;
    `sheet` parses the JSON back only for callers that need the object (e.g. --check).
    """

    path: Path
    source_id: str | None = None
    json: str | None = None
    failure: Failure | None = None
    sizes: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # dates, places, actors, counts, quotes

    @property
    def sheet(self) -> FactSheet | None:
        return None if self.json is None else FactSheet.model_validate_json(self.json)


def extract_chunk(paths: Sequence[Path | str], job: ChunkJob,
                  nlp: Language | None = None) -> list[Extracted]:
    """The worker-side unit of work: load, annotate, reconcile and serialize a chunk, in order.

    Pure in its inputs: the pipeline is built from `job.settings` once per process (cached),
    so any engine (in process, process pool, Dask worker) gives the same bytes.
    """
    nlp = nlp or get_pipeline(job.settings)
    chunk = [Path(p) for p in paths]
    return [_serialized(outcome, job.pretty)
            for outcome in _chunk_outcomes(nlp, chunk, job.root, job.published, job.max_bytes,
                                           job.time_limit, job.max_chars)]


def failed_chunk(paths: Sequence[Path | str], job: ChunkJob, err: Exception) -> list[Extracted]:
    """Per-source failures for a chunk whose task died as a whole (worker crash, lost task)."""
    failures = []
    for raw in paths:
        path = Path(raw)
        cause = _unexpected(path, job.root, "extract", err)
        reason = f"worker task failed: {cause.reason}"
        failure = Failure(cause.path, reason, "extract", cause.detail)
        failures.append(Extracted(path, failure=failure))
    return failures


def _serialized(outcome: Outcome, pretty: bool) -> Extracted:
    if outcome.sheet is None:
        return Extracted(outcome.path, failure=outcome.failure)
    sheet = outcome.sheet
    started = perf_counter()
    try:
        text = sheet.to_json(pretty=pretty)
    except Exception as err:  # a model that cannot serialize costs one source, not the run
        return Extracted(outcome.path, failure=_unexpected(outcome.path, None, "extract", err))
    STAGE_SECONDS["serialize"] += perf_counter() - started
    sizes = (len(sheet.dates), len(sheet.places), len(sheet.actors), len(sheet.counts),
             len(sheet.quotes))
    return Extracted(outcome.path, sheet.source.id, text, sizes=sizes)


def _chunk_outcomes(nlp: Language, chunk: list[Path], root: Path | None, published: date | None,
                    max_bytes: int | None, seconds: float | None = DEFAULT_TIME_LIMIT,
                    max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Outcome]:
    limit: dict[str, int] = {"max_chars": max_chars}
    if max_bytes:
        limit["max_bytes"] = max_bytes
    loaded: list[tuple[Path, LoadedSource]] = []
    outcomes: dict[Path, Outcome] = {}
    started = perf_counter()
    for path in chunk:
        try:
            loaded.append((path, load_source(path, root, published=published, **limit)))
        except SourceError as err:
            outcomes[path] = Outcome(path, failure=Failure(_shown(path, root), err.reason, "read"))
        except Exception as err:  # a loader bug must cost one file, not the run
            outcomes[path] = Outcome(path, failure=_unexpected(path, root, "read", err))
    STAGE_SECONDS["read"] += perf_counter() - started
    # Strings and lexemes a chunk adds to the vocabulary are freed when it is done: without
    # this the StringStore grows with every new name and number, and memory with the corpus.
    # Only sheets (pydantic, no spaCy objects) leave the zone.
    with _memory_zone(nlp):
        for path, item, result in _annotate(nlp, loaded, seconds):
            if isinstance(result, Exception):
                outcomes[path] = Outcome(path, failure=_unexpected(path, root, "extract", result))
                continue
            started = perf_counter()
            try:
                with time_limit(seconds):
                    outcomes[path] = Outcome(path, sheet=_reconcile(result, item))
            except Exception as err:
                outcomes[path] = Outcome(path, failure=_unexpected(path, root, "extract", err))
            STAGE_SECONDS["reconcile"] += perf_counter() - started
    yield from (outcomes[path] for path in chunk)


def _memory_zone(nlp: Language) -> AbstractContextManager[object]:
    zone = getattr(nlp, "memory_zone", None)  # spaCy >= 3.8
    return zone() if zone is not None and MEMORY_ZONES else nullcontext()


def _annotate(nlp: Language, loaded: list[tuple[Path, LoadedSource]],
              seconds: float | None = DEFAULT_TIME_LIMIT,
              ) -> Iterator[tuple[Path, LoadedSource, Doc | Exception]]:
    """Batch through nlp.pipe; if a batch fails or runs out of time, redo it one by one.

    The one-by-one pass finds the culprit, so one bad source costs itself only.
    """
    started = perf_counter()
    try:
        with time_limit(seconds * len(loaded) if seconds else None):
            docs = list(nlp.pipe(item.nlp_text for _, item in loaded))
    except Exception:
        for path, item in loaded:
            result: Doc | Exception
            started = perf_counter()
            try:
                with time_limit(seconds):
                    result = nlp(item.nlp_text)
            except Exception as err:
                result = err
            STAGE_SECONDS["pipeline_retry"] += perf_counter() - started
            yield path, item, result
        return
    STAGE_SECONDS["pipeline"] += perf_counter() - started
    for (path, item), doc in zip(loaded, docs, strict=True):
        yield path, item, doc


def _reconcile(doc: Doc, loaded: LoadedSource) -> FactSheet:
    from .reconcile import reconcile

    return reconcile(doc, loaded)


def _unexpected(path: Path, root: Path | None, stage: str, err: Exception) -> Failure:
    if isinstance(err, TimeLimitExceeded):
        return Failure(_shown(path, root), str(err), stage)
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
