"""Benchmark the dates extractor (issue 4). Prints figures; not a test.

    python bench/dates.py [--limit N] [--cache DIR] [--errors N]

1. TempEval-3 training corpus (TimeML, document creation time given): the pipeline runs on
   the plain text of each document with published=DCT; predicted mentions are aligned to
   gold TIMEX3 spans. Strict and relaxed span P/R/F1, type and value accuracy (over relaxed
   matches) and value F1 = relaxed F1 x value accuracy, as TempEval-3 ranks systems.
2. Microsoft Recognizers DateTimeModel.json cases with a reference date: value accuracy.
3. Speed: the share of pipeline time spent on dates (bx_dates + normalization + facts),
   on the seeds and on the TempEval texts.

Data: ../shared/data (or $BAGOUZ_DATA). Exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("BAGOUZ_DATA")
            or Path(__file__).resolve().parents[2] / "shared" / "data")
OWN = ("bx_dates",)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    type: str
    value: str
    text: str


# --- TimeML reading ---------------------------------------------------------------------

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> tuple[str, date, list[Gold]]:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not dct or not body:
        raise ValueError(f"{path}: no DCT or TEXT")
    text, golds = _strip(body.group(1))
    return text, date.fromisoformat(dct.group(1)), golds


def _strip(marked: str) -> tuple[str, list[Gold]]:
    out: list[str] = []
    length = 0
    golds: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for match in _TAG.finditer(marked):
        chunk = html.unescape(marked[pos:match.start()])
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        closing, name, attrs = match.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex:
            start, a = open_timex
            golds.append(Gold(start, length, a.get("type", ""), a.get("value", ""), ""))
            open_timex = None
    out.append(html.unescape(marked[pos:]))
    text = "".join(out)
    return text, [Gold(g.start, g.end, g.type, g.value, text[g.start:g.end]) for g in golds]


# --- running the extractor ------------------------------------------------------------------

class Runner:
    """Parses with the statistical model once, then times bx_dates and the dates builder."""

    def __init__(self) -> None:
        from bagouz_extract.pipeline import FACT_COMPONENTS, build_pipeline

        self.nlp = build_pipeline()
        self.others = [c for c in FACT_COMPONENTS if c in self.nlp.pipe_names and c not in OWN]
        self.finder = self.nlp.get_pipe("bx_dates")
        self.t_model = self.t_finder = self.t_build = 0.0
        self.cached = False

    def base_docs(self, texts: list[str], cache: Path | None = None):  # type: ignore[no-untyped-def]
        """Model-parsed docs; with `cache`, kept on disk between runs (model time then unknown)."""
        from spacy.tokens import DocBin

        if cache is not None and cache.exists():
            docs = list(DocBin().from_disk(cache).get_docs(self.nlp.vocab))
            if [d.text for d in docs] == texts:
                self.cached = True
                return docs
        start = time.perf_counter()
        with self.nlp.select_pipes(disable=[*self.others, *OWN]):
            docs = list(self.nlp.pipe(texts, batch_size=16))
        self.t_model += time.perf_counter() - start
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=docs, store_user_data=False).to_disk(cache)
        return docs

    def dates(self, doc, text: str, published: date | None) -> list[Pred]:  # type: ignore[no-untyped-def]
        from bagouz_extract.loader import build_loaded
        from bagouz_extract.reconcile.context import Context
        from bagouz_extract.reconcile.dates import build_dates

        loaded = build_loaded(text, source_id="bench", path="bench", published=published)
        start = time.perf_counter()
        doc = self.finder(doc)
        middle = time.perf_counter()
        facts = build_dates(Context(doc=doc, loaded=loaded))
        self.t_finder += middle - start
        self.t_build += time.perf_counter() - middle
        return [Pred(m.start, m.end, f.type, f.value, m.text) for f in facts for m in f.mentions]

    def share(self) -> float:
        dates = self.t_finder + self.t_build
        return dates / (self.t_model + dates) if self.t_model else 0.0


# --- scoring ------------------------------------------------------------------------------

def align(golds: list[Gold], preds: list[Pred]) -> tuple[int, list[tuple[Gold, Pred]]]:
    """Strict matches count, and one-to-one relaxed (overlap) pairs, best overlap first."""
    strict = len({(g.start, g.end) for g in golds} & {(p.start, p.end) for p in preds})
    pairs = sorted(((min(g.end, p.end) - max(g.start, p.start), gi, pi)
                    for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if g.start < p.end and p.start < g.end), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((golds[gi], preds[pi]))
    return strict, matched


def prf(hits: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _cache(cache_dir: Path | None, name: str, limit: int | None) -> Path | None:
    return cache_dir / f"{name}-{limit or 'all'}.spacy" if cache_dir else None


HALVES = ("tune", "heldout")


def half_of(index: int) -> str:
    """Deterministic split: even positions (documents sorted by name) tune, odd ones held out."""
    return HALVES[index % 2]


@dataclass
class Score:
    n_gold: int = 0
    n_pred: int = 0
    strict: int = 0

    def __post_init__(self) -> None:
        self.matched: list[tuple[Gold, Pred]] = []
        self.missed: list[Gold] = []
        self.spurious: list[Pred] = []

    def add(self, golds: list[Gold], preds: list[Pred]) -> None:
        s, m = align(golds, preds)
        self.n_gold, self.n_pred, self.strict = (self.n_gold + len(golds),
                                                 self.n_pred + len(preds), self.strict + s)
        self.matched += m
        got_g = {id(g) for g, _ in m}
        got_p = {id(p) for _, p in m}
        self.missed += [g for g in golds if id(g) not in got_g]
        self.spurious += [p for p in preds if id(p) not in got_p]

    def report(self, name: str, docs: int) -> None:
        sp, sr, sf = prf(self.strict, self.n_pred, self.n_gold)
        rp, rr, rf = prf(len(self.matched), self.n_pred, self.n_gold)
        n = max(1, len(self.matched))
        type_acc = sum(g.type == p.type for g, p in self.matched) / n
        value_acc = sum(g.value == p.value for g, p in self.matched) / n
        print(f"  [{name}] {docs} documents, {self.n_gold} gold TIMEX3, {self.n_pred} predicted")
        print(f"    strict span   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
        print(f"    relaxed span  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
        print(f"    type accuracy {type_acc:.3f}   value accuracy {value_acc:.3f}")
        print(f"    value F1 {rf * value_acc:.3f}  (targets: value F1 >= 0.80, strict F1 >= 0.83)")


def tempeval(runner: Runner, limit: int | None, show_errors: int,
             cache_dir: Path | None = None, errors_half: str = "tune") -> None:
    folder = DATA / "tempeval3-train"
    paths = sorted((p for p in folder.glob("*/*.tml") if p.parent.name != "testpipeline"),
                   key=lambda p: (p.name, p.parent.name))[:limit]
    corpus = [read_tml(p) for p in paths]
    docs = runner.base_docs([text for text, _, _ in corpus], _cache(cache_dir, "tempeval", limit))
    scores = {name: Score() for name in (*HALVES, "all")}
    counts = Counter[str]()
    for i, ((text, dct, golds), doc) in enumerate(zip(corpus, docs, strict=True)):
        preds = runner.dates(doc, text, dct)
        for name in (half_of(i), "all"):
            scores[name].add(golds, preds)
            counts[name] += 1
    print("TempEval-3 train (halves: documents sorted by name, even = tune, odd = heldout)")
    for name, score in scores.items():
        score.report(name, counts[name])
    if show_errors:
        shown = scores[errors_half]
        print(f"  errors of the {errors_half} half:")
        _errors(shown.matched, shown.missed, shown.spurious, show_errors)
        _error_classes(shown.matched)


def _errors(matched: list[tuple[Gold, Pred]], missed: list[Gold], spurious: list[Pred],
            n: int) -> None:
    def top(counter: Counter[str]) -> str:
        return "\n    ".join(f"{c:3d}  {k}" for k, c in counter.most_common(n))

    print("  missed (gold text):\n    "
          + top(Counter(f"{g.text!r} {g.type} {g.value}" for g in missed)))
    print("  spurious:\n    "
          + top(Counter(f"{p.text!r} {p.type} {p.value}" for p in spurious)))
    wrong = Counter(f"{g.text!r} gold {g.value} got {p.value}"
                    for g, p in matched if g.value != p.value)
    print("  wrong values:\n    " + top(wrong))
    types = Counter(f"{g.text!r} gold {g.type} got {p.type}"
                    for g, p in matched if g.type != p.type)
    print("  wrong types:\n    " + top(types))
    spans = Counter(f"{g.text!r} vs {p.text!r}" for g, p in matched
                    if (g.start, g.end) != (p.start, p.end))
    print("  span differences:\n    " + top(spans))


_POD = r"T(?:MO|AF|EV|NI)"


def _value_class(gold: str, ours: str) -> str:
    """Why a matched value differs: a rough class, to tell our faults from gold's habits."""
    day = re.compile(r"^\d{4}-\d\d-\d\d$")
    if re.sub(r"-W0", "-W", ours) == gold:
        return "gold: week number without zero pad (2000-W7)"
    if day.match(gold) and re.fullmatch(r"\d{4}-\d\d-\d\d" + _POD, ours) and ours.startswith(gold):
        return "ours adds a part of day, gold gives the day"
    if day.match(gold) and day.match(ours):
        gap = (date.fromisoformat(ours) - date.fromisoformat(gold)).days
        return "weekday resolved to another week" if gap % 7 == 0 else "yearless date: other year / other day"
    if "X" in gold and "X" not in ours and ours.startswith(re.split(r"-?[WQ]?X", gold)[0]):
        return "gold underspecified (XX) where ours is specific"
    if gold.startswith("P") != ours.startswith("P"):
        return "DATE vs DURATION reading"
    if gold.startswith("P"):
        return "duration amount/unit"
    if ("Q" in gold + ours and gold[:4] != ours[:4]) or ("Q" in gold) != ("Q" in ours):
        return "quarter context (year-ago quarter vs year)"
    if gold[:4] == ours[:4]:
        return "same year, other granularity"
    return "other period / year"


