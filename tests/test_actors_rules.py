"""Actor data and pure helpers: registry and rule examples, keys, acronyms, quotes (no model)."""

from __future__ import annotations

import json

import pytest
import spacy

from bagouz_extract.components.actors import ActorFinder, acronym_spans, actor_rules
from bagouz_extract.components.quotes import find_quotes, quote_text
from bagouz_extract.components.registry import load_registry
from bagouz_extract.normalizers.names import (
    fits_acronym,
    is_acronym,
    name_key,
    possessive_to_demonym,
    short_forms,
)
from bagouz_extract.reconcile.actor_resolve import _org_kind
from bagouz_extract.resources import DataFileError, load_json

BLANK = spacy.blank("en")


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(BLANK, load_registry())


def _records() -> list[dict]:
    return [*load_json("actors_states.json")["states"], *load_json("actors.json")["actors"]]


@pytest.mark.parametrize("record", _records(), ids=lambda r: r["id"])
def test_every_registry_example_names_its_actor(finder: ActorFinder, record: dict) -> None:
    doc = BLANK(record["example"])
    found = set()
    for matcher in (finder.any_case, finder.exact):
        for match_id, _, _ in matcher(doc):
            found.add(doc.vocab.strings[match_id].split("|", 1)[1])
    assert record["id"] in found


def test_registry_ids_are_unique_and_affiliations_resolve() -> None:
    ids = [r["id"] for r in _records()]
    assert len(ids) == len(set(ids))
    registry = load_registry()
    for entry in registry.entries.values():
        assert entry.affiliation is None or entry.affiliation in registry.entries, entry.id


@pytest.mark.parametrize("alias", ["IS", "ISIS", "ISIL", "Daesh", "Islamic State", "the Islamic State"])
def test_islamic_state_aliases_share_one_registry_id(alias: str) -> None:
    registry = load_registry()
    assert registry.keys[name_key(alias)] == "isis"


@pytest.mark.parametrize(
    ("alias", "actor"),
    [
        ("SDF", "sdf"),
        ("QSD", "sdf"),
        ("YPG", "ypg"),
        ("PMF", "pmf"),
        ("Popular Mobilization", "pmf"),
        ("SOHR", "sohr"),
        ("US-led coalition", "us-led-coalition"),
        ("UNHCR", "unhcr"),
        ("Reuters", "reuters"),
        ("FATF", "fatf"),
        ("Global Coalition to Counter ISIS", "us-led-coalition"),
    ],
    ids=lambda v: str(v),
)
def test_news_aliases_resolve_to_their_actor(alias: str, actor: str) -> None:
    assert load_registry().keys[name_key(alias)] == actor


def test_lowercase_is_never_the_islamic_state(finder: ActorFinder) -> None:
    doc = BLANK("The town is quiet and amnesty is offered.")
    assert not finder._registry_spans(doc)


def test_user_registry_file_adds_and_overrides(tmp_path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "id": "hamza-division",
                        "name": "Hamza Division",
                        "kind": "armed_group",
                        "aliases": ["Firqat al-Hamza"],
                        "example": "The Hamza Division advanced.",
                    }
                ]
            }
        )
    )
    registry = load_registry((str(path),))
    assert registry.keys[name_key("Firqat al-Hamza")] == "hamza-division"
    assert registry.entries["hamza-division"].kind == "armed_group"


def test_bad_user_registry_fails_naming_the_file(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"actors": [{"id": "x", "name": "X", "example": "X", "knd": "ngo"}]}))
    with pytest.raises(DataFileError, match=r"bad\.json"):
        load_registry((str(path),))


SECTIONS = [
    "titles",
    "role_heads",
    "speaker_nouns",
    "reporting_verbs",
    "place_nouns",
    "operation_nouns",
    "vessel_prefixes",
    "partner_words",
    "group_of_states",
    "thing_acronyms",
    "communities",
    "community_nouns",
    "state_bodies",
    "title_openers",
    "recipient_verbs",
    "stance_adjectives",
    "institution_heads",
    "home_state_titles",
    "minister_portfolios",
    "monarchies",
]


def test_title_openers_open_titles_and_end_none() -> None:
    # an opener counts as a title word only before more of a title, so it must open one
    # title phrase and end none ('Staff' ends 'Chief of Staff')
    phrases = [p.split() for r in actor_rules()["titles"] for p in r["phrases"]]
    for record in actor_rules()["title_openers"]:
        for word in record["words"]:
            assert any(p[0] == word and len(p) > 1 for p in phrases), word
            assert not any(p[-1].rstrip(".") == word for p in phrases), word


