"""Engines: every way of running the extraction gives the same bytes, in input order."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bagouz_extract import api
from bagouz_extract.api import ChunkJob, Extracted
from bagouz_extract.engine import EngineError, run_extraction
from bagouz_extract.pipeline import PipelineSettings

BLANK = PipelineSettings(model="blank")
ARTICLES = {
    "a-siege": "On March 5, 2019, more than 400 fighters surrendered near the village.\n",
    "b-camp": "About 3,000 people reached the camp on Tuesday, officials said.\n",
    "c-empty": "   \n",
    "d-talks": "Talks resumed in Geneva on 12 February after two weeks of delay.\n",
    "e-aid": "The UN said 20 trucks of aid crossed the border in 2018.\n",
    "f-short": "Nothing happened.\n",
    "g-boom": "This article makes the reconciler raise BOOM.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in ARTICLES.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _bytes(results: list[Extracted]) -> list[tuple[str, str | None, str | None]]:
    """What a run writes: each source's sheet JSON or its failure reason, in order."""
    return [(r.path.name, r.json, r.failure.reason if r.failure else None) for r in results]


def _job(corpus: list[Path], settings: PipelineSettings = BLANK) -> ChunkJob:
    # Two sources per chunk, so a run has several chunks to keep in order.
    return ChunkJob(settings=settings, root=corpus[0].parent, batch_size=2)


@pytest.fixture
def boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """BOOM sources fail in the reconciler, CRASH ones kill their worker (forks inherit this)."""
    real = api._reconcile

    def flaky(doc, loaded):  # type: ignore[no-untyped-def]
        if "CRASH" in loaded.text:
            os._exit(3)
        if "BOOM" in loaded.text:
            raise RuntimeError("reconciler exploded")
        return real(doc, loaded)

    monkeypatch.setattr(api, "_reconcile", flaky)


def test_results_keep_input_order_one_per_source(corpus: list[Path], boom: None) -> None:
    results = list(run_extraction(corpus, _job(corpus)))
    assert [r.path for r in results] == corpus
    assert all((r.json is None) != (r.failure is None) for r in results)


def test_two_processes_write_the_same_bytes_as_one(corpus: list[Path], boom: None) -> None:
    one = list(run_extraction(corpus, _job(corpus), n_process=1))
    two = list(run_extraction(corpus, _job(corpus), n_process=2, start_method="fork"))
    assert _bytes(two) == _bytes(one)


@pytest.mark.parametrize("n_process", [1, 2], ids=["in-process", "pool"])
def test_a_source_failing_in_a_worker_is_a_per_source_failure(corpus: list[Path], boom: None,
                                                             n_process: int) -> None:
    results = {r.path.stem: r for r in run_extraction(corpus, _job(corpus), n_process=n_process)}
    assert results["g-boom"].failure is not None
    assert "reconciler exploded" in results["g-boom"].failure.reason
    assert results["c-empty"].failure is not None and results["c-empty"].failure.stage == "read"
    assert sum(r.failure is None for r in results.values()) == len(ARTICLES) - 2


def test_a_source_that_kills_its_worker_fails_alone(corpus: list[Path], boom: None) -> None:
    corpus[1].write_text("This one CRASHES the worker process.\n", encoding="utf-8")
    results = list(run_extraction(corpus, _job(corpus), n_process=2, start_method="fork"))
    failed = {r.path.stem: r.failure for r in results if r.failure is not None}
    assert set(failed) == {"b-camp", "c-empty", "g-boom"}
    assert failed["b-camp"].reason.startswith("worker task failed")
    assert [r.path for r in results] == corpus


def test_sheet_is_parsed_back_from_the_worker_json(corpus: list[Path]) -> None:
    first = next(iter(run_extraction(corpus[:1], _job(corpus))))
    assert first.sheet is not None and first.sheet.source.id == "a-siege"
    assert first.sheet.to_json() == first.json


def test_unknown_engine_is_refused(corpus: list[Path]) -> None:
    with pytest.raises(EngineError, match="unknown engine"):
        run_extraction(corpus, _job(corpus), engine="spark")