def _error_classes(matched: list[tuple[Gold, Pred]]) -> None:
    classes = Counter(_value_class(g.value, p.value) for g, p in matched if g.value != p.value)
    print("  value error classes:")
    for name, count in classes.most_common():
        print(f"    {count:4d}  {name}")


# --- Recognizers-Text DateTime cases ------------------------------------------------------------

_KINDS = {"date", "daterange", "duration", "set", "time", "datetime", "datetimerange"}


def recognizers(runner: Runner, limit: int | None, cache_dir: Path | None = None,
                show_errors: int = 0, errors_half: str = "tune") -> None:
    path = DATA / "recognizers-specs" / "DateTime" / "English" / "DateTimeModel.json"
    cases = [c for c in json.loads(path.read_text(encoding="utf-8-sig"))
             if (c.get("Context") or {}).get("ReferenceDateTime")][:limit]
    docs = runner.base_docs([c["Input"] for c in cases], _cache(cache_dir, "recognizers", limit))
    wrong: Counter[str] = Counter()
    tally = {name: [0, 0, 0] for name in (*HALVES, "all")}  # total, found, right
    for i, (case, doc) in enumerate(zip(cases, docs, strict=True)):
        ref = date.fromisoformat(case["Context"]["ReferenceDateTime"][:10])
        preds = runner.dates(doc, case["Input"], ref)
        for result in case.get("Results", []):
            kind = result.get("TypeName", "").removeprefix("datetimeV2.")
            if kind not in _KINDS:
                continue
            start, end = result["Start"], result["End"] + 1
            hit = next((p for p in preds if p.start < end and start < p.end), None)
            ok = hit is not None and _same_value(hit.value, _accepted(result))
            for name in (half_of(i), "all"):
                counts = tally[name]
                counts[0] += 1
                counts[1] += hit is not None
                counts[2] += ok
            if hit is not None and not ok and errors_half in (half_of(i), "all"):
                shown = f"{result['Text']!r} {sorted(_accepted(result))}"
                wrong[f"{shown} got {hit.text!r} {hit.value}"] += 1
    print(f"Recognizers DateTimeModel (reference date given): {len(cases)} cases "
          "(even = tune, odd = heldout)")
    for name, (total, found, right) in tally.items():
        print(f"  [{name}] {total} results: found {found}/{total} ({found / max(1, total):.3f}); "
              f"value accuracy over found {right / max(1, found):.3f}, "
              f"over all {right / max(1, total):.3f}")
    if show_errors:
        print(f"  wrong values ({errors_half} half):")
    for line, count in wrong.most_common(show_errors):
        print(f"    {count:3d}  {line}")


