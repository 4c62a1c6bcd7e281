"""Human views on stderr: a progress bar and a summary table (rich, never on stdout)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from rich.console import Console


@lru_cache(maxsize=1)
def stderr_console() -> Console:
    # rich's default console writes to stdout, which carries data: always stderr here.
    return Console(stderr=True)


@contextmanager
def progress_bar(total: int, *, enabled: bool) -> Iterator[Callable[[], None]]:
    if not enabled:
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=stderr_console(), transient=True) as progress:
        task = progress.add_task("extract", total=total)
        yield lambda: progress.advance(task)


def summary_table(rows: list[tuple[str, int, int, int, int, int, str]], failed: list[str]) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows) - len(failed)} sheets, {len(failed)} failed")
    for name in ("source", "dates", "places", "actors", "counts", "quotes", "status"):
        table.add_column(name, justify="left" if name in {"source", "status"} else "right")
    for row in rows:
        table.add_row(*(str(cell) for cell in row))
    stderr_console().print(table)