def test_dask_engine_without_the_extra_says_how_to_install_it(
        corpus: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    with pytest.raises(EngineError, match=r"bagouz-extract\[dask\]"):
        run_extraction(corpus, _job(corpus), engine="dask")


@pytest.fixture(scope="module")
def dask_cluster():  # type: ignore[no-untyped-def]
    # every port a free one: a second run on the same machine (its dashboard on 8787) must not
    # stop the cluster from starting
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as cluster:
        yield cluster.scheduler_address


def test_dask_cluster_of_two_workers_writes_the_same_bytes(corpus: list[Path],
                                                          dask_cluster: str) -> None:
    corpus[-1].unlink()  # the BOOM source only fails when the reconciler is patched here
    paths = corpus[:-1]
    local = list(run_extraction(paths, _job(paths)))
    remote = list(run_extraction(paths, _job(paths), engine="dask", scheduler=dask_cluster))
    assert _bytes(remote) == _bytes(local)


def test_a_local_dask_cluster_starts_while_another_holds_port_8787(corpus: list[Path]) -> None:
    pytest.importorskip("distributed")
    corpus[-1].unlink()
    paths = corpus[:-1]
    with socket.socket() as taken:
        with contextlib.suppress(OSError):  # held already: the case itself
            taken.bind(("0.0.0.0", 8787))
            taken.listen()
        remote = list(run_extraction(paths, _job(paths), engine="dask", n_process=1))
    assert _bytes(remote) == _bytes(list(run_extraction(paths, _job(paths))))


def test_dask_task_failure_becomes_per_source_failures(corpus: list[Path],
                                                       dask_cluster: str) -> None:
    # The workers cannot build this pipeline: every task fails, each source is reported.
    job = _job(corpus, PipelineSettings(model="no_such_model_xyz"))
    results = list(run_extraction(corpus, job, engine="dask", scheduler=dask_cluster))
    assert [r.path for r in results] == corpus
    readable = [r for r in results if r.path.stem != "c-empty"]
    assert all(r.failure is not None and "worker task failed" in r.failure.reason for r in readable)


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_do_not_import_spacy(flag: str) -> None:
    code = ("import sys\nsys.argv = ['bagouz-extract', " + repr(flag) + "]\n"
            "from bagouz_extract.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = {'spacy', 'thinc', 'distributed'} & {m.split('.')[0] for m in sys.modules}\n"
            "sys.stderr.write(repr(sorted(heavy)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"


def _cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from bagouz_extract.cli import app

    done = CliRunner().invoke(app, [*args, "--model", "blank", "--quiet"])
    return done.exit_code, done.stdout


def test_cli_n_process_two_prints_the_same_ndjson(corpus: list[Path]) -> None:
    folder = str(corpus[0].parent)
    code_one, one = _cli(folder, "--batch-size", "2")
    code_two, two = _cli(folder, "--batch-size", "2", "--n-process", "2")
    assert (code_two, two) == (code_one, one)
    assert one.count("\n") == len(ARTICLES) - 1  # the blank source is a failure, not a line


@pytest.mark.parametrize("args", [["--scheduler", "tcp://127.0.0.1:1"], ["--engine", "spark"]],
                         ids=["scheduler-without-dask", "unknown-engine"])
def test_cli_refuses_inconsistent_engine_options(corpus: list[Path], args: list[str]) -> None:
    code, out = _cli(str(corpus[0].parent), *args)
    assert code == 2 and out == ""


def test_chunks_leave_no_new_strings_in_the_vocabulary(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # Every article brings names never seen before, as a news stream does; without memory
    # zones each would stay in the StringStore and memory would grow with the corpus.
    paths = []
    for i in range(6):
        path = tmp_path / f"n{i}.txt"
        path.write_text(f"Zorblat{i}x met Quenvar{i}y in Plimsk{i}z on Monday.\n", encoding="utf-8")
        paths.append(path)
    job = ChunkJob(settings=BLANK, root=tmp_path, batch_size=2)
    nlp = api.get_pipeline(BLANK)
    before = len(nlp.vocab.strings)
    zoned = _bytes(list(run_extraction(paths, job, nlp=nlp)))
    assert len(nlp.vocab.strings) == before
    monkeypatch.setattr(api, "MEMORY_ZONES", False)
    assert _bytes(list(run_extraction(paths, job, nlp=nlp))) == zoned
    assert len(nlp.vocab.strings) > before


# The counts component answers its per-quantity questions from a per-doc index (a scan per
# quantity was quadratic on long single-line texts); the index must answer like the scan.
INDEX_TEXT = "a [ref 7] b <x 12> c [open 30 d\nnew [line 44] e 55 < 66 ]"


@pytest.mark.parametrize("pos", range(len(INDEX_TEXT) + 1), ids=lambda p: f"at{p}")
def test_counts_index_finds_open_brackets_like_a_line_scan(pos: int) -> None:
    import re

    import spacy

    from bagouz_extract.components.counts import _DocIndex

    index = _DocIndex(spacy.blank("en")(INDEX_TEXT))
    line = INDEX_TEXT[INDEX_TEXT.rfind("\n", 0, pos) + 1 : pos]
    assert index.bracket_open(pos) == bool(re.search(r"[\[<][^\]>]*$", line))


BLOCKED_RANGES = {"none": [], "one": [(4, 7)], "nested": [(0, 23), (4, 7), (28, 33)],
                  "apart": [(0, 3), (8, 13), (24, 27)]}


@pytest.mark.parametrize("name", BLOCKED_RANGES)
def test_counts_index_finds_overlapping_date_ranges_like_a_scan(name: str) -> None:
    import spacy

    from bagouz_extract.components.counts import _DocIndex

    doc = spacy.blank("en")("one two three four five six seven eight")
    doc.spans["bx_dates"] = [doc.char_span(s, e) for s, e in BLOCKED_RANGES[name]]
    index = _DocIndex(doc)
    for start in range(len(doc.text)):
        for end in range(start + 1, len(doc.text) + 1):
            scan = any(s < end and start < e for s, e in BLOCKED_RANGES[name])
            assert index.in_blocked(start, end) == scan, (start, end)


def test_a_chunk_stops_at_its_byte_budget_and_keeps_every_source(tmp_path: Path) -> None:
    from bagouz_extract.engine import _chunks

    sizes = [10, 10, 500, 10, 10, 10, 900, 10]
    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"{i}.txt"
        path.write_text("x" * size, encoding="utf-8")
        paths.append(path)
    paths.append(tmp_path / "missing.txt")  # unreadable: counted as empty, reported later
    chunks = list(_chunks(paths, size=4, max_bytes=512))
    assert [p for chunk in chunks for p in chunk] == paths
    assert [len(c) for c in chunks] == [3, 4, 2]
