"""What the per-fact-type builders share while turning one Doc into one FactSheet."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..models import Mention, Warning

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..loader import LoadedSource


@dataclass
class Context:
    """The annotated doc, the original text and an index of which fact owns which span.

    Builders run in order (dates, places, actors+quotes, counts); each registers the
    mentions of its facts so later builders can link to them by offsets.
    """

    doc: Doc
    loaded: LoadedSource
    warnings: list[Warning] = field(default_factory=list)
    _owners: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # ISO code -> the place fact of that country, for a state actor named only by its demonym
    country_places: dict[str, str] = field(default_factory=dict)
    # ISO code of the state the story is filed from (its dateline's), else of the one state
    # its places lie in: whose 'the army' is when no army is named
    home_country: str | None = None
    # ISO code of the state the story is about, by how often its places are named: whose an
    # untitled 'President X' is
    story_country: str | None = None
    # place fact id -> name, for the places that govern themselves (first-level divisions,
    # autonomous regions): 'Puntland has refused' is the region's government acting
    governed_places: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.loaded.text

    @property
    def anchor(self) -> date | None:
        """The publication date relative expressions resolve against (never the clock)."""
        published = self.loaded.source.published
        return date.fromisoformat(published) if published else None

    def mention(self, start: int, end: int, rule: str) -> Mention:
        """Evidence sliced from the original text, so offsets are exact by construction."""
        return Mention(text=self.text[start:end], start=start, end=end, rule=rule)

    def span_mention(self, span: Span, rule: str | None = None) -> Mention:
        return self.mention(span.start_char, span.end_char, rule or span.label_)

    def register(self, kind: str, fact_id: str, mentions: list[Mention]) -> None:
        owners = self._owners.setdefault(kind, [])
        owners.extend((m.start, m.end, fact_id) for m in mentions)
        owners.sort()

    def forget(self, kind: str, fact_ids: set[str]) -> None:
        """Take back the mentions of facts that a later builder showed were not of `kind`."""
        self._owners[kind] = [o for o in self._owners.get(kind, []) if o[2] not in fact_ids]

    def owner_of(self, kind: str, start: int, end: int) -> str | None:
        """The fact of `kind` whose mention overlaps [start, end), if any."""
        for s, e, fact_id in self._owners.get(kind, []):
            if s < end and start < e:
                return fact_id
        return None

    def owners_in(self, kind: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions of `kind` inside [start, end), in text order."""
        owners = self._owners.get(kind, [])
        first = bisect_right(owners, (start, -1, ""))
        return [o for o in owners[first:] if o[0] < end and o[1] <= end]

    def covered_by(self, kind: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions of `kind` that hold all of [start, end)."""
        return [o for o in self._owners.get(kind, []) if o[0] <= start and end <= o[1]]

    def warn(self, code: str, message: str, mentions: list[Mention] | None = None) -> None:
        self.warnings.append(Warning(code=code, message=message, mentions=mentions or []))


def slug(text: str) -> str:
    """A stable, readable id part: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def fact_id(prefix: str, key: str) -> str:
    return f"{prefix}-{slug(key)}"