def _same_value(ours: str, theirs: set[str]) -> bool:
    """Equal values, allowing for notation Recognizers-Text uses and TIMEX3 does not.

    A range "(start,end,P3M)" matches its duration; a bare clock time "T18" matches ours
    with the reference day put in front ("2016-11-07T18:00"); an hour written without
    minutes ("2016-11-07T18") is the same time as ours with ":00".
    """
    for value in theirs:
        if ours == value:
            return True
        if value.startswith("(") and ours == value.strip("()").split(",")[-1]:
            return True
        clock = re.fullmatch(r"T(\d\d)(?::(\d\d))?", value)
        if clock and re.search(rf"T{clock.group(1)}:{clock.group(2) or '00'}$", ours):
            return True
        if re.search(r"T\d\d$", value) and ours == value + ":00":  # "...T10" is 10:00
            return True
    return False


def _accepted(result: dict) -> set[str]:
    """Their TIMEX values, and each resolution they list (past and future readings of a
    yearless "April" both) written as the TIMEX3 point it covers."""
    values = set()
    for v in result.get("Resolution", {}).get("values", []):
        timex = v.get("timex", "")
        values.add(timex)
        if v.get("type") == "date" and v.get("value"):
            values.add(v["value"][:10])
        start, end = (v.get("start") or "")[:10], (v.get("end") or "")[:10]
        if timex.startswith("XXXX") and re.fullmatch(r"\d{4}-\d\d-\d\d", start):
            values.add(start[:4] + timex[4:])  # "XXXX-08" resolved from 2016-08-01
        point = _range_point(start, end)
        if point:
            values.add(point)
    return values


