"""One gazetteer record, whatever file it came from."""

from __future__ import annotations

from dataclasses import dataclass

# How specific a kind of entry is; disambiguation prefers broader units for equal names
# only when the text hints at them ("X province"), so the number is a tie-breaker.
RANK = {"country": 0, "admin1": 1, "feature": 2, "city": 3, "county": 4}


@dataclass(frozen=True, slots=True)
class Entry:
    ref: str  # stable identity: "gn:<geonameid>", "sup:<id>", "user:<id>", "county:<fips>"
    name: str
    kind: str  # country, state, governorate, province, city, town, village, camp, river, ...
    level: str  # one of RANK's keys
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    geonames_id: int | None = None
    source: str = "geonames"
    # "capital": a national capital ("Washington" the government seat, "Moscow");
    # "seat-named": a division named after its seat city (Idlib Governorate, Idlib).
    flags: str = ""

    @property
    def rank(self) -> int:
        return RANK[self.level]

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None
