"""Person names the model splits or calls an organisation: lower-case particles inside a
name ('de Mistura', 'von der Leyen'), names apposed to a role or speaking (needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_of, actor_with, sheet, speaker_name

from bagouz_extract.components.actors import registry_words

# --- no model ------------------------------------------------------------------------------


def test_surname_particles_leave_out_english_words() -> None:
    particles = registry_words("surname_particles")
    assert {"de", "von", "der", "bin", "al"} <= particles
    assert not {"as", "at", "an", "-"} & particles  # 'Gonzalez as Elian', 'Shelby at Columbia'


# --- model ---------------------------------------------------------------------------------

PERSONS = [
    # (text, the person's mention): one person, the whole name
    ("The UN envoy for Libya, Bernardo de Luca, said talks would resume.\n", "Bernardo de Luca"),
    ("Marta von der Heide met the Greek prime minister in Brussels on Tuesday.\n", "Marta von der Heide"),
    ("Former defence minister Karin von der Lahn said the mission would continue.\n", "Karin von der Lahn"),
    ("Special Envoy Paolo de Santis said the ceasefire was holding.\n", "Paolo de Santis"),
    ("Mark Osborne, the Dutch prime minister, said Pieter van den Broek would lead.\n",
     "Pieter van den Broek"),
    ("Staffan de Mistura told reporters in Geneva that progress had been made.\n", "Staffan de Mistura"),
    # an honorific before a one-word name the model calls an organisation
    ("Mr Bishop said Australia remained deeply concerned.\n", "Bishop"),
    # a noun for a person before a name the model leaves untagged, which reports
    ('The mission condemned the attack. "Such acts are unacceptable," mission chief El-Ghassim '
     "Wane said in a post on X.\n", "El-Ghassim Wane"),
    ("The UN condemned it. The mission chief El-Ghassim Wane said such acts were unacceptable.\n",
     "El-Ghassim Wane"),
    # the same, where the model calls part of the name an organisation ('Singh Sekhon': ORG)
    ('"When police stations are not safe, who is?" Shiromani Akali Dal spokesperson Paramjit Singh '
     "Sekhon said.\n", "Paramjit Singh Sekhon"),
    # a given name opening name words the model misses, apposed to a title or before an alias
    ("Guterres has been informed of today's events, as has his Personal Envoy on Cyprus, María Ángela "
     "Holguín Cuéllar.\n", "María Ángela Holguín Cuéllar"),
    ("The coalition of dissident fronts is led by Néstor Gregorio Vera, better known as Iván "
     "Mordisco.\n", "Néstor Gregorio Vera"),
    # a South Asian given name (data given-names-*-south-asian)
    ("Among the dead was Ganesh Madkam, also known as Rajesh, a member of the Dandakaranya Special Zonal "
     "Committee (DKSZC) of the banned Communist Party of India (Maoist), Sahu said.\n", "Ganesh Madkam"),
    # a month's name as a surname, which the model reads as a date, a modal verb or not at all
    ("Prime Minister Theresa May made a statement to the House of Commons.\n", "Theresa May"),
    ("Theresa May said on Monday that the talks would go on.\n", "Theresa May"),
    # a name of a given name joined by a hyphen that the model runs into a body's name
    ("President of the European Commission Jean-Claude Juncker met the envoy in Brussels.\n",
     "Jean-Claude Juncker"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), PERSONS)
def test_a_name_with_particles_is_one_person(text: str, mention: str) -> None:
    s = sheet(text)
    person = next((a for a in s.actors if a.name == mention), None)
    assert person is not None, [a.name for a in s.actors]
    assert person.kind == "person"
    assert not [a for a in s.actors if a.name in mention and a.name != mention]  # no part alone


NOT_PERSONS = [
    # an organisation's name with no person context stays no person
    ("Goldman Sachs said profits rose in the third quarter.\n", "Goldman Sachs"),
    # a small English word between names joins nothing
    ("He played Maria Lopez as Elena in the film.\n", "Maria Lopez as Elena"),
    # a ship with its navy's prefix, a shoal, a landform's opener: places and vessels
    ("Coast guard ships blocked the resupply mission to BRP Sierra Madre on Sunday.\n", "BRP Sierra Madre"),
    ("Chinese vessels fired water cannon near Ayungin Shoal on Sunday.\n", "Ayungin Shoal"),
    ("Police found the body near Point Cruz in Honiara.\n", "Point Cruz"),
    ("The fighters hid on Mount Mghila for months.\n", "Mount Mghila"),
    # a name the text writes as a place's elsewhere: after 'near', in a list of villages
    ("Fighting\n\nThe bomb struck a truck between Altun Kupri and Dibis. Troops exchanged fire at a "
     "checkpoint near Altun Kupri.\n", "Altun Kupri"),
    ("Shelling\n\nShells landed in and around the villages of Kok Mon and Thnal Bat, killing two "
     "civilians.\n", "Thnal Bat"),
    # ... after 'at' with 'in' and a place after it; in the town or village of
    ("Sri Lanka: Dongora mass grave must be investigated\n\nThe remains of at least 140 people in a "
     "mass grave at Dongora in Sri Lanka must lead to an inquiry, the group said.\n\nDongora first came "
     "to public attention in 1998, when a soldier told a court that bodies had been buried there.\n",
     "Dongora"),
    # a state's demonym before a community's word: a people ('Congolese Tutsi')
    ("Rebels\n\nThe group sees things differently. In a post on X, its spokesman, Eloi Habimana, accused "
     "the army of burning villages of the Banyamulenge community on the plateaux.\n\nThe Banyamulenge, "
     "Congolese Tutsi, have their own armed group, Twirwaneho, which has drawn closer to the M23. A feud "
     "over cattle goes on.\n", "Congolese Tutsi"),
    # a lone name word an adjective in small letters describes: a people's or a thing's
    ("Clashes\n\nBut local Tebu and Tuareg armed groups have kept a hold on parts of Sabha.\n", "Tebu"),
    ("Visit\n\nThe black Labrador chased the boy around the yard.\n", "Labrador"),
    # a common word opening a sentence, which the text also writes in small letters
    ("Officials denied that kidnappings were rising, a senior official told reporters last month.\n\n"
     "Kidnappings have indeed surged. Travellers on the roads fear the gangs.\n", "Kidnappings"),
    # a given name opening a place's name, with no title or alias beside it
    ("The ship docked at Santa Maria Harbour, the port authority said.\n", "Maria Harbour"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), NOT_PERSONS)
def test_no_person_without_a_person_context(text: str, mention: str) -> None:
    actor = actor_with(sheet(text), mention)
    assert actor is None or actor.kind != "person"


@pytest.mark.model
def test_a_national_branch_of_an_international_body_is_not_the_body() -> None:
    s = sheet("The British Red Cross sent volunteers to the camp.\n")
    assert actor_of(s, "British Red Cross").id != "actor-icrc"


@pytest.mark.model
def test_a_portfolio_before_an_apposed_name_holds_no_name() -> None:
    s = sheet(
        "The EU High Representative for Foreign Affairs and Security Policy, Anna Lindqvist, "
        "will chair the conference.\n"
    )
    assert [a.name for a in s.actors if a.kind == "person"] == ["Anna Lindqvist"]


@pytest.mark.model
def test_a_lone_surname_listed_with_named_people_is_a_person() -> None:
    s = sheet("Secretary of State Madeleine Albright, Berger and Defense Secretary William Cohen met.\n")
    assert actor_of(s, "Berger").kind == "person"


NICKNAMES = [
    # (text, the person's name, the mention): a quoted nickname between given name and surname
    ('Brig. Gen. Richard "Tex" Coe said the strikes continued.\n', "Richard Coe", 'Richard "Tex" Coe'),
    ('Col. John "J.D." Dorrian, a spokesman, said it was over.\n', "John Dorrian", 'John "J.D." Dorrian'),
    ("The boxer Marvin “Marvelous” Hagler died on Saturday.\n", "Marvin Hagler", "Marvin “Marvelous” Hagler"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "mention"), NICKNAMES)
def test_a_quoted_nickname_stays_inside_the_name(text: str, name: str, mention: str) -> None:
    s = sheet(text)
    person = next((a for a in s.actors if a.name == name), None)
    assert person is not None, [a.name for a in s.actors]
    assert any(mention in m.text for m in person.mentions)
    assert not s.quotes  # the nickname is no quotation


@pytest.mark.model
def test_a_two_letter_surname_later_is_the_same_person() -> None:
    s = sheet('Ed Lu, an astronaut, said the crew was well. Lu added: "We are fine."\n')
    lu = actor_of(s, "Ed Lu")
    assert [m.text for m in lu.mentions] == ["Ed Lu", "an astronaut", "Lu"]  # the apposition names him too
    assert s.quotes and s.quotes[0].speaker == lu.id


@pytest.mark.model
def test_an_initialism_is_no_two_letter_surname() -> None:
    s = sheet("Officials in the UK said so. Tom Uk said no.\n")
    assert [m.text for m in actor_of(s, "Tom Uk").mentions] == ["Tom Uk"]


@pytest.mark.model
def test_a_body_the_model_runs_into_a_persons_name_stays_a_body() -> None:
    s = sheet("Talks\n\nThe European Commission Jean-Claude Juncker said the plan would hold.\n")
    assert actor_named(s, "Jean-Claude Juncker").kind == "person"
    assert actor_named(s, "European Commission").kind != "person"


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "mention"), [
    ("Brian May said on Monday that the band would tour.\n", "Brian May", "Brian May"),
    ("The deal was signed. Mrs May told MPs on Monday that it would hold.\n", "May", "Mrs May"),
])
def test_a_months_name_after_a_given_name_or_honorific_is_a_surname_not_a_date(
    text: str, person: str, mention: str
) -> None:
    s = sheet(text)
    assert mention in [m.text for m in actor_named(s, person).mentions]
    assert "May" not in [m.text for d in s.dates for m in d.mentions]


GIVEN_NAME_TITLES = [
    # (text, the person, the later mention): one word under a title used with a given name
    ("Sheikh Hamad bin Khalid met the envoy. Sheikh Hamad said ties were strong.\n",
     "Hamad bin Khalid", "Sheikh Hamad"),
    ("Sheikh Tamim bin Hamad Al Thani met the envoy. Sheikh Tamim said talks went well.\n",
     "Tamim bin Hamad Al Thani", "Sheikh Tamim"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "mention"), GIVEN_NAME_TITLES)
def test_a_given_name_under_its_title_is_the_fuller_name(text: str, name: str, mention: str) -> None:
    s = sheet(text)
    people = [a for a in s.actors if a.kind == "person"]
    assert [a.name for a in people] == [name]
    assert mention in [m.text for m in people[0].mentions]


@pytest.mark.model
def test_a_given_name_two_people_open_with_stays_apart() -> None:
    s = sheet("Sheikh Tamim bin Hamad met Sheikh Tamim bin Zayed. Sheikh Tamim said talks went well.\n")
    assert not any(m.text == "Sheikh Tamim" for a in s.actors for m in a.mentions)


@pytest.mark.model
def test_a_name_after_a_title_keeps_the_rule_that_found_it() -> None:
    s = sheet("Sheikh Tamim bin Hamad Al Thani met the envoy on Monday.\n")
    assert all(m.rule for a in s.actors for m in a.mentions)


@pytest.mark.model
def test_an_editors_brackets_stay_out_of_the_name() -> None:
    s = sheet("“The town looked empty, as I know [separatist leader Eduard] Kokoity has left,” he said.\n")
    assert "Eduard Kokoity" in [a.name for a in s.actors], [a.name for a in s.actors]


TITLES_INSIDE_NAMES = [
    # (text, the person's name): a title the model read into the name stays out of it
    ("Chief Constable Sara Thornton said the force was ready.\n", "Sara Thornton"),
    ("Fire Marshal Bob Dunn said the blaze was set.\n", "Bob Dunn"),
    ("Her Majesty's Ambassador, Tom Fletcher, said the talks went well.\n", "Tom Fletcher"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), TITLES_INSIDE_NAMES)
def test_a_title_the_model_read_into_a_name_stays_out(text: str, name: str) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors if a.kind == "person"] == [name]


@pytest.mark.model
def test_a_surname_that_is_a_title_word_stays_in_the_name() -> None:
    s = sheet("John Marshal Smith said the plan was sound.\n")
    assert [a.name for a in s.actors if a.kind == "person"] == ["John Marshal Smith"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Jamal Haddad, a Syrian journalist, was killed in Istanbul on Tuesday.\n", "Jamal Haddad"),
    ("Nadia Murad, a Yazidi activist, won the prize in Oslo.\n", "Nadia Murad"),
    # no common given name: a body's office closed by a comma says a person
    ("Kosrat Rasul, the PUK's first deputy secretary-general, blamed a small group.\n", "Kosrat Rasul"),
    # a given name and a surname, then where the person is from
    ("Show\n\nJane Doyle, of Akron, brought her dog to compete.\n", "Jane Doyle"),
    # a role noun after the capitalised words of a prize's name
    ("Nadia Murad, the Nobel Peace Prize laureate, called on Baghdad and Erbil to act.\n", "Nadia Murad"),
    # one word, then an age and a noun for a person
    ("Camps\n\nIn the camps near Tindouf the mood is bleak. Mahjouba, a 38-year-old teacher who asked "
     "that only her first name be used, said the vote changed nothing.\n", "Mahjouba"),
], ids=["split-into-two-places", "one-place", "body-office-apposition", "of-a-place", "prize-laureate",
        "one-word-with-age"])
def test_a_name_the_model_took_for_a_place_is_a_person_by_its_apposition(text: str, name: str) -> None:
    s = sheet(text)
    assert name in [a.name for a in s.actors if a.kind == "person"], [a.name for a in s.actors]
    assert name not in [p.name for p in s.places]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("The State Department designated Sami Jasim Muhammad al-Jaburi, known as Hajji Hamid.\n",
     "Sami Jasim Muhammad al-Jaburi"),
    # titles before the given name
    ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said mediators were "
     "\"working around the clock.\"\n", "Mohammed bin Abdulrahman Al Thani"),
], ids=["plain", "after-titles"])
def test_two_names_the_model_reads_side_by_side_are_one_long_name(text: str, name: str) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors if a.kind == "person"] == [name]


@pytest.mark.model
def test_a_place_before_an_office_is_no_person() -> None:
    s = sheet("New York, the mayor said, is safe at night.\n")
    assert "New York" in [p.name for p in s.places]
    assert not [a for a in s.actors if a.kind == "person" and a.name == "New York"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "names"), [
    ("Secretary of State Antony J. Blinken arrived in Doha. Blinken said talks went well.\n",
     ["Antony J. Blinken"]),
    ("Emir Sheikh Tamim bin Hamad Al Thani met the envoy in Doha.\n", ["Tamim bin Hamad Al Thani"]),
], ids=["middle-initial-opens-the-models-name", "titles-alone-are-no-person"])
def test_persons_of_titles_and_initials(text: str, names: list[str]) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors if a.kind == "person"] == names


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Senate President Pro Tem Jim Smith said the bill would pass.\n", "Jim Smith", "President Pro Tem"),
    ("Fire Marshal Bob Dunn said the blaze was set.\n", "Bob Dunn", "Fire Marshal"),
], ids=["pro-tem", "fire-marshal"])
def test_a_title_of_several_words_is_the_role(text: str, name: str, role: str) -> None:
    s = sheet(text)
    people = [a for a in s.actors if a.kind == "person"]
    assert [(a.name, a.roles) for a in people] == [(name, [role])]


@pytest.mark.model
def test_a_word_the_model_read_into_a_name_written_without_it_is_the_same_person() -> None:
    s = sheet(
        "SOUTH CHARLESTON, W.Va. -- Restaurateur Bill Sohovich is giving Southridge another go, but "
        'this time he\'s opening slowly. "We made some mistakes and we know we did," Sohovich said. '
        '"They expect more from Bill Sohovich than home-cooked food."\n'
    )
    people = [a for a in s.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Bill Sohovich"]


@pytest.mark.model
def test_a_given_name_opening_a_longer_name_is_another_person() -> None:
    s = sheet("Mary Ann Smith met Ann Smith at the school board meeting on Monday.\n")
    assert sorted(a.name for a in s.actors if a.kind == "person") == ["Ann Smith", "Mary Ann Smith"]


@pytest.mark.model
def test_a_reporting_verb_set_off_after_a_name_makes_no_apposition() -> None:
    s = sheet("Lawyer Ed Kotzer wrote a book. One woman, Kotzer said, had terminal cancer.\n")
    kotzer = actor_with(s, "Kotzer")
    assert kotzer is not None and kotzer.roles == []
    assert "One woman" not in [m.text for m in kotzer.mentions]


def test_a_registered_person_written_otherwise_keeps_the_written_surname() -> None:
    # the registry names him Mazloum Abdi; the text's own surname still takes him up
    s = sheet('SDF commander Mazloum Kobani spoke on Monday. "The war is over," Kobani said.\n')
    person = actor_with(s, "Mazloum Kobani")
    assert person is not None and "Kobani" in [m.text for m in person.mentions]
    assert [q.speaker for q in s.quotes] == [person.id]


def test_a_title_before_a_registered_name_is_no_short_name() -> None:
    s = sheet("He was appointed by then-President Putin in 2007. President Dmitry Medvedev welcomed it.\n")
    putin = actor_with(s, "President Putin")
    assert putin is not None
    assert all("Medvedev" not in m.text and m.text != "President" for m in putin.mentions)


SURNAMES_AS_PLACES = [
    # (text, the full name, the later word: a place after a place preposition, a person otherwise)
    ("Mayor Karen Weston spoke on Monday. Fighting in Weston went on.\n", "Karen Weston", False),
    ("Gary Athens spoke on Monday. Protests in Athens went on.\n", "Gary Athens", False),
    ("Janet Reno spoke on Monday. His second letter to Reno was published.\n", "Janet Reno", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "joins"), SURNAMES_AS_PLACES)
def test_a_surname_after_a_place_preposition_is_the_place(text: str, name: str, joins: bool) -> None:
    person = actor_named(sheet(text), name)
    later = name.split()[-1]
    assert person is not None
    assert ([m.text for m in person.mentions].count(later) == 1) is joins


@pytest.mark.model
def test_a_surname_after_the_arabic_article_the_model_reads_as_a_body_is_the_person() -> None:
    """'Burhan' of 'Abdel Fattah al-Burhan', which the model calls an organisation twice."""
    s = sheet(
        "The army is led by General Abdel Fattah al-Burhan. Burhan said the war would go on. "
        "Burhan's government is based in Port Sudan."
    )
    people = [a.name for a in s.actors if "Burhan" in a.name and a.kind == "person"]
    assert people == ["Abdel Fattah al-Burhan"]
    assert actor_of(s, "Burhan's government").kind == "government"  # the body he heads, not him
    person = actor_named(s, "Abdel Fattah al-Burhan")
    assert person is not None and len(person.mentions) == 3


# a name set off by commas after a role, which the model misses or calls a product
ROLE_THEN_NAME_CASES = [
    ("defence-minister", "Ukraine's Defence Minister, Rustem Umerov, thanked the UK for its support.",
     "Rustem Umerov", "Defence Minister"),
    ("mp-for", "The Labour MP for Hampstead and Highgate, Tulip Siddiq, who campaigned for her release, "
     'said the government had "learned nothing".', "Tulip Siddiq", "Labour MP for Hampstead and Highgate"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("case", "text", "name", "role"), ROLE_THEN_NAME_CASES, ids=[c[0] for c in ROLE_THEN_NAME_CASES]
)
def test_a_name_set_off_after_a_role_is_a_person(case: str, text: str, name: str, role: str) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and person.kind == "person" and role in person.roles


@pytest.mark.model
def test_names_set_off_after_a_phrase_with_no_role_are_no_person() -> None:
    """A list of places after a comma is no apposed name."""
    s = sheet("The talks moved from the old venue, Palm Springs, to a hotel in the city.")
    assert actor_named(s, "Palm Springs") is None


@pytest.mark.model
def test_a_double_barrelled_surname_later_is_the_same_person() -> None:
    text = (
        "Dublin Mayor Marilee Chinnici-Zuercher opened the meeting. \"We have had a tremendous workload "
        'this year," Chinnici-Zuercher said. The "Netanyahu-Lieberman-Barak" government was formed after '
        "Avigdor Lieberman joined.\n"
    )
    s = sheet(text)
    mayor, minister = actor_named(s, "Marilee Chinnici-Zuercher"), actor_named(s, "Avigdor Lieberman")
    assert mayor is not None and "Chinnici-Zuercher" in [m.text for m in mayor.mentions]
    assert [speaker_name(s, q) for q in s.quotes] == ["Marilee Chinnici-Zuercher"]
    # a word of a hyphened chain no one's short name spells is still read alone
    assert minister is not None and "Lieberman" in [m.text for m in minister.mentions]


@pytest.mark.model
def test_a_nationality_of_two_words_the_model_calls_a_person_is_no_person() -> None:
    # the small model reads 'Sri Lankan' before 'political' as a person's name
    text = "Outlook\n\nAnalysts expect Sri Lankan political leaders to talk about disarmament.\n"
    s = sheet(text)
    assert not [a.name for a in s.actors if a.kind == "person" and "Lankan" in a.name]


@pytest.mark.model
def test_an_age_apposition_after_a_state_name_makes_no_person() -> None:
    s = sheet("Talks\n\nThey met in Mali, a 60-year-old republic, said one delegate.\n")
    assert "Mali" not in [a.name for a in s.actors if a.kind == "person"]


@pytest.mark.model
def test_a_somali_given_name_alone_is_the_person_named_in_full() -> None:
    s = sheet('Dr Fadumo Ali Osman, director of Madina Hospital, said 40 wounded arrived. "Most of the '
              'injuries are from bullets," Dr. Fadumo said.\n')
    person = actor_named(s, "Fadumo Ali Osman")
    assert person is not None
    assert actor_named(s, "Fadumo") is None
    assert all(speaker_name(s, q) == "Fadumo Ali Osman" for q in s.quotes)


BAWM = (
    "Fighting\n\nThe group claimed it had acted to defend Bawm villages. Residents said many Bawm families "
    "had left their homes. “The children have not been to school for a week,” said Lalrem Sanga Bawm, a "
    "member of the Bawm Social Council."
)


@pytest.mark.model
def test_a_person_a_role_apposition_names_is_one_though_a_word_of_the_name_is_a_place() -> None:
    # 'Bawm villages' makes 'Bawm' a place word; the role after the name still says who it is
    s = sheet(BAWM)
    person = actor_of(s, "Lalrem Sanga Bawm")
    assert [q.speaker for q in s.quotes] == [person.id]


@pytest.mark.model
def test_a_short_name_the_text_uses_as_a_place_before_a_noun_is_no_mention_of_the_person() -> None:
    person = actor_of(sheet(BAWM), "Lalrem Sanga Bawm")
    assert [m.text for m in person.mentions if m.rule == "coref_short"] == []


# two to four name words before an age in brackets are a person's name, whatever the model
# read them as; a bracketed number after a longer capitalised run or glued to a word is none
BRACKETED_AGES = [
    ("two-victims-listed",
     "The dead were named as Thokchom Ibomcha Singh (48) and Ramesh Chandra Yadav (61), both farmers.",
     ["Ramesh Chandra Yadav", "Thokchom Ibomcha Singh"]),
    ("one-accused",
     "Police arrested Sunil Kumar Rai (34) on Monday after the raid in the village.",
     ["Sunil Kumar Rai"]),
    ("no-age-glued-to-a-word", "The clause Section Twelve(3) of the act was read out.", []),
]


@pytest.mark.parametrize(
    ("text", "names"), [c[1:] for c in BRACKETED_AGES], ids=[c[0] for c in BRACKETED_AGES]
)
def test_name_words_before_an_age_in_brackets_are_a_person(text: str, names: list[str]) -> None:
    s = sheet(text)
    assert sorted(a.name for a in s.actors if a.kind == "person") == names


def test_a_one_word_name_after_an_untagged_name_word_is_no_short_form() -> None:
    # the model reads only 'Singh' of 'Kh Romesh Singh': no short name of the victim named before
    s = sheet(
        "The dead were named as Laishram Tomba Singh (52), a farmer.\n\n"
        '"The firing went on for an hour," Inspector General of Police (Zone-II) Kh Romesh Singh '
        "told PTI.\n"
    )
    victim = actor_named(s, "Laishram Tomba Singh")
    assert victim is not None and [m.text for m in victim.mentions] == ["Laishram Tomba Singh"]
    assert all(q.speaker != victim.id for q in s.quotes)


# police and army ranks of South Asian and other forces open a name as titles do; the rank is
# the person's role, no word of the name
RANK_TITLES = [
    ("head-constable", "Head Constable Ram Lal was injured in the attack.", "Ram Lal", "Head Constable"),
    ("sub-inspector", "Sub-Inspector Anil Kumar said the crowd threw stones.", "Anil Kumar", "Sub-Inspector"),
    ("ranger", "Ranger Muhammad Sulaiman Doloh was killed by the bomb.", "Muhammad Sulaiman Doloh", "Ranger"),
    ("havildar", "Havildar Bikram Thapa was wounded near the post.", "Bikram Thapa", "Havildar"),
    # Nigerian and South Asian police ranks by their initials
    ("sp", "Talks\n\nSP Henry Okechukwu said teams had been deployed.", "Henry Okechukwu", "SP"),
    ("dsp", "Talks\n\nDSP Ade Bello said the road was open.", "Ade Bello", "DSP"),
    ("cp", "Talks\n\nCP Aboki Danjuma ordered the deployment.", "Aboki Danjuma", "CP"),
]


@pytest.mark.parametrize(
    ("text", "name", "role"), [c[1:] for c in RANK_TITLES], ids=[c[0] for c in RANK_TITLES]
)
def test_a_rank_before_a_name_is_its_role(text: str, name: str, role: str) -> None:
    s = sheet(text)
    assert [(a.name, a.roles) for a in s.actors if a.kind == "person"] == [(name, [role])]


# a person's name that opens one longer name written in full before it is that person; not
# when the longer one goes on with a word no name ends in, nor when it opens two
LEADING_NAMES = [
    ("shortened-later",
     "The dead were Ranger Muhammad Sulaiman Doloh and a villager. The army sent condolences to "
     "the family of Ranger Muhammad Sulaiman on Monday.",
     [["Muhammad Sulaiman Doloh", "Muhammad Sulaiman"]]),
    ("two-longer-names",
     "Juan Miguel Gonzalez met Juan Miguel Torres at the court. Later Juan Miguel spoke to the press.",
     [["Juan Miguel Gonzalez"], ["Juan Miguel Torres"], ["Juan Miguel"]]),
]


@pytest.mark.parametrize(
    ("text", "people"), [c[1:] for c in LEADING_NAMES], ids=[c[0] for c in LEADING_NAMES]
)
def test_a_name_opening_one_longer_name_is_that_person(text: str, people: list[list[str]]) -> None:
    s = sheet(text)
    found = [[a.name, *a.aliases] for a in s.actors if a.kind == "person"]
    assert sorted(found) == sorted(people)


# a signature block: a name alone on its line over a role's line is a person with that role,
# and the body named there or on the line after is whom it serves
SIGNATURE_CASES = [
    (
        "statement-byline",
        "Attacks on Eastern Ghouta\nPress Statement\nHeather Nauert\nDepartment Spokesperson\n"
        "Washington, DC\nFebruary 21, 2018\n\nThe United States is deeply concerned by the attacks.",
        "Heather Nauert",
        ["Department Spokesperson"],
        None,
    ),
    (
        "rank-and-body-on-the-next-line",
        "Troops kill bandits\n\nThe Defence Headquarters (DHQ) said troops killed 20 bandits.\n\n"
        "Major General Ibrahim Dauda Kangiwa\nDirector, Defence Media Operations\n"
        "Defence Headquarters, Abuja\n16 June 2025",
        "Ibrahim Dauda Kangiwa",
        ["Major General", "Director, Defence Media Operations"],
        "Defence Headquarters",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "roles", "body"), [c[1:] for c in SIGNATURE_CASES], ids=[c[0] for c in SIGNATURE_CASES]
)
def test_a_signature_names_a_person_with_a_role(
    text: str, name: str, roles: list[str], body: str | None
) -> None:
    s = sheet(text)
    person = actor_named(s, name)
    assert person is not None and person.kind == "person" and person.roles == roles
    ids = {a.id: a.name for a in s.actors}
    assert ids.get(person.affiliation or "") == body


# two capitalised words alone on a line are no person where the next line holds no role, or
# is a sentence
NO_SIGNATURE_CASES = [
    ("no-role-line", "Press Statement\nEastern Ghouta\nWashington, DC\n\nThe attacks went on."),
    ("sentence-after", "Press Statement\nEastern Ghouta\nThe director said the attacks went on.\n"),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in NO_SIGNATURE_CASES], ids=[c[0] for c in NO_SIGNATURE_CASES]
)
def test_a_line_of_capitals_over_no_role_names_no_one(text: str) -> None:
    assert all(a.kind != "person" for a in sheet(text).actors)
