from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline (trained model + our components), built once per session."""
    from bagouz_extract.api import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def blank_nlp():
    """Rules only: for tests that do not need the statistical model."""
    from bagouz_extract.pipeline import PipelineSettings, build_pipeline

    return build_pipeline(PipelineSettings(model="blank"))
