"""Exact, faster stand-ins for two spaCy components of the English models.

Profiling showed `attribute_ruler` and `lemmatizer` costing about a quarter of the small
model's time, for two avoidable reasons:

- spaCy's Matcher tries each of the attribute ruler's ~180 one- or two-token patterns at
  every token. Almost all of them name the token's TAG, LOWER or DEP, so indexing the
  patterns by that value leaves one or two candidates per token.
- The rule lemmatizer recomputes the morphology test (`is_base_form`) for every token
  before its cache lookup, and caches only part of its answers.

Both stand-ins give the same token attributes as the originals (the lemmatizer's answer is
a function of the token's text, POS and morphology, so caching on those is exact; the
ruler's matches are the Matcher's, applied in the same order by the same setter; a word
that no rule's first token names by its LOWER shares the cached rules of its TAG, DEP and
IS_SPACE); tests compare them token by token. Both read and write the doc's arrays, not a
Token object per word. They are installed by swapping the component's class, so
the pipeline's names, config and data stay spaCy's. Patterns this module does not
understand leave the original ruler in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# (pattern index, token offset of the target inside the pattern, token tests, attrs)
_Rule = tuple[int, int, list[Callable[["Token"], bool]], dict[Any, Any]]
_TOKEN_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}
_PINNABLE = ("TAG", "LOWER", "DEP", "IS_SPACE")  # in _TOKEN_ATTRS order: rules are keyed on these
# Cache sizes in entries; a full cache is cleared, so memory stays flat however long the run.
LEMMA_CACHE_MAX = 50_000
FIRST_TOKEN_CACHE_MAX = 50_000


def speed_up(nlp: Language) -> list[str]:
    """Install the stand-ins on `nlp` where they apply; returns the names it replaced."""
    replaced = []
    if "attribute_ruler" in nlp.pipe_names and _install_ruler(nlp.get_pipe("attribute_ruler")):
        replaced.append("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and _install_lemmatizer(nlp.get_pipe("lemmatizer")):
        replaced.append("lemmatizer")
    return replaced


# ---------------------------------------------------------------- attribute ruler


class _UnsupportedPattern(ValueError):
    pass


def _install_ruler(ruler: Any) -> bool:
    from spacy.pipeline import AttributeRuler

    if type(ruler) is not AttributeRuler:
        return False
    try:
        index = _ruler_index(ruler)
    except _UnsupportedPattern:
        return False
    swapped: Any = ruler  # the same object, seen as its new class
    swapped.__class__ = _fast_ruler_class()
    swapped._bx_index = index
    swapped._bx_lower_tests = _lower_tests(ruler)
    swapped._bx_cache = {}
    swapped._bx_shared = {}
    swapped._bx_telling = {}
    return True


def _ruler_index(ruler: Any) -> tuple[dict[tuple[str, ...], dict[object, list[_Rule]]], list[_Rule]]:
    """Rules keyed by the values their first token pins (TAG, LOWER, DEP, IS_SPACE), grouped by
    which attributes those are; the few rules that pin none are tried at every token."""
    keyed: dict[tuple[str, ...], dict[object, list[_Rule]]] = {}
    unkeyed: list[_Rule] = []
    for number, record in enumerate(ruler.patterns):
        attrs = ruler.attrs[number]
        offset = ruler.indices[number]
        for pattern in record["patterns"]:
            if not pattern:
                raise _UnsupportedPattern("empty pattern")
            target = offset if offset >= 0 else len(pattern) + offset
            if not 0 <= target < len(pattern):
                raise _UnsupportedPattern("index outside the pattern")
            rule = (number, target, [_token_test(spec) for spec in pattern], attrs)
            pinned = _pinned(pattern[0])
            if not pinned:
                unkeyed.append(rule)
                continue
            by_value = keyed.setdefault(tuple(pinned), {})
            for values in product(*pinned.values()):
                # one attribute: the bare value, as itemgetter of one index returns it
                by_value.setdefault(values if len(values) > 1 else values[0], []).append(rule)
    return keyed, unkeyed


def _lower_tests(ruler: Any) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The small-letter forms, and the patterns of them, that any rule's first token tests.

    A word none of them names or matches passes or fails every such test alike, so the rules
    that start at it depend on its TAG, DEP and IS_SPACE alone.
    """
    words: set[str] = set()
    regexes = []
    for record in ruler.patterns:
        for pattern in record["patterns"]:
            value = pattern[0].get("LOWER") if pattern else None
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict):
                for op, arg in value.items():
                    if op == "REGEX":
                        regexes.append(re.compile(arg))
                    else:  # IN, NOT_IN (anything else was refused by _attr_test)
                        words.update(arg)
    return frozenset(words), tuple(regexes)