def _range_point(start: str, end: str) -> str | None:
    """The TIMEX3 month/quarter/year/decade/week that exactly covers [start, end)."""
    try:
        s, e = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        return None
    months = (e.year - s.year) * 12 + e.month - s.month
    if s.day == 1 and e.day == 1:
        if months == 1:
            return f"{s.year:04d}-{s.month:02d}"
        if months == 3 and s.month % 3 == 1:
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if months == 12 and s.month == 1:
            return f"{s.year:04d}"
        if months == 120 and s.month == 1 and s.year % 10 == 0:
            return f"{s.year // 10:03d}"
    if (e - s).days == 7 and s.isoweekday() == 1:
        year, week, _ = s.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return None


# --- speed ------------------------------------------------------------------------------

def seeds_speed(runner: Runner) -> None:
    from bagouz_extract.loader import load_source

    paths = sorted((ROOT / "seeds").glob("*.txt"))
    loaded = [load_source(p, ROOT / "seeds") for p in paths]
    before = (runner.t_model, runner.t_finder, runner.t_build)
    docs = runner.base_docs([item.nlp_text for item in loaded])
    for item, doc in zip(loaded, docs, strict=True):
        published = date.fromisoformat(item.source.published) if item.source.published else None
        preds = runner.dates(doc, item.text, published)
        print(f"  seed {item.source.id}: published {item.source.published}, "
              f"{len(preds)} date mentions")
    model = runner.t_model - before[0]
    dates = runner.t_finder - before[1] + runner.t_build - before[2]
    print(f"  seeds: model {model:.2f}s, dates {dates:.3f}s "
          f"-> dates share {dates / (model + dates):.1%}")


