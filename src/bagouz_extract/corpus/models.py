"""The corpus fact table (corpus schema_version "1.0"): facts across many fact sheets.

Places and actors are merged across articles; count claims that claim the same thing
(category + event + place + acting actor + time window) form one group listing every source's value,
with the conservative and high figure and a `contested` flag when sources disagree
beyond their stated bounds. Every field is always serialized, like the fact sheet.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..models import Mention, StrictModel

CORPUS_SCHEMA_VERSION: Literal["1.0"] = "1.0"


class FactRef(StrictModel):
    """Where a merged entity or a claim comes from: one fact of one source's sheet."""

    source: str = Field(description="source key (CorpusSource.key: its path)")
    fact: str = Field(description="id of the fact inside that sheet")
    evidence: list[Mention] = Field(default_factory=list)


class CorpusSource(StrictModel):
    key: str = Field(description="what other rows call this source: its path, unique in a "
                     "run (ids are file stems, so two folders may hold the same id)")
    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    dates: int = 0
    places: int = 0
    actors: int = 0
    counts: int = 0
    quotes: int = 0
    warnings: int = 0


class CorpusPlace(StrictModel):
    id: str = Field(description="corpus-level id: geonames:<id> when known, else the place id")
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    sources: list[str] = Field(default_factory=list)
    refs: list[FactRef] = Field(default_factory=list)


class CorpusActor(StrictModel):
    id: str = Field(description="corpus-level id: the actor id shared by the merged facts")
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    affiliations: list[str] = Field(default_factory=list, description="corpus actor ids "
                                    "this actor is part of (directly or through others)")
    sources: list[str] = Field(default_factory=list)
    refs: list[FactRef] = Field(default_factory=list)


class Window(StrictModel):
    """The time a claim is about, as inclusive ISO dates; null ends are open or unknown."""

    start: str | None = None
    end: str | None = None
    basis: Literal["date", "published", "unknown"] = Field(
        default="unknown",
        description="'date': the fact's own date; 'published': undated, so up to the "
        "publication date; 'unknown': neither")


class Claim(StrictModel):
    """One source's value for a claim group, with its bounds as an interval."""

    source: str = Field(description="source key (CorpusSource.key)")
    count: str = Field(description="count fact id in the source's sheet")
    low: float | None = None
    high: float | None = None
    qualifier: str
    approximate: bool = False
    unit: str | None = None
    counted: str | None = None
    category: str | None = None
    event: str | None = None
    bounds_low: float | None = Field(default=None, description="lower end of the claim's interval")
    bounds_high: float | None = Field(default=None, description="upper end; null = open")
    window: Window
    date: str | None = Field(default=None, description="TIMEX3 value of the count's date, if any")
    actor: str | None = Field(default=None, description="corpus actor id of who did it")
    actor_name: str | None = None
    claimant: str | None = Field(default=None, description="corpus actor id of who said it")
    claimant_name: str | None = None
    negated: bool = False
    hedged: bool = False
    evidence: list[Mention] = Field(default_factory=list)


class ClaimGroup(StrictModel):
    id: str
    category: str = Field(description="category family the grouping rules map the claims to")
    event: str | None = Field(default=None, description="event family, or null")
    place: str | None = Field(default=None, description="corpus place id, or null")
    place_name: str | None = None
    actor: str | None = Field(default=None, description="corpus actor id of who did it, when "
                              "the claims name one (claims that name none may join)")
    actor_name: str | None = None
    unit: str | None = Field(default=None, description="unit of the figures: the one most "
                             "claims use")
    units: list[str] = Field(default_factory=list, description="every unit the claims use; "
                             "claims in different units are listed but not compared")
    window: Window
    sources: list[str] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conservative: float | None = Field(default=None, description="lowest credible figure")
    high: float | None = Field(default=None, description="highest figure any source gives")
    contested: bool = False
    reasons: list[str] = Field(default_factory=list, description="why the group is contested")
    corroborated: bool = Field(
        default=False, description="not contested, and two sources give overlapping figures "
        "for the same window")


class DatedReport(StrictModel):
    source: str = Field(description="source key (CorpusSource.key)")
    fact: str = Field(description="the fact that carries the date (count or date id)")
    value: str = Field(description="TIMEX3 value")
    window: Window
    evidence: list[Mention] = Field(default_factory=list)


class EventDateGroup(StrictModel):
    """Dates sources give for what looks like the same reported event."""

    id: str
    event: str
    category: str | None = None
    place: str | None = None
    place_name: str | None = None
    actor: str | None = None
    actor_name: str | None = None
    sources: list[str] = Field(default_factory=list)
    reports: list[DatedReport] = Field(default_factory=list)
    contested: bool = False
    reasons: list[str] = Field(default_factory=list)


class CorpusTable(StrictModel):
    corpus_schema_version: Literal["1.0"] = CORPUS_SCHEMA_VERSION
    sources: list[CorpusSource] = Field(default_factory=list)
    places: list[CorpusPlace] = Field(default_factory=list)
    actors: list[CorpusActor] = Field(default_factory=list)
    claims: list[ClaimGroup] = Field(default_factory=list)
    event_dates: list[EventDateGroup] = Field(default_factory=list)

    def to_json(self, *, pretty: bool = False) -> str:
        return self.model_dump_json(indent=2 if pretty else None)