def _pinned(spec: dict[str, Any]) -> dict[str, list[object]]:
    """The token's attributes this spec allows only a few values of, with those values."""
    pinned: dict[str, list[object]] = {}
    for attr in _PINNABLE:
        value = spec.get(attr)
        if isinstance(value, (str, bool)):
            pinned[attr] = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            pinned[attr] = list(value["IN"])
    return pinned


def _token_test(spec: dict[str, Any]) -> Callable[[Token], bool]:
    tests = [_attr_test(_TOKEN_ATTRS.get(attr), value) for attr, value in spec.items()]

    def test(token: Token) -> bool:
        return all(check(token) for check in tests)
    return test


def _attr_test(name: str | None, value: Any) -> Callable[[Token], bool]:
    if name is None:
        raise _UnsupportedPattern("attribute")
    if isinstance(value, (str, bool)):
        return lambda token: getattr(token, name) == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            options = set(arg)
            return lambda token: getattr(token, name) in options
        if op == "NOT_IN":
            options = set(arg)
            return lambda token: getattr(token, name) not in options
        if op == "REGEX":
            regex = re.compile(arg)
            return lambda token: regex.search(getattr(token, name)) is not None
    raise _UnsupportedPattern(f"value {value!r}")


_Cache = TypeVar("_Cache", bound=dict[Any, Any])


def _bounded(cache: _Cache) -> _Cache:
    """The cache, cleared when full: memory stays flat however long the run."""
    if len(cache) >= FIRST_TOKEN_CACHE_MAX:
        cache.clear()
    return cache


def _fast_ruler_class() -> type:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens._retokenize import set_token_attrs

    class FastAttributeRuler(AttributeRuler):
        """The same matches as the Matcher finds, by a lookup per token."""

        _bx_index: tuple[dict[tuple[str, ...], dict[object, list[_Rule]]], list[_Rule]]
        _bx_lower_tests: tuple[frozenset[str], tuple[re.Pattern[str], ...]]
        _bx_cache: dict[tuple[int, ...], list[tuple[int, int, list[Callable[[Token], bool]]]]]
        _bx_shared: dict[tuple[int, ...], list[tuple[int, int, list[Callable[[Token], bool]]]]]
        _bx_telling: dict[int, bool]

        def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
            from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

            found: set[tuple[int, int, int, int]] = set()
            length = len(doc)
            if not length:
                return []
            # the four attributes the rules read, from the doc's array: no Token object per word
            rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
            for i, row in enumerate(rows):
                for number, target, rest in self._bx_first(doc, i, tuple(row)):
                    end = i + 1 + len(rest)
                    if rest and (end > length or not all(
                            test(doc[i + 1 + k]) for k, test in enumerate(rest))):
                        continue
                    found.add((number, i, end, i + target))
            return sorted(found)

        def _bx_first(self, doc: Doc, i: int, hashes: tuple[int, ...],
                      ) -> list[tuple[int, int, list[Callable[[Token], bool]]]]:
            """Rules whose first token is doc[i], with the tests of their other tokens.

            Every test reads only TAG, LOWER, DEP and IS_SPACE, so the answer is cached on them
            (on their hashes: cheaper to read than the strings, and stable across memory zones).
            A word no first-token test names is looked up again without its LOWER: the rules
            that start at it depend on the rest alone, so a new word (a name, a number) finds
            them there.
            """
            rules = self._bx_cache.get(hashes)
            if rules is None:
                tag, lower, dep, space = hashes
                shared = (tag, lower if self._bx_tells(doc, lower) else 0, dep, space)
                rules = self._bx_shared.get(shared)
                if rules is None:
                    rules = _bounded(self._bx_shared)[shared] = self._bx_rules(doc[i])
                _bounded(self._bx_cache)[hashes] = rules
            return rules

        def _bx_tells(self, doc: Doc, lower: int) -> bool:
            """Whether a first-token test names or matches this small-letter form."""
            telling = self._bx_telling.get(lower)
            if telling is None:
                words, regexes = self._bx_lower_tests
                text = doc.vocab.strings[lower]
                telling = text in words or any(regex.search(text) for regex in regexes)
                _bounded(self._bx_telling)[lower] = telling
            return telling

        def _bx_rules(self, token: Token) -> list[tuple[int, int, list[Callable[[Token], bool]]]]:
            values = (token.tag_, token.lower_, token.dep_, token.is_space)
            keyed, unkeyed = self._bx_index
            candidates = list(unkeyed)
            for attrs, by_value in keyed.items():
                pinned = tuple(values[_PINNABLE.index(a)] for a in attrs)
                candidates.extend(by_value.get(pinned if len(pinned) > 1 else pinned[0], ()))
            return [(number, target, tests[1:]) for number, target, tests, _ in candidates
                    if tests[0](token)]

        def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
            # Later patterns win, as in spaCy: matches are applied in pattern order.
            for number, _, _, target in matches:
                set_token_attrs(doc[target], self.attrs[number])

    return FastAttributeRuler


