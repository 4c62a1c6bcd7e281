"""The fact-sheet contract (schema_version 1.0) as pydantic models.

Field names listed in DESIGN.md are a contract other scripts rely on: add fields freely,
never rename or drop them. Every field is always serialized (unknown is null or []), so
data frames built from sheets get stable columns.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import __version__

SCHEMA_VERSION: Literal["1.0"] = "1.0"


class StrictModel(BaseModel):
    # A typo in a field name must fail loudly, not vanish from the output.
    # Serialization schema lists every field as required: sheets always carry all of them.
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Mention(StrictModel):
    """Evidence: `original_text[start:end] == text` (code points, BOM removed)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str = Field(description="id of the rule or model label that produced this mention")


class TextSpan(StrictModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class RemovedSpan(StrictModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str = Field(description="what was removed: navigation, comments, donation, share, ...")


PublishedBasis = Literal["text", "metadata", "option"]


class Source(StrictModel):
    id: str
    path: str
    sha256: str
    title: str | None = None
    outlet: str | None = None
    byline: list[str] = Field(default_factory=list)
    published: str | None = Field(default=None, description="ISO date YYYY-MM-DD")
    published_basis: PublishedBasis | None = None
    language: str | None = None
    body: TextSpan
    boilerplate: list[RemovedSpan] = Field(default_factory=list)
    format: Literal["text", "markdown", "html"] = "text"
    encoding: str = "utf-8"
    offsets_into: Literal["file", "extracted_text"] = Field(
        default="file",
        description="'file': offsets index the decoded file; 'extracted_text': HTML sources, "
        "offsets index the main text extracted from the page",
    )


class DateRange(StrictModel):
    start: str | None = None
    end: str | None = None


class DateFact(StrictModel):
    id: str
    value: str = Field(description="TIMEX3 value: 2019-02-20, XXXX-02-09, 2019-03, P3D, PAST_REF")
    type: Literal["DATE", "DURATION", "SET", "TIME"]
    granularity: str | None = None
    range: DateRange | None = None
    anchor: str | None = Field(default=None, description="what a relative value was resolved against")
    mod: str | None = Field(default=None, description="TimeML mod: START, MID, END, APPROX, "
                            "BEFORE, AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE")
    direction: Literal["past", "future"] | None = Field(
        default=None, description="a period reaching back from (past) or ahead of (future) the "
        "reference time, for 'the last few days' / 'the next few days'")
    mentions: list[Mention] = Field(default_factory=list)


class PlaceFact(StrictModel):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    resolution: str = "unresolved"
    confidence: float | None = None
    focus: bool = False
    mentions: list[Mention] = Field(default_factory=list)


class ActorFact(StrictModel):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    affiliation: str | None = None
    roles: list[str] = Field(default_factory=list)
    place: str | None = Field(default=None, description="place id for states and local bodies")
    mentions: list[Mention] = Field(default_factory=list)


Qualifier = Literal["exact", "about", "more_than", "at_least", "less_than", "up_to", "range", "vague"]


class CountFact(StrictModel):
    id: str
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    qualifier: Qualifier = "exact"
    unit: str | None = None
    unit_text: str | None = Field(default=None, description="the unit as the text wrote it")
    counted: str | None = None
    category: str | None = None
    event: str | None = None
    actor: str | None = None
    place: str | None = None
    date: str | None = None
    claimant: str | None = None
    negated: bool = False
    hedged: bool = False
    rate: str | None = Field(default=None, description="ISO 8601 period for rates: '400 in a day' -> P1D")
    parent: str | None = Field(default=None, description="id of the count this one is part of")
    mentions: list[Mention] = Field(default_factory=list)


class Quote(StrictModel):
    id: str
    speaker: str | None = None
    text: str
    verb: str | None = None
    speaker_role: str | None = Field(default=None,
                                     description="the speaker's role as the text gives it")
    speaker_affiliation: str | None = Field(default=None,
                                            description="actor id the speaker belongs to")
    date: str | None = Field(default=None,
                             description="date fact id named in the quote's reporting clause")
    mentions: list[Mention] = Field(default_factory=list)


class Warning(StrictModel):
    code: str
    message: str
    mentions: list[Mention] = Field(default_factory=list)


class FactSheet(StrictModel):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    tool_version: str = Field(default=__version__, description="bagouz-extract version that wrote it")
    source: Source
    dates: list[DateFact] = Field(default_factory=list)
    places: list[PlaceFact] = Field(default_factory=list)
    actors: list[ActorFact] = Field(default_factory=list)
    counts: list[CountFact] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)

    def to_json(self, *, pretty: bool = False) -> str:
        return self.model_dump_json(indent=2 if pretty else None)
