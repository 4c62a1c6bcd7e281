"""Place benchmark on LGL (Local-Global Lexicon): toponym span P/R/F1 and accuracy@161 km.

    python bench/places.py [--limit N] [--errors 20]

Reads ../shared/data/lgl/lgl.xml (or $BAGOUZ_DATA/lgl/lgl.xml). Figures:
- span P/R/F1, exact offsets, over all gold toponyms; and again without the gold
  toponyms that are demonyms ("American", "Palestinians"): LGL tags those as toponyms,
  while this tool keeps demonyms out of places by design;
- acc@161: share of gold toponyms with coordinates that we found (overlapping span) and
  placed within 161 km of the gold point; also over the found ones only;
- gazetteer load time: opening the cached index and a first lookup, in this process.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
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


def read_lgl(path: Path, limit: int | None) -> list[tuple[str, str, list[Gold]]]:
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        golds = []
        for top in article.iter("toponym"):
            tag = top.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            golds.append(Gold(int(top.findtext("start") or 0), int(top.findtext("end") or 0),
                              top.findtext("phrase") or "", float(lat) if lat else None,
                              float(lon) if lon else None))
        articles.append((article.get("docid") or "", article.findtext("text") or "", golds))
        if limit and len(articles) >= limit:
            break
    return articles


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def predict(nlp, text: str, docid: str) -> list[tuple[int, int, float | None, float | None, str]]:  # type: ignore[no-untyped-def]
    from bagouz_extract.loader import build_loaded
    from bagouz_extract.reconcile.context import Context
    from bagouz_extract.reconcile.places import build_places

    loaded = build_loaded(text, source_id=docid, path=docid, published=None)
    ctx = Context(doc=nlp(loaded.nlp_text), loaded=loaded)
    return [(m.start, m.end, p.lat, p.lon, p.name) for p in build_places(ctx) for m in p.mentions]


def is_demonym(phrase: str, demonyms: dict[str, str]) -> bool:
    return phrase in demonyms or phrase.rstrip("s") in demonyms


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp}, pred={n_pred}, gold={n_gold})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false alarms")
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
    demonyms = lexicon().demonyms
    articles = read_lgl(path, args.limit)

    tp = n_pred = n_gold = tp_nd = n_gold_nd = 0
    geo_total = geo_found = geo_ok = 0
    geo_total_nd = geo_ok_nd = 0  # the same without gold demonyms ("Georgian", "Americans")
    misses, false_alarms = [], []
    started = time.perf_counter()
    with nlp.select_pipes(disable=[p for p in ("bx_dates", "bx_actors", "bx_counts")
                                   if p in nlp.pipe_names]):
        for docid, text, golds in articles:
            pred = predict(nlp, text, docid)
            spans = {(s, e) for s, e, *_ in pred}
            gold_spans = {(g.start, g.end) for g in golds}
            n_pred += len(spans)
            n_gold += len(gold_spans)
            tp += len(spans & gold_spans)
            nd = {(g.start, g.end) for g in golds if not is_demonym(g.phrase, demonyms)}
            n_gold_nd += len(nd)
            tp_nd += len(spans & nd)
            false_alarms += [(docid, text[s:e]) for s, e in spans - gold_spans]
            for g in golds:
                if g.lat is None or g.lon is None:
                    continue
                geo_total += 1
                demonym = is_demonym(g.phrase, demonyms)
                geo_total_nd += not demonym
                hit = next((p for p in pred if p[0] < g.end and g.start < p[1]), None)
                if hit is None:
                    misses.append((docid, g.phrase))
                    continue
                geo_found += 1
                if hit[2] is not None and km(hit[2], hit[3], g.lat, g.lon) <= 161:  # type: ignore[arg-type]
                    geo_ok += 1
                    geo_ok_nd += not demonym
                elif args.errors:
                    misses.append((docid, f"{g.phrase} -> {hit[4]} (wrong place)"))
    elapsed = time.perf_counter() - started

    print(f"articles: {len(articles)}  ({elapsed:.1f} s, places only)")
    print(f"gazetteer load + first lookup: {load_s * 1000:.0f} ms")
    print(f"spans, all gold:          {prf(tp, n_pred, n_gold)}")
    print(f"spans, gold w/o demonyms: {prf(tp_nd, n_pred, n_gold_nd)}")
    print(f"acc@161 over gold with coordinates: {geo_ok / max(geo_total, 1):.3f} "
          f"({geo_ok}/{geo_total}); over found ones: {geo_ok / max(geo_found, 1):.3f}")
    print(f"acc@161 over gold with coordinates w/o demonyms: "
          f"{geo_ok_nd / max(geo_total_nd, 1):.3f} ({geo_ok_nd}/{geo_total_nd})")
    for label, items in (("miss", misses), ("false alarm", false_alarms)):
        for docid, what in items[:args.errors]:
            print(f"  {label}: {docid}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