def pipeline_share(limit: int) -> None:
    """Dates' share of the whole extraction (every pipe, then the whole reconciler) on the
    first `limit` TempEval texts and the seeds, per component, on this machine."""
    import bagouz_extract.reconcile as rec
    from bagouz_extract.api import get_pipeline
    from bagouz_extract.loader import build_loaded, load_source

    nlp = get_pipeline()
    folder = DATA / "tempeval3-train"
    paths = sorted((p for p in folder.glob("*/*.tml") if p.parent.name != "testpipeline"),
                   key=lambda p: (p.name, p.parent.name))[:limit]
    loaded = [build_loaded(read_tml(p)[0], source_id=p.stem, path=p.name) for p in paths]
    loaded += [load_source(p, ROOT / "seeds") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    times: Counter[str] = Counter()
    original = rec.build_dates

    def timed_build_dates(ctx):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        facts = original(ctx)
        times["build_dates"] += time.perf_counter() - start
        return facts

    rec.build_dates = timed_build_dates  # type: ignore[assignment]
    try:
        for item in loaded:
            doc = nlp.make_doc(item.nlp_text)
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                doc = proc(doc)
                times[name] += time.perf_counter() - start
            start = time.perf_counter()
            rec.reconcile(doc, item)
            times["reconcile (all builders)"] += time.perf_counter() - start
    finally:
        rec.build_dates = original
    total = sum(v for k, v in times.items() if k != "build_dates")
    dates = times["bx_dates"] + times["build_dates"]
    print(f"Whole pipeline on {len(loaded)} texts (no batching): {total:.1f}s")
    for name, value in times.most_common():
        print(f"  {name:26s} {value:7.2f}s  {value / total:6.1%}")
    print(f"  dates (bx_dates + build_dates) {dates:.2f}s = {dates / total:.1%} of the "
          "pipeline (budget 10%)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N documents / cases only")
    parser.add_argument("--errors", type=int, default=0, help="show the N most common errors")
    parser.add_argument("--errors-half", choices=[*HALVES, "all"], default="tune",
                        help="which half --errors lists (look at tune only while tuning)")
    parser.add_argument("--skip-recognizers", action="store_true")
    parser.add_argument("--pipeline-share", type=int, default=0, metavar="N",
                        help="only measure dates' share of the whole pipeline on N TempEval "
                             "texts and the seeds")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep model-parsed docs here between runs (no speed figures then)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA} (set BAGOUZ_DATA); nothing measured")
        return 0
    if args.pipeline_share:
        pipeline_share(args.pipeline_share)
        return 0
    runner = Runner()
    seeds_speed(runner)
    tempeval(runner, args.limit, args.errors, args.cache, args.errors_half)
    if not args.skip_recognizers:
        recognizers(runner, args.limit, args.cache, args.errors, args.errors_half)
    if runner.cached:
        print("Speed: not measured (docs came from --cache)")
        return 0
    print(f"Speed: dates took {runner.share():.1%} of model+dates time overall "
          f"(model {runner.t_model:.1f}s, bx_dates {runner.t_finder:.2f}s, "
          f"normalize+facts {runner.t_build:.2f}s; budget 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