@pytest.mark.parametrize("section", SECTIONS)
def test_every_rule_example_holds_one_of_its_words(section: str) -> None:
    for record in actor_rules()[section]:
        words = record.get("words") or record["phrases"]
        assert any(w in record["example"] for w in words), record["id"]


@pytest.mark.parametrize("record", actor_rules()["kind_keywords"], ids=lambda r: r["id"])
def test_every_kind_keyword_example_gets_its_kind(record: dict) -> None:
    assert _org_kind(record["example"]) == record["kind"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the U.S.", "us"),
        ("Syria’s", "syria"),
        ("  Islamic   State ", "islamic state"),
        ("Çiya Furat", "ciya furat"),
    ],
    ids=str,
)
def test_name_key_ignores_articles_dots_possessives_and_accents(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("acronym", "words", "fits"),
    [
        ("SDF", ["Syrian", "Democratic", "Forces"], True),
        ("ISIL", ["Islamic", "State", "of", "Iraq", "and", "the", "Levant"], True),
        ("SRTF", ["Syria", "Recovery", "Trust", "Fund"], True),
        ("SDF", ["the", "army"], False),
        ("UN", ["Iraqi", "Army"], False),
        ("NAVCENT", ["Naval", "Forces", "Central", "Command"], True),
        ("CENTCOM", ["Central", "Command"], True),
        ("USCENTCOM", ["U.S.", "Central", "Command"], True),
        ("KURD", ["Kurdish", "Unity"], False),
        ("DAESH", ["Islamic", "State"], False),
        # a small word gives its first letter to a short form of word beginnings
        ("UNFICYP", ["United", "Nations", "Peacekeeping", "Force", "in", "Cyprus"], True),
        ("UNFICYP", ["Force", "in", "Cyprus"], False),
        # a compound word's parts are abbreviated apart
        ("DHQ", ["Defence", "Headquarters"], True),
        ("DHQ", ["Defence", "Housing"], False),
        # dotted initials give every letter
        ("USAID", ["U.S.", "Agency", "for", "International", "Development"], True),
        ("UNSC", ["U.N.", "Security", "Council"], True),
        ("USAID", ["Agency", "for", "International", "Development"], False),
    ],
    ids=["sdf", "isil", "srtf", "army", "un", "syllabic", "syllabic-two", "dotted", "one-piece", "no-fit",
         "syllabic-small-word", "syllabic-first-word", "compound", "compound-missing", "dotted-initials",
         "dotted-initials-un", "dotted-initials-missing"],
)
def test_acronym_fits_its_long_form(acronym: str, words: list[str], fits: bool) -> None:
    assert fits_acronym(acronym, words) is fits


@pytest.mark.parametrize(
    ("text", "expected"),
    [("SDF", True), ("U.N.", True), ("CJTF-OIR", True), ("Syria", False), ("A", False)],
)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Mustafa Bali", {"bali", "mustafa"}),
        ("Abu Bakr al-Baghdadi", {"al baghdadi", "baghdadi"}),
        ("Madonna", set()),
        ("Ed Lu", {"lu"}),
        ("Andrew Ng", {"andrew", "ng"}),
        ("Mary Do", {"mary"}),
        ("ed lu", {"lu"}),
    ],
    ids=["two-words", "arabic-article", "one-word", "two-letter-surname", "two-letter-surname-2",
         "english-word-is-no-surname", "name-key"],
)
def test_short_forms_of_a_full_name(name: str, forms: set[str]) -> None:
    assert short_forms(name) == forms


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Omar Abu Anas", {"omar"}),  # a common given name opens it; a closing kunya is no surname
        ("Abu Bakr al-Baghdadi", {"al baghdadi", "baghdadi"}),  # a particle opens it: no given name
        ("Juan Miguel Gonzalez", {"juan", "gonzalez"}),
        ("Xu Qiliang Wang", {"wang"}),  # not a given name of the list
    ],
)
def test_a_longer_name_is_called_by_a_common_given_name(name: str, forms: set[str]) -> None:
    assert short_forms(name, frozenset({"omar", "juan", "abu"})) == forms