# ---------------------------------------------------------------- lemmatizer


def _install_lemmatizer(lemmatizer: Any) -> bool:
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    # Only the rule mode of the English lemmatizer is known to depend on nothing else.
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return False
    if lemmatizer.overwrite:
        return False
    swapped: Any = lemmatizer  # the same object, seen as its new class
    swapped.__class__ = _fast_lemmatizer_class()
    swapped._bx_lemmas = {}
    return True


def _fast_lemmatizer_class() -> type:
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    class FastLemmatizer(EnglishLemmatizer):
        """spaCy's rule lemmas, cached on everything they depend on (text, POS, morphology)."""

        _bx_lemmas: dict[tuple[int, int, int], str]

        def __call__(self, doc: Doc) -> Doc:
            import numpy
            from spacy.attrs import LEMMA, MORPH, ORTH, POS

            if not self._validated:
                self._validate_tables()
            if not len(doc):
                return doc
            lemmas: dict[tuple[int, int, int], str] = self._bx_lemmas
            strings = doc.vocab.strings
            # read and written as the doc's arrays: no Token object for a word seen before
            rows = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
            column = []
            for i, (lemma_hash, orth, pos, morph) in enumerate(rows):
                if lemma_hash == 0:  # else set by the attribute ruler; spaCy keeps it too
                    key = (orth, pos, morph)
                    lemma = lemmas.get(key)
                    if lemma is None:
                        if len(lemmas) >= LEMMA_CACHE_MAX:
                            lemmas.clear()
                        lemma = lemmas[key] = self.rule_lemmatize(doc[i])[0]
                    lemma_hash = strings.add(lemma)
                column.append(lemma_hash)
            doc.from_array([LEMMA], numpy.array(column, dtype=numpy.uint64))  # type: ignore[arg-type]
            return doc

        def rule_lemmatize(self, token: Token) -> list[str]:
            """spaCy's Lemmatizer.rule_lemmatize, with the lemma index as sets: spaCy keeps
            it as lists, so each `form in index` scanned thousands of words."""
            string = token.text
            univ_pos = token.pos_.lower()
            if univ_pos in ("", "eol", "space"):
                return [string.lower()]
            if self.is_base_form(token):
                return [string.lower()]
            index = self._bx_index(univ_pos)
            exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos, {})
            rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
            if not (index or exceptions or rules):
                return [string] if univ_pos == "propn" else [string.lower()]
            orig = string
            string = string.lower()
            forms: list[str] = []
            oov_forms = []
            for old, new in rules:
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        if form in index:
                            forms.insert(0, form)
                        else:
                            forms.append(form)
                    else:
                        oov_forms.append(form)
            forms = list(dict.fromkeys(forms))
            for form in exceptions.get(string, []):
                if form not in forms:
                    forms.insert(0, form)
            if not forms:
                forms.extend(oov_forms)
            if not forms:
                forms.append(orig)
            return forms

        def _bx_index(self, univ_pos: str) -> frozenset[str]:
            sets: dict[str, frozenset[str]] = self.__dict__.setdefault("_bx_index_sets", {})
            if univ_pos not in sets:
                table = self.lookups.get_table("lemma_index", {})
                sets[univ_pos] = frozenset(table.get(univ_pos, ()))
            return sets[univ_pos]

    return FastLemmatizer
