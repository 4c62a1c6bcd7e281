"""Place benchmark on LGL (Local-Global Lexicon): toponym span P/R/F1 and accuracy@161 km.

    python bench/places.py [--limit N] [--half tune|heldout|all] [--errors 20] [--doc-cache F]

Reads ../shared/data/lgl/lgl.xml (or $BAGOUZ_DATA/lgl/lgl.xml). Articles are split by
their order in the file: even positions are the tuning half, odd ones the held-out half
(look at errors on the tuning half only). Figures, per half and for all:
- span P/R/F1, exact offsets, over all gold toponyms; and again without the gold
  toponyms that are demonyms ("American", "Palestinians"): LGL tags those as toponyms,
  while this tool keeps demonyms out of places by design;
- end-to-end acc@161: share of ALL gold toponyms with coordinates that we found
  (overlapping span) and placed within 161 km of the gold point;
- acc@161 of found: the same over the gold toponyms we found only;
- gold-span geocoding: the resolver given the GOLD spans (in the article, with the
  article's other gold toponyms as context), as geocoders are usually compared:
  acc@161, mean and median error in km (unresolved names count as misses, not in km);
- gazetteer load time: opening the cached index and a first lookup, in this process.

--doc-cache F keeps the model's annotations (tokens, tags, entities) in a DocBin file so
later runs skip the statistical model: only for iterating on the place rules.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


def data_dir() -> Path:
    env = os.environ.get("BAGOUZ_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    where: str = ""  # gold name, admin1, country: for reading errors


@dataclass
class Article:
    index: int
    docid: str
    text: str
    golds: list[Gold]


def read_lgl(path: Path) -> list[Article]:
    articles = []
    for n, article in enumerate(ET.parse(path).getroot().iter("article")):
        golds = []
        for top in article.iter("toponym"):
            tag = top.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            where = ", ".join(x for x in ((tag.findtext(k) or "") for k in ("name", "admin1", "country"))
                              if x) if tag is not None else ""
            golds.append(Gold(int(top.findtext("start") or 0), int(top.findtext("end") or 0),
                              top.findtext("phrase") or "", float(lat) if lat else None,
                              float(lon) if lon else None, where))
        articles.append(Article(n, article.get("docid") or "", article.findtext("text") or "", golds))
    return articles


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


Pred = tuple[int, int, float | None, float | None, str]


def _facts(doc, loaded) -> list[Pred]:  # type: ignore[no-untyped-def]
    from bagouz_extract.reconcile.context import Context
    from bagouz_extract.reconcile.places import build_places

    ctx = Context(doc=doc, loaded=loaded)
    return [(m.start, m.end, p.lat, p.lon, f"{p.name}, {p.admin1 or ''}, {p.country or ''} "
             f"[{p.resolution}]") for p in build_places(ctx) for m in p.mentions]


def with_gold_spans(doc, golds: list[Gold]):  # type: ignore[no-untyped-def]
    """The doc with the gold toponyms as its place spans (the cue hints ours carry kept)."""
    from bagouz_extract.components.places import SPAN_KEY

    ours = {(s.start_char, s.end_char): s for s in doc.spans.get(SPAN_KEY, [])}
    doc = doc.copy()
    spans = []
    for g in golds:
        span = doc.char_span(g.start, g.end, alignment_mode="expand")
        if span is None or any(s.start < span.end and span.start < s.end for s in spans):
            continue
        mine = ours.get((g.start, g.end))
        hint = mine.kb_id_ if mine is not None and not mine.kb_id_.startswith("weak") else ""
        spans.append(doc.char_span(span.start_char, span.end_char, label="gold", kb_id=hint))
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
    return doc


def is_demonym(phrase: str, demonyms: dict[str, str]) -> bool:
    return phrase in demonyms or phrase.rstrip("s") in demonyms


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    tp_nd: int = 0
    n_gold_nd: int = 0
    geo_total: int = 0
    geo_found: int = 0
    geo_ok: int = 0
    gold_ok: int = 0
    gold_errors: list[float] = field(default_factory=list)


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp}, pred={n_pred}, gold={n_gold})"


def score_article(art: Article, pred: list[Pred], gold_pred: list[Pred], s: Score,
                  demonyms: dict[str, str], log: list[tuple[str, str, str]]) -> None:
    spans = {(a, b) for a, b, *_ in pred}
    gold_spans = {(g.start, g.end) for g in art.golds}
    s.n_pred += len(spans)
    s.n_gold += len(gold_spans)
    s.tp += len(spans & gold_spans)
    nd = {(g.start, g.end) for g in art.golds if not is_demonym(g.phrase, demonyms)}
    s.n_gold_nd += len(nd)
    s.tp_nd += len(spans & nd)
    log += [("false alarm", art.docid, art.text[a:b]) for a, b in sorted(spans - gold_spans)]
    for g in art.golds:
        if g.lat is None or g.lon is None:
            continue
        s.geo_total += 1
        at_gold = next((p for p in gold_pred if p[0] < g.end and g.start < p[1]), None)
        if at_gold is not None and at_gold[2] is not None:
            err = km(at_gold[2], at_gold[3], g.lat, g.lon)  # type: ignore[arg-type]
            s.gold_errors.append(err)
            s.gold_ok += err <= 161
            if err > 161:
                log.append(("gold-span wrong", art.docid,
                            f"{g.phrase} -> {at_gold[4]} ({err:.0f} km; gold {g.where})"))
        hit = next((p for p in pred if p[0] < g.end and g.start < p[1]), None)
        if hit is None:
            log.append(("miss", art.docid, g.phrase))
            continue
        s.geo_found += 1
        if hit[2] is not None and km(hit[2], hit[3], g.lat, g.lon) <= 161:  # type: ignore[arg-type]
            s.geo_ok += 1


def report(name: str, s: Score) -> None:
    print(f"== {name}")
    print(f"  spans, all gold:          {prf(s.tp, s.n_pred, s.n_gold)}")
    print(f"  spans, gold w/o demonyms: {prf(s.tp_nd, s.n_pred, s.n_gold_nd)}")
    print(f"  end-to-end acc@161 (found and placed / all gold with coordinates): "
          f"{s.geo_ok / max(s.geo_total, 1):.3f} ({s.geo_ok}/{s.geo_total})")
    print(f"  acc@161 of found (placed / gold we found):                          "
          f"{s.geo_ok / max(s.geo_found, 1):.3f} ({s.geo_ok}/{s.geo_found})")
    errs = s.gold_errors
    print(f"  gold-span geocoding acc@161 (resolver on gold spans):                "
          f"{s.gold_ok / max(s.geo_total, 1):.3f} ({s.gold_ok}/{s.geo_total}); "
          f"error km mean {statistics.fmean(errs) if errs else 0:.0f}, "
          f"median {statistics.median(errs) if errs else 0:.0f} "
          f"(over {len(errs)} placed)")


def model_docs(nlp, articles: list[Article], cache: Path | None):  # type: ignore[no-untyped-def]
    """The model's annotations per article, from the DocBin cache when it matches."""
    from spacy.tokens import DocBin

    from bagouz_extract.loader import build_loaded

    loaded = [build_loaded(a.text, source_id=a.docid, path=a.docid, published=None)
              for a in articles]
    ours = [p for p in nlp.pipe_names if p.startswith("bx_")]
    digest = hashlib.sha256("\x00".join(x.nlp_text for x in loaded).encode()).hexdigest()[:16]
    path = cache.with_suffix(f".{digest}.spacy") if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(disable=ours):
            docs = list(nlp.pipe(x.nlp_text for x in loaded))
        if path is not None:
            DocBin(store_user_data=False, docs=docs).to_disk(path)
    return loaded, docs


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of the half")
    parser.add_argument("--half", choices=("tune", "heldout", "all"), default="all",
                        help="tune = even positions, heldout = odd positions")
    parser.add_argument("--errors", type=int, default=0,
                        help="print N of each kind of error (tuning half only)")
    parser.add_argument("--doc-cache", type=Path, default=None)
    args = parser.parse_args()
    path = data_dir() / "lgl" / "lgl.xml"
    if not path.exists():
        print(f"LGL data not found at {path}; nothing to measure.")
        return 0

    from bagouz_extract.components.places import lexicon
    from bagouz_extract.gazetteer import Gazetteer
    from bagouz_extract.pipeline import build_pipeline

    started = time.perf_counter()
    Gazetteer().lookup("Paris")
    load_s = time.perf_counter() - started
    nlp = build_pipeline()
    finder = nlp.get_pipe("bx_places")
    demonyms = lexicon().demonyms
    articles = read_lgl(path)
    if args.half != "all":
        articles = [a for a in articles if a.index % 2 == (0 if args.half == "tune" else 1)]
    articles = articles[:args.limit] if args.limit else articles

    started = time.perf_counter()
    loaded, docs = model_docs(nlp, articles, args.doc_cache)
    model_s = time.perf_counter() - started
    halves = {"tune": Score(), "heldout": Score()}
    log: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    for art, source, doc in zip(articles, loaded, docs, strict=True):
        doc = finder(doc)
        pred = _facts(doc, source)
        gold_pred = _facts(with_gold_spans(doc, art.golds), source)
        half = "tune" if art.index % 2 == 0 else "heldout"
        score_article(art, pred, gold_pred, halves[half], demonyms, log if half == "tune" else [])
    elapsed = time.perf_counter() - started

    print(f"articles: {len(articles)}  (model {model_s:.1f} s, places {elapsed:.1f} s)")
    print(f"gazetteer load + first lookup: {load_s * 1000:.0f} ms")
    total = Score()
    for name, s in halves.items():
        if s.n_gold:
            report(f"{name} ({'even' if name == 'tune' else 'odd'} articles)", s)
        for f in total.__dataclass_fields__:
            setattr(total, f, getattr(total, f) + getattr(s, f))
    if all(s.n_gold for s in halves.values()):
        report("all", total)
    for kind in ("miss", "false alarm", "gold-span wrong"):
        for _, docid, what in [x for x in log if x[0] == kind][:args.errors]:
            print(f"  {kind}: {docid}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
