"""Terminal summary of a corpus (rich, on stderr): per source the facts found and any
failure, then the claims across sources with the contested ones first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .corpus.describe import figure_text, number_text, window_text
from .corpus.models import ClaimGroup, CorpusTable
from .corpus.sources import source_labels
from .report.claims import actor_text, claim_order

MAX_CLAIM_ROWS = 25  # a terminal is not the place for a million groups: the file has them


def corpus_summary(table: CorpusTable, failures: dict[str, str] | None = None,
                   console: Console | None = None, *, sources: bool = True) -> None:
    """`sources=False` when the caller already showed the per-source table."""
    if console is None:
        from .views import stderr_console

        console = stderr_console()
    if sources:
        console.print(_sources_table(table, failures or {}))
    console.print(_claims_table(table))


def _sources_table(table: CorpusTable, failures: dict[str, str]) -> Table:
    grid = Table(title=f"{len(table.sources)} sources, {len(failures)} failed")
    for name in ("source", "dates", "places", "actors", "counts", "quotes", "warnings", "status"):
        grid.add_column(name, justify="left" if name in {"source", "status"} else "right")
    labels = source_labels((s.key, s.id) for s in table.sources)
    for src in table.sources:
        figures = (src.dates, src.places, src.actors, src.counts, src.quotes, src.warnings)
        grid.add_row(labels[src.key], *(str(n) for n in figures), "[green]ok[/]")
    for path, reason in sorted(failures.items()):
        grid.add_row(path, *("-" * 6), f"[red]failed[/]: {reason}")
    return grid


def _claims_table(table: CorpusTable) -> Table:
    shown = [g for g in sorted(table.claims, key=claim_order)
             if g.contested or len(g.sources) > 1]
    contested = sum(1 for g in shown if g.contested)
    grid = Table(title=f"claims across sources: {len(shown)} made by several sources, "
                       f"{contested} contested")
    for name in ("status", "what", "where", "window", "values by source", "low", "high"):
        grid.add_column(name, justify="right" if name in {"low", "high"} else "left")
    labels = source_labels((s.key, s.id) for s in table.sources)
    for group in shown[:MAX_CLAIM_ROWS]:
        grid.add_row(*_claim_row(group, labels))
    if len(shown) > MAX_CLAIM_ROWS:
        grid.caption = f"{len(shown) - MAX_CLAIM_ROWS} more in the corpus file"
    return grid


def _claim_row(group: ClaimGroup, labels: dict[str, str]) -> list[str]:
    if group.contested:
        status = "[bold red]contested[/]\n" + "\n".join(group.reasons)
    else:
        status = "[green]corroborated[/]" if group.corroborated else "[dim]not comparable[/]"
    values = "\n".join(f"{labels.get(c.source, c.source)}: "
                       f"{figure_text(c.low, c.high, c.qualifier, c.unit)}"
                       for c in group.claims)
    what = " · ".join(filter(None, [group.category, group.event, actor_text(group)]))
    return [status, what, group.place_name or group.place or "?",
            window_text(group.window.start, group.window.end), values,
            number_text(group.conservative), number_text(group.high)]
