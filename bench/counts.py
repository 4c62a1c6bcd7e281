"""Benchmark number, range and quantity reading (prints figures; not a test).

    python bench/counts.py

Reads ../shared/data (or $BAGOUZ_DATA): recognizers-specs Number / NumberRange / Dimension
(values, bounds, value+unit) and re3d-dev Quantity entities (spans and values through the
whole pipeline). Exits cleanly when the data is absent.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from bagouz_extract.normalizers.numbers import parse_quantity, scan_numbers, scan_quantities

DATA = Path(os.environ.get("BAGOUZ_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} pred={n_pred} gold={n_gold})"


def key(value: float | None) -> str:
    return "open" if value is None else f"{value:.6g}"


def load_spec(rel: str) -> list[dict]:
    return json.loads((DATA / "recognizers-specs" / rel).read_text(encoding="utf-8-sig"))


def python_supported(case: dict) -> bool:
    return "python" not in case.get("NotSupported", "")


def bench_numbers() -> None:
    for subset in ("all", "python-supported"):
        tp = n_pred = n_gold = 0
        for case in load_spec("Number/English/NumberModel.json"):
            if subset != "all" and not python_supported(case):
                continue
            gold = Counter(key(float(r["Resolution"]["value"])) for r in case["Results"])
            pred = Counter(key(v) for _, _, v, _ in scan_numbers(case["Input"]))
            tp += sum((gold & pred).values())
            n_pred += sum(pred.values())
            n_gold += sum(gold.values())
        print(f"Number values ({subset}): {prf(tp, n_pred, n_gold)}")


def parse_interval(value: str) -> tuple[str, str]:
    low, high = value[1:-1].split(",")
    return (key(float(low)) if low else "open", key(float(high)) if high else "open")


def bench_ranges() -> None:
    tp = n_pred = n_gold = 0
    for case in load_spec("Number/English/NumberRangeModel.json"):
        gold = Counter(parse_interval(r["Resolution"]["value"]) for r in case["Results"])
        pred = Counter(
            (key(q.low), key(q.high))
            for q in scan_quantities(case["Input"])
            if q.qualifier != "exact" or "equal" in case["Input"][q.start - 10 : q.start]
        )
        tp += sum((gold & pred).values())
        n_pred += sum(pred.values())
        n_gold += sum(gold.values())
    print(f"NumberRange bounds: {prf(tp, n_pred, n_gold)}")


def bench_dimensions() -> None:
    tp_v = tp_u = n_pred = n_gold = 0
    for case in load_spec("NumberWithUnit/English/DimensionModel.json"):
        gold = [r for r in case["Results"] if r["Resolution"].get("value") is not None]
        pred = [q for q in scan_quantities(case["Input"]) if q.unit_name and q.unit_kind != "money"]
        gold_v = Counter(key(float(r["Resolution"]["value"])) for r in gold)
        pred_v = Counter(key(q.raw_low) for q in pred)
        gold_u = Counter((key(float(r["Resolution"]["value"])), r["Resolution"]["unit"].lower()) for r in gold)
        pred_u = Counter((key(q.raw_low), (q.unit_name or "").lower()) for q in pred)
        tp_v += sum((gold_v & pred_v).values())
        tp_u += sum((gold_u & pred_u).values())
        n_pred += len(pred)
        n_gold += len(gold)
    print(f"Dimension value:      {prf(tp_v, n_pred, n_gold)}")
    print(f"Dimension value+unit: {prf(tp_u, n_pred, n_gold)}")


def re3d_docs() -> list[tuple[dict, list[dict]]]:
    out = []
    for source in sorted(p for p in (DATA / "re3d-dev").iterdir() if p.is_dir()):
        docs = [json.loads(line) for line in (source / "documents.json").open(encoding="utf-8-sig")]
        ents = [json.loads(line) for line in (source / "entities.json").open(encoding="utf-8-sig")]
        for doc in docs:
            gold = [e for e in ents if e["documentId"] == doc["_id"] and e["type"] == "Quantity"]
            out.append((doc, gold))
    return out


def bench_re3d() -> None:
    from bagouz_extract import extract_text
    from bagouz_extract.api import get_pipeline

    get_pipeline()
    tp_span = tp_val = tp_unit = n_pred = n_gold = 0
    started = time.perf_counter()
    for doc, gold in re3d_docs():
        sheet = extract_text(doc["text"], source_id=doc["_id"])
        pred = [m for c in sheet.counts for m in c.mentions]
        n_pred += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            gq = parse_quantity(g["value"])
            for k, m in enumerate(pred):
                if k in used or not (m.start < g["end"] and g["begin"] < m.end):
                    continue
                used.add(k)
                tp_span += 1
                pq = parse_quantity(m.text)
                if gq and pq and key(gq.raw_low) == key(pq.raw_low):
                    tp_val += 1
                    tp_unit += int(gq.unit_name == pq.unit_name)
                break
    print(f"re3d Quantity spans:      {prf(tp_span, n_pred, n_gold)}")
    print(f"re3d Quantity value:      {prf(tp_val, n_pred, n_gold)}")
    print(f"re3d Quantity value+unit: {prf(tp_unit, n_pred, n_gold)}")
    print(f"re3d: {time.perf_counter() - started:.1f}s for the pipeline on the documents")
    print("re3d counted concept: not judged (the corpus has no gold for what a quantity counts)")


def main() -> int:
    if not (DATA / "recognizers-specs").is_dir():
        print(f"benchmark data not found under {DATA}; set BAGOUZ_DATA", file=sys.stderr)
        return 0
    bench_numbers()
    bench_ranges()
    bench_dimensions()
    if (DATA / "re3d-dev").is_dir():
        bench_re3d()
    return 0


if __name__ == "__main__":
    sys.exit(main())