_GIVEN = frozenset({"ricardo", "luis", "alberto", "alvaro", "katie", "lee", "harvey", "mohammed", "hugo"})
_TWO_SURNAME_GIVEN = frozenset({"ricardo", "luis", "alberto", "alvaro"})


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        # a Spanish name's first surname is the one written alone
        ("Ricardo Valdivia Torres", {"ricardo", "valdivia", "torres"}),
        ("Luis Alberto Ramírez Castañeda", {"luis", "ramirez", "castaneda"}),  # 'Alberto' a given name
        ("Álvaro Contreras Peña", {"contreras", "pena"}),  # the accent read off the key
        # no Spanish given name: a middle name is no surname of its own
        ("Katie Belk Morris", {"katie", "morris"}),
        ("Lee Harvey Oswald", {"lee", "oswald"}),
        # a given name of wider use, before a surname written as Spanish and Portuguese ones are
        ("Hugo Benítez Aquino", {"hugo", "benitez", "aquino"}),
        ("Hugo Fernandez Soto", {"hugo", "fernandez", "soto"}),
        ("Hugo Boss Smith", {"hugo", "smith"}),
        ("Mohammed Shia al-Sudani", {"mohammed", "al sudani", "sudani"}),
    ],
)
def test_the_first_of_two_surnames_after_a_spanish_given_name(name: str, forms: set[str]) -> None:
    assert short_forms(name, _GIVEN, _TWO_SURNAME_GIVEN) == forms


def test_the_spanish_given_names_are_a_part_of_the_given_names() -> None:
    from bagouz_extract.components.gender_lexicon import gender_words, two_surname_given_names

    spanish = two_surname_given_names()
    assert {"ricardo", "alvaro", "luis", "ximena"} <= spanish
    assert not {"katie", "mary", "john"} & spanish
    assert spanish <= set(gender_words("given_names"))


def test_possessive_country_becomes_its_demonym() -> None:
    demonyms = load_registry().demonym_of
    assert possessive_to_demonym("Syria's democratic forces", demonyms) == "Syrian democratic forces"
    assert possessive_to_demonym("Bob's forces", demonyms) == "Bob's forces"


def test_acronym_long_form_keeps_the_state_word_before_it() -> None:
    doc = spacy.blank("en")("Ships joined U.S. Naval Forces Central Command (NAVCENT) today.")
    spans = {(s.label_, s.text) for s in acronym_spans(doc, load_registry())}
    assert ("acronym_long", "U.S. Naval Forces Central Command") in spans


def test_in_text_acronym_definition_is_found_without_a_model() -> None:
    doc = spacy.blank("en")("The Kurdistan Free Relief Network (KFRN) opened a clinic. KFRN said so.")
    spans = {(s.label_, s.text) for s in acronym_spans(doc)}
    assert ("acronym_long", "Kurdistan Free Relief Network") in spans
    assert ("acronym_use", "KFRN") in spans


@pytest.mark.parametrize(
    ("text", "long_form"),
    [
        ("The Coordinating Committee on Manipur Integrity (COCOMI) called a strike.",
         "Coordinating Committee on Manipur Integrity"),
        ("Both signed the Strategic Arms Reduction Treaty (START) in 1991.", None),
        ("The Indigenous Tribal Leaders' Forum (ITLF) called a strike.", "Indigenous Tribal Leaders' Forum"),
    ],
    ids=["body", "a-things-name", "apostrophe"],
)
def test_a_long_form_joined_by_on(text: str, long_form: str | None) -> None:
    doc = spacy.blank("en")(text)
    long_forms = [s.text for s in acronym_spans(doc) if s.label_ == "acronym_long"]
    assert long_forms == ([long_form] if long_form else [])


TRANSLATED_LONG_FORMS = [
    # (text, the long form found or None)
    ("The far-right Alternative for Germany (AfD) gained seats.", "Alternative for Germany"),
    ("Lindner leads the Free Democrats (FDP), a liberal party.", "Free Democrats"),
    ("President Joe Biden (PD) spoke on Monday.", None),  # a title opens no body's name
    ("They signed the Strategic Arms Reduction Treaty (START) in 1991.", None),  # a thing's name
    ("Officials of the Alternative (AFD) met.", None),  # one word
    # an English name for a short form in its own language, in another word order
    ("The National Front for the Defence of the Constitution (FNDC) called a protest.",
     "National Front for the Defence of the Constitution"),
    ("The Kanak and Socialist National Liberation Front (FLNKS) met.",
     "Kanak and Socialist National Liberation Front"),
    ("The ruling National Council for the Safeguard of the Homeland (CNSP) spoke.",
     "National Council for the Safeguard of the Homeland"),  # one letter apart: Patrie
    ("The Grand Old Party Leadership Council (XYZ) met.", None),  # initials far apart
]


