"""The report in a real headless Chromium: it runs its script, logs no error, and renders.

Skipped when Debian's chromium is not installed (apt-get install -y chromium).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from test_corpus_sheets import TEXTS, sample_sheets, texts_by_key
from test_report import HOSTILE, hostile_sheet

from bagouz_extract.report import render_report

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium (apt-get install -y chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--window-size=1280,2400",
         "--virtual-time-budget=3000"]


def _chromium(tmp_path: Path, page: Path, *mode: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{mode[0].strip('-').split('=')[0]}"
    return subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *mode,
                           page.as_uri()], capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("report") / "report.html"
    html = render_report([*sample_sheets(), hostile_sheet()],
                         texts_by_key({**TEXTS, "evil<src>": HOSTILE}))
    target.write_text(html, encoding="utf-8")
    return target


def _page_errors(stderr: str) -> list[str]:
    # Chromium logs every console message of the page (console.error, uncaught exceptions,
    # CSP violations) as an 'INFO:CONSOLE' line; our page logs nothing, so any is an error.
    # Its dbus / GPU warnings are about the machine, not the page.
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def test_console_error_detection_catches_a_broken_page(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text('<!doctype html><meta http-equiv="Content-Security-Policy" '
                      "content=\"default-src 'none'; script-src 'nonce-n'\">"
                      '<script nonce="n">undefinedFunction();</script><script>1;</script>',
                      encoding="utf-8")
    errors = _page_errors(_chromium(tmp_path, broken, "--dump-dom").stderr)
    assert any("Uncaught" in e for e in errors) and any("Content Security" in e for e in errors)


def test_report_runs_its_script_without_console_errors(page: Path, tmp_path: Path) -> None:
    run = _chromium(tmp_path, page, "--dump-dom")
    assert 'data-report-ready="1"' in run.stdout, run.stderr[-2000:]
    assert "alert(" not in run.stdout.replace("&lt;script&gt;alert(", "")
    assert _page_errors(run.stderr) == []


def test_report_screenshot_is_drawn(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    run = _chromium(tmp_path, page, f"--screenshot={shot}")
    assert shot.exists() and shot.stat().st_size > 50_000, run.stderr[-2000:]
    if keep := os.environ.get("BAGOUZ_KEEP_SCREENSHOT"):  # to look at it by eye
        shutil.copyfile(shot, keep)
