"""Generate the JSON Schema files in schemas/ from the pydantic models.

    python -m bagouz_extract.schema schemas/

A test regenerates them in memory and fails when the committed files drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .models import FactSheet

SCHEMA_FILES = {"fact_sheet.schema.json": FactSheet}


def schema_text(model: type) -> str:
    schema = model.model_json_schema(mode="serialization")  # type: ignore[attr-defined]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMA_FILES.items():
        target = folder / name
        target.write_text(schema_text(model), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")):
        sys.stderr.write(f"wrote {path}\n")