@pytest.mark.parametrize(("text", "long_form"), TRANSLATED_LONG_FORMS)
def test_a_short_form_in_its_own_language_keeps_the_name_before_it(text: str, long_form: str | None) -> None:
    spans = [s.text for s in acronym_spans(spacy.blank("en")(text)) if s.label_ == "acronym_long"]
    assert spans == ([long_form] if long_form else [])


QUOTES = [
    ('He said: "We will win." Then he left.', ["We will win."]),
    ("He said: “We will win.” Then he left.", ["We will win."]),
    ("“First part.\n“Second part.”\nAfter.", ["First part. Second part."]),
    ("“Open and never closed\nNext paragraph.", ["Open and never closed"]),
    ("A stray close” does nothing.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    QUOTES,
    ids=["straight", "curly", "two-paragraphs", "unclosed", "stray-close"],
)
def test_find_quotes_handles_marks_and_paragraphs(text: str, expected: list[str]) -> None:
    assert [quote_text(text, q) for q in find_quotes(text)] == expected


def test_multi_paragraph_quote_keeps_one_segment_per_paragraph() -> None:
    text = "“First part.\n“Second part.”"
    (quote,) = find_quotes(text)
    assert [text[s:e] for s, e in quote.segments] == ["First part.", "Second part."]


def test_a_key_given_twice_in_a_data_file_fails_naming_it() -> None:
    from bagouz_extract.resources import _unique_keys

    text = '{"titles": {"words": ["Mr"]}, "titles": {"words": ["Dr"]}}'
    with pytest.raises(DataFileError, match=r"data/x\.json: key 'titles' appears twice"):
        json.loads(text, object_pairs_hook=_unique_keys("x.json"))
    assert json.loads('{"a": {"a": 1}}', object_pairs_hook=_unique_keys("x.json")) == {"a": {"a": 1}}


def test_every_data_file_loads_with_unique_keys() -> None:
    from importlib import resources

    folder = resources.files("bagouz_extract").joinpath("data")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".json")]
    assert names and all(load_json(name) is not None for name in names)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a members' or owners' body keeps its kind whatever government words come before it
        ("Springfield Police Officers Association", "organization"),
        ("Police Union", "organization"),
        ("Lawrence Agency Corp.", "organization"),
        ("Citizens Police Academy", "organization"),
        # a legislature's committee, a police department, a Louisiana parish's police jury govern
        ("Senate Finance Committee", "government"),
        ("Springfield Police Department", "government"),
        ("DeSoto Parish Police Jury", "government"),
        # a police force is a state's security force, as its armed forces are
        ("Royal Thai Police", "military"),
        ("National Police Service", "military"),
        ("Carabineros de Chile", "military"),
        # the last word names the kind of body, whatever words for another kind come before it
        ("U.S. Naval Forces Central Command", "military"),
        ("Higher Relief Council", "government"),
        ("Saudi Press Agency", "media"),
        ("Xinhua News Agency", "media"),
        # a word any body may end in leaves the kind to the other words
        ("5th Special Forces Group", "armed_group"),
        ("LIN Broadcasting Corp.", "media"),
        # a name with 'of' or 'for' has its head before them
        ("Syrian Observatory for Human Rights", "ngo"),
        # a unit of a force is the force's kind, a military one
        ("Explosive Ordnance Disposal Mobile Unit", "military"),
        ("Naval Special Warfare Unit Three", "military"),
        # a division or unit of a civil office is none: no number, no service's word
        ("Georgia Environmental Protection Division", "organization"),
        ("Division of Highways", "organization"),
        ("Drug Enforcement Unit", "organization"),
        ("Patrol Division", "organization"),
        # numbered, or named with a service's word, or a faction's name: military still
        ("2nd Marine Division", "military"),
        ("101st Airborne Division", "military"),
        ("Hamza Division", "military"),
        # a formation of the police is the state's force, whatever its head ('battalion', 'force')
        ("Special Police Operations Battalion", "military"),
        ("Police Mobile Force", "military"),
        ("Popular Mobilization Brigade", "armed_group"),
    ],
)
def test_the_last_word_of_a_name_decides_its_kind(name: str, kind: str) -> None:
    assert _org_kind(name) == kind



