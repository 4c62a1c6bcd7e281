"""Write schemas/corpus.schema.json from the corpus models.

    python -m bagouz_extract.corpus.schema [schemas/]

A test regenerates it in memory and fails when the committed file drifts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .models import CorpusTable

SCHEMA_FILE = "corpus.schema.json"


def corpus_schema_text() -> str:
    schema = CorpusTable.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_corpus_schema(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SCHEMA_FILE
    target.write_text(corpus_schema_text(), encoding="utf-8")
    return target


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")
    sys.stderr.write(f"wrote {write_corpus_schema(folder)}\n")
