"""The CLI as users and CI meet it: stdout carries only JSON, messages go to stderr, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("Rebels retake the northern town\n\n"
           "The army said on Monday that 300 fighters had surrendered in the town of Hajin. "
           "Residents said the fighting had stopped late on Sunday.\n")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "bagouz_extract", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.md").write_text(ARTICLE.replace("Hajin", "Baghuz"), encoding="utf-8")
    return folder


def test_stdout_is_one_json_sheet_per_line(corpus: Path):
    result = run_cli(str(corpus), "--model", "blank")
    assert result.returncode == 0, result.stderr
    sheets = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["source"]["id"] for s in sheets] == ["one", "two"]
    assert all(s["schema_version"] == "1.0" for s in sheets)


def test_a_bad_file_fails_alone_with_one_line_and_exit_1(corpus: Path):
    (corpus / "broken.txt").write_bytes(b"%PDF-1.5 \x00\x01\x02")
    result = run_cli(str(corpus), "--model", "blank")
    assert result.returncode == 1
    assert [json.loads(x)["source"]["id"] for x in result.stdout.splitlines()] == ["one", "two"]
    assert "broken.txt: binary file" in result.stderr
    assert "Traceback" not in result.stderr


def test_out_writes_one_file_per_source_and_a_failure_log(corpus: Path, tmp_path: Path):
    (corpus / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = run_cli(str(corpus), "--model", "blank", "--out", str(out))
    assert result.returncode == 1
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["failures.ndjson", "one.json", "two.json"]
    failure = json.loads((out / "failures.ndjson").read_text())
    assert failure["path"] == "empty.txt" and "empty" in failure["reason"]
    assert not list(out.glob(".*.tmp"))


def test_check_exits_0_and_writes_no_data(corpus: Path):
    result = run_cli(str(corpus), "--model", "blank", "--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "2 valid, 0 failed" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["/no/such/folder"], 2, "no such file or folder"),
        (["--model", "no_such_model_xyz", "{corpus}"], 2, "is not installed"),
        (["--published", "yesterday", "{corpus}"], 2, "YYYY-MM-DD"),
        (["{empty}"], 3, "no article files"),
    ],
    ids=["missing-path", "unknown-model", "bad-date", "empty-folder"],
)
def test_usage_errors_and_nothing_to_do_have_their_exit_codes(args, code, message, corpus, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    args = [a.format(corpus=corpus, empty=empty) for a in args]
    result = run_cli(*args)
    assert result.returncode == code
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_all_sources_failing_exits_3(tmp_path: Path):
    (tmp_path / "a.txt").write_text("   ")
    result = run_cli(str(tmp_path), "--model", "blank")
    assert result.returncode == 3
    assert "a.txt: empty" in result.stderr


def test_a_single_file_path_is_processed(corpus: Path):
    result = run_cli(str(corpus / "one.txt"), "--model", "blank")
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"]["id"] == "one"


def test_pretty_output_is_indented_json(corpus: Path):
    result = run_cli(str(corpus / "one.txt"), "--model", "blank", "--pretty")
    assert result.stdout.startswith("{\n  ")
    assert json.loads(result.stdout)["source"]["id"] == "one"


def test_version_and_help():
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("bagouz-extract ")
    helptext = run_cli("--help")
    assert helptext.returncode == 0
    for option in ("--out", "--pretty", "--check", "--model", "--published", "--quiet",
                   "--version", "--debug", "--errors", "--batch-size"):
        assert option in helptext.stdout


def test_every_option_has_help_text():
    from typer.main import get_command

    from bagouz_extract.cli import app

    command = get_command(app)
    missing = [p.name for p in command.params if not getattr(p, "help", None) and p.name != "path"]
    assert missing == []