@pytest.mark.parametrize(
    ("written", "actor"),
    [
        ("Sultan Murad group", "sultan-murad-division"),
        ("Nour al-Din al-Zenki faction", "nour-al-din-al-zenki"),
        ("Sultan Murad militia", "sultan-murad-division"),
    ],
)
def test_an_armed_groups_name_with_a_plain_group_noun_for_its_head_is_the_group(
    written: str, actor: str
) -> None:
    assert load_registry().keys[name_key(written)] == actor


def test_a_one_word_stem_gets_no_group_noun_form() -> None:
    # 'Hamza Division' -> 'Hamza group' would be too loose a name to register
    assert name_key("Hamza group") not in load_registry().keys


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "long_form"),
    [
        ("The United Nations Assistance Mission in Afghanistan (UNAMA) said 12 died.",
         "United Nations Assistance Mission in Afghanistan"),
        # 'in' joins a long form before a place only: a certificate's name is no body
        ("She earned a Professional in Human Resources (PHR) certificate last year.", None),
    ],
    ids=["in-a-place", "in-no-place"],
)
def test_a_long_form_joined_by_in_before_a_place(text: str, long_form: str | None) -> None:
    from bagouz_extract.api import get_pipeline

    doc = get_pipeline()(text)
    long_forms = [s.text for s in acronym_spans(doc) if s.label_ == "acronym_long"]
    assert long_forms == ([long_form] if long_form else [])


# tokens_with reads each distinct word once; it must give what a scan of every token gives,
# in order, within doc[start:stop] (stop may count from the end). (start, stop)
TOKENS_WITH_SLICES = [(0, None), (1, -1), (1, -2), (3, 9), (0, -20), (5, 5)]


@pytest.mark.parametrize(("start", "stop"), TOKENS_WITH_SLICES)
def test_tokens_with_gives_what_a_scan_of_every_token_gives(start: int, stop: int | None) -> None:
    from bagouz_extract.components.actors import tokens_with

    doc = spacy.blank("en")("The SDF ( SDF ) said the SDF and the YPG took Raqqa ( the city ) .")
    for keep in ("(".__eq__, "the".__eq__, {"SDF", "YPG"}.__contains__, str.isupper):
        expected = [t.i for t in doc[start:stop] if keep(t.text)]
        assert [t.i for t in tokens_with(doc, keep, start, stop)] == expected
    other = spacy.blank("en")("Another ( text ) .")  # a new doc is read afresh
    assert [t.i for t in tokens_with(other, "(".__eq__)] == [1]


@pytest.mark.parametrize(("start", "stop"), TOKENS_WITH_SLICES)
def test_tokens_among_gives_what_a_scan_of_every_token_gives(start: int, stop: int | None) -> None:
    from bagouz_extract.components.actors import tokens_among

    doc = spacy.blank("en")("The SDF ( SDF ) said the SDF and the YPG took Raqqa ( the city ) .")
    for words in (("(",), {"the"}, frozenset({"SDF", "YPG", "absent"}), ()):
        expected = [t.i for t in doc[start:stop] if t.text in words]
        assert [t.i for t in tokens_among(doc, words, start, stop)] == expected
        lowered = [t.i for t in doc[start:stop] if t.lower_ in words]
        assert [t.i for t in tokens_among(doc, words, start, stop, lower=True)] == lowered
    other = spacy.blank("en")("Another ( text ) .")  # a new doc is read afresh
    assert [t.i for t in tokens_among(other, ("(",))] == [1]


def test_the_doc_cache_gives_what_spacy_gives() -> None:
    from bagouz_extract.doc_cache import doc_ents, doc_text, token_lowers, token_texts

    nlp = spacy.blank("en")
    for text in ("", "One", "The  SDF said:\n\n“We took Raqqa.” ", "Nothing\there"):
        doc = nlp(text)
        doc.ents = [doc.char_span(0, 3, label="ORG")] if text.startswith("The") else []
        assert doc_text(doc) == doc.text
        assert token_texts(doc) == [t.text for t in doc]
        assert token_lowers(doc) == [t.lower_ for t in doc]
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == spans
