"""Which person a quote's speaker is: a pronoun of a gender, wire-style continuations, and
people a reporting clause speaks of rather than who speaks (needs the model, except the data
file checks)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_with, sheet, speaker_name

from bagouz_extract.components.gender_lexicon import gender_words
from bagouz_extract.components.quotes import find_quotes, quote_text
from bagouz_extract.reconcile.speaker_gender import given_name_gender
from bagouz_extract.resources import load_json


def speakers(text: str) -> list[str | None]:
    s = sheet(text)
    return [speaker_name(s, q) for q in s.quotes]


# 'he said' / 'she said': a person of the pronoun's gender when the text tells one; else, as
# before, the last person who spoke, else the last person named
GENDER_CASES = [
    ("given-name-she", 'Mary Jones met John Smith on Monday. "We will stay in the town," she said.\n',
     ["Mary Jones"]),
    ("given-name-he", 'Mary Jones met John Smith on Monday. "We will stay in the town," he said.\n',
     ["John Smith"]),
    ("honorific-she", 'Mrs. Hale spoke to Mr. Wei on Monday. "We will stay here," she said.\n', ["Hale"]),
    ("honorific-he", 'Mrs. Hale spoke to Mr. Wei on Monday. "We will stay here," he said.\n', ["Wei"]),
    ("role-noun-she",
     'Robin Hale, a spokeswoman for the council, met Tan Wei, the chairman. "We will stay," she said.\n',
     ["Robin Hale"]),
    ("role-noun-he",
     'Robin Hale, a spokeswoman for the council, met Tan Wei, the chairman. "We will stay," he said.\n',
     ["Tan Wei"]),
    ("bound-pronoun-rules-out",
     'Robin Hale said his office would close. Hale met Tan Wei later. "We will stay here," she said.\n',
     ["Tan Wei"]),
    ("bound-pronoun-in-the-next-sentence",
     "Defence Secretary Anna Berg met Tal Hill on Monday. \u201cThe mission is complete,\u201d said "
     "Hill, who led the troops for a year. He thanked his men. \u201cWe thank all our troops,\u201d "
     "she said.\n",
     ["Tal Hill", "Anna Berg"]),
    ("last-speaker-of-the-other-gender",
     '"We lost the vote," said John Smith. Mary Jones, the mayor, arrived later. '
     '"We will stay here," she said.\n',
     ["John Smith", "Mary Jones"]),
    ("unknown-gender-keeps-the-last-speaker",
     '"We lost the vote," said Kim Lee. Police closed the road later. "We will stay here," she said.\n',
     ["Kim Lee", "Kim Lee"]),
    ("named-later-of-the-gender-beats-a-speaker-of-unknown-gender",
     '"We lost the vote," said Kim Lee. Police met Mary Jones later. "We will stay here," she said.\n',
     ["Kim Lee", "Mary Jones"]),
    ("conjoined-verb-completing-another",
     'Lt. Gen. Tom Reed told his troops that their goal is to "restore the town to its people." He went on '
     'to add that "in so doing you will end the war in the whole region."\n',
     ["Tom Reed", "Tom Reed"]),
    ("participle-of-a-verb-with-a-pronoun-subject",
     "Ann Ross cautioned the teens that every action counts. She urged them not to give up control of "
     'their lives, saying, "I have never believed in living in somebody else\'s shadow."\n',
     ["Ann Ross"]),
    ("pronoun-subject-of-the-reported-clause-is-not-the-speaker",
     '"We have to watch what we spend," said Mary Jones. Ann Ross said she would focus on spending as well, '
     'but said she would make "little or no compromise" on the police.\n',
     ["Mary Jones", "Ann Ross"]),
    ("an-infinitive-of-a-noun-reports-nothing",
     "The agency's decision to deny Tom Reed a hearing was ``within the outside border of reasonable "
     "choices for the agency,'' the opinion read.\n",
     [None]),
    ("reporting-verb-nearest-the-quote",
     "Asked about the loss of revenue, as suggested by candidate Tom Reed, Ann Ross responded, "
     '"It is misleading and it is totally inaccurate."\n',
     ["Ann Ross"]),
    ("participle-phrase-after-the-name",
     "Foreign Minister Tal Hill, speaking at a news conference with Anna Berg, said there was no anger.\n\n"
     '"The blast has not made anyone angry here," he said.\n',
     ["Tal Hill"]),
    ("a-paragraph-of-quote-after-a-quote-of-two-sentences",
     '"This is unacceptable. Aid workers are not a target," Tom Reed said.\n\n"We have shared the '
     'coordinates of every convoy. There is no excuse."\n\nThe army said it was looking into it.\n',
     ["Tom Reed", "Tom Reed"]),
    ("the-body-a-verb-addresses-does-not-speak",
     'The State Department urged American citizens to leave Haiti "as soon as possible."\n',
     ["US Department of State"]),
    ("conjoined-verb-after-an-earlier-quote",
     'In a statement, Hezbollah called the killing "a serious assault on Lebanon" and said it "will not '
     'pass without response and punishment."\n',
     ["Hezbollah", "Hezbollah"]),
    ("holder-of-an-office-of-a-noun-not-its-body",
     '"Our teams are overwhelmed," said ICRC head of delegation Francois Moreillon.\n',
     ["Francois Moreillon"]),
    ("subject-of-the-sentence-before",
     '"Sales will fall," said analyst Tom Reed.\n\nAnother analyst, Carl Diaz of First Securities, cut his '
     'rating on the stock. "I do not think the company can recover this year," he said.\n',
     ["Tom Reed", "Carl Diaz"]),
    ("reported-speaker-of-the-sentence-before",
     'Principal Ann Ross drove to the school and saw no damage, according to Mary Jones. '
     '"She did get inside and said things were fine," she said.\n',
     ["Mary Jones"]),
    ("not-a-subject-inside-a-quote",
     '"If this town is going to make it, it will be by hard work," Tom Reed said. '
     '"Carl Diaz said, \'Build the bridge first.\'" To keep the town going, he told members, '
     '"You have got to step up now."\n',
     ["Tom Reed", "Tom Reed", "Tom Reed"]),
    ("not-the-subject-of-another-paragraph",
     '"Sales will fall this year," said Tom Reed. Carl Diaz cut his rating on the stock.\n'
     '"I do not think the company can recover," he said.\n',
     ["Tom Reed", "Tom Reed"]),
]



# wire copy: ``...'' and ''...'' quotes, and a quote that is a paragraph of its own
CONTINUATION_CASES = [
    ("indirect-speech-then-a-quote-paragraph",
     "Village elder Joseph Kiplagat said residents had warned officers about the bandits.\n\n"
     "“We saw them on the escarpment on Thursday and we reported to the chief, but nobody came.”\n",
     ["Joseph Kiplagat"]),
    ("a-body-speaking-indirectly-does-not-carry-over",
     "The ministry said residents had warned officers about the bandits.\n\n"
     "“We saw them on the escarpment on Thursday and we reported to the chief, but nobody came.”\n",
     [None]),
    ("indirect-speech-does-not-carry-to-a-quote-in-a-sentence",
     "Village elder Joseph Kiplagat said residents had warned officers about the bandits.\n\n"
     "Residents were angry. “We saw them on the escarpment on Thursday, but nobody came to help us.”\n",
     [None]),
    ("backticks", "``Security is tight,'' said Ann Ross. ``But we worry about all the other nights.''\n",
     ["Ann Ross", "Ann Ross"]),
    ("doubled-apostrophes",
     "''Security is tight,'' said Ann Ross. ''But we worry about all the other nights.''\n",
     ["Ann Ross", "Ann Ross"]),
    ("a-sentence-about-the-speaker-does-not-end-the-turn",
     '"We are looking at every possible thing we could cut," Ann Ross said. Ross wants to avoid '
     'furloughs. "That is an option we do not want to take this year."\n',
     ["Ann Ross", "Ann Ross"]),
    ("a-sentence-about-someone-else-does",
     '"We are looking at every possible thing we could cut," Ann Ross said. Tom Reed wants to avoid '
     'furloughs. "That is an option we do not want to take this year."\n',
     ["Ann Ross", None]),
    ("next-paragraph",
     "Doctors arrived.\n\n``We want to help the town,'' Tom Reed said at a news conference.\n\n"
     "``We will also send more doctors next month.''\n\nThe clinic opened.\n",
     ["Tom Reed", "Tom Reed"]),
    ("after-reported-speech-a-quote-paragraph",
     "Tom Reed said the clinic was full.\n\n``We will also send more doctors next month to the town.''\n",
     ["Tom Reed"]),
]



# who speaks in a reporting clause, and who is only spoken of
CLAUSE_CASES = [
    ("new-sentence-after-a-full-stop",
     'Ann Ross said the plan was sound. "We do not have to split the difference." '
     "Tom Reed said it remains unclear how the vote will go.\n",
     ["Ann Ross"]),
    ("partial-quote-then-a-new-sentence",
     'Ann Ross said the deal gives the town "a clear legal basis for the new tax." '
     "Tom Reed said that the tax was fair.\n",
     ["Ann Ross"]),
    ("subject-of-the-reported-clause",
     'Ann Ross confirmed that Tom Reed met the governor to discuss "the future of the old racetrack."\n',
     ["Ann Ross"]),
    ("name-after-a-long-title",
     'Officials say the aim is to serve the "two neighbouring states," as Chairman of the Foreign '
     "Relations Committee of the People's Assembly Omar Khalid told reporters.\n",
     ["Omar Khalid"]),
    ("person-in-a-relative-clause",
     '"Only the government can decide this matter now," continued the letter, which Tom Reed read on air.\n',
     [None]),
    ("pronoun-subject-of-a-conjoined-verb",
     "Tom Reed was asked about the message. In an interview, he declined to discuss details, but said: "
     '"I do not think the king would travel now without a good reason."\n',
     ["Tom Reed"]),
    ("named-in-apposition-then-he",
     '"We will win this case," said Carl Diaz. In Miami, the boy\'s uncle, Tom Reed, denied that he would '
     'leave the country. "It never even entered my mind," he said.\n',
     ["Carl Diaz", "Tom Reed"]),
    ("negated-verb-reports-nothing",
     'Ann Ross answered, "We know what the town is doing and we are proud of it." '
     "Tom Reed would not comment on the plan.\n",
     ["Ann Ross"]),
    ("adding-after-a-reported-clause",
     "The venture will grow, Mr. Paul Lego said.\n\nHe said the power segment could grow to provide as much "
     'as half of new capacity, adding: "We expect to supply a significant share of this market."\n',
     ["Paul Lego"]),
    ("lead-ending-the-paragraph-before",
     "Asked to comment on the announcement, a Justice Department spokesman said:\n\n"
     '"Certainly it changes things. How it changes things is a little hard to say at this point."\n',
     ["Justice Department spokesman"]),
    ("a-lone-name-after-said-with-an-apposition",
     'She stumbled over the words. "I never read this before, and I am really sad right now," said Britanni, '
     "a high school senior.\n",
     ["Britanni"]),
    ("a-place-after-said-is-no-name",
     '"We lost the vote today after a long fight," said Chicago, a city official.\n',
     ["city official"]),
    ("a-relative-named-by-a-possessive",
     'James Kopp fled in December. Kopp\'s stepmother said Thursday: "I would like to see him come forward '
     'and clear his name."\n',
     ["Kopp's stepmother"]),
    ("a-body-opening-the-reported-clause-does-not-speak",
     'Tom Reed today denounced the "ruinous policies of the old council," and said the United States is '
     '"striking a blow for the principle of fair play."\n',
     # the subject 'said' shares across the quote before it, not the body after it; the words he
     # denounced with are his too
     ["Tom Reed", "Tom Reed"]),
    ("a-body-after-the-verb-speaks",
     '"We will not stop until the last inch is free," said the SDF in a statement.\n',
     ["Syrian Democratic Forces"]),
    ("a-bodys-statement-speaks-for-it",
     'The SDF fought on. An SDF statement said: "Our forces continue to advance on all fronts today."\n',
     ["Syrian Democratic Forces"]),
    ("a-possessive-statement-speaks-for-its-owner",
     "The SDF fought on. The SDF's statement said: \"Our forces continue to advance on all fronts.\"\n",
     ["Syrian Democratic Forces"]),
]


# a lone name the model leaves untagged is a speaker when it is the subject of the reporting
# verb next to the quote; a pronoun that speaks to someone ('she told X') is not X
LONE_SPEAKER_CASES = [
    ("inverted-verb-after-the-quote",
     'The center opened in May. "You know, the life of a refugee in Lebanon is such a difficult one," '
     'explains Haidar. "We are treated as undesirables."\n',
     ["Haidar", "Haidar"]),
    ("verb-before-the-quote",
     'As a result, Sajed concludes, "many refugees cannot travel, but must remain in their homes."\n',
     ["Sajed"]),
    ("conjoined-verbs",
     'When asked what gift he would like to give her, Rahme paused and said, '
     '"I want to give back to her in my lifetime."\n',
     ["Rahme"]),
    ("continuation-after-a-title-abbreviation",
     '"The militants attacked from three directions," said Brig. Gen. Hajar Ismail, commander of the '
     'forces on the Makhmour front. "Our forces were ready."\n',
     ["Hajar Ismail", "Hajar Ismail"]),
    ("the-description-again-is-the-unnamed-speaker",
     "A senior Iraqi official, speaking on condition of anonymity, said Baghdad had received 280 "
     'detainees. "They will face justice in Iraqi courts," the official said.\n',
     ["senior Iraqi official"]),
    ("another-description-between-is-someone-else",
     "One GOP source said the talks failed. Another highly placed source said the son met Sununu. "
     '"He was told the handwriting was on the wall," the source said.\n',
     ["source"]),
    ("the-one-named-inside-the-quote-is-not-who-speaks",
     'Joseph Unokanjo, a doctor, spoke on Monday. "Is it safe to send the girls back to Nigeria?" he said. '
     '"We would like to see Dr Unokanjo come on Irish radio again and see what he has to say now."\n',
     ["Joseph Unokanjo", None]),
    ("a-name-beside-its-verb-inside-a-run-over-quote-still-speaks",
     "Marianne Donohue, a real estate agent, says prices are down. "
     "“But it’s a great time to buy a house,“ Donohue says. “The rates are great. And there’s an "
     "$8,000 tax credit for first-time home buyers. “\n",
     ["Marianne Donohue"]),
    ("pronoun-telling-the-named-one",
     "Lawyer Ed Kotzer wrote a book about wills. One woman, Kotzer said, had terminal cancer. "
     '"I can not give up my little daughter now," she told Kotzer.\n',
     [None]),
    # an age is part of the description that speaks
    ("said-the-aged-resident", '"It was scary," said the 20-year-old Camarillo resident.\n',
     ["20-year-old Camarillo resident"]),
    ("the-aged-farmer-said", '"Nobody came," the 61-year-old farmer said.\n', ["61-year-old farmer"]),
    ("said-an-aged-mother", '"We left at once," said a 34-year-old mother of two.\n',
     ["34-year-old mother of two"]),
    # a relative named by a given name alone in apposition speaks
    ("a-relative-named-by-a-given-name",
     "Boy beats cancer\n\nMatthew Holder was ill in 2007. Matthew's mother, Jackie, said: "
     '"We thought he had a cold."\n',
     ["Jackie"]),
    ("said-a-daughter-named", '"He must go to work," said his daughter, Rosa, on Monday.\n', ["Rosa"]),
    # a relative clause's 'who' or 'that' speaks, not the sentence's subject
    ("those-who-say",
     'Rally\n\nSpeaking to supporters, Gov. Mike Hale criticized those who say "that the party has already '
     'experienced its demise."\n',
     [None]),
    # a name the model does not know, after the verb and before a role in apposition
    ("said-a-name-then-a-role",
     '"Every time we think the war is over, a mine reminds us," said Ndèye Fatou Badji, a coordinator '
     'with a women\'s peace group. "Women can no longer go to the rice fields."\n',
     ["Ndèye Fatou Badji", "Ndèye Fatou Badji"]),
    ("said-a-name-then-a-trade",
     '"We lay on the floor the whole night," said Abiba Atinga, a trader reached by phone in Pusiga.\n',
     ["Abiba Atinga"]),
    ("said-a-body-then-a-group-is-no-person",
     '"The figures are alarming," said Human Rights Watch, a New York-based group.\n',
     ["Human Rights Watch"]),
    ("a-bill-that-adds-is-no-speaker",
     '"I sign this legislation today," Kaine said. "Furthermore, I believe the constitution would '
     'require the state to approve that plate." Sen. Ken Cuccinelli attached the proposal onto a bill '
     "that also adds plates.\n",
     ["Kaine", "Kaine"]),
]


def test_a_clause_leading_into_the_next_quote_is_its_own() -> None:
    s = sheet(
        '"We expect it to run for two years," Ann Ross said. "It depends on what we learn from it." '
        'Asked about the price, Ann Ross said, "We are not releasing any cost information."\n'
    )
    assert [(speaker_name(s, q), q.verb) for q in s.quotes] == [("Ann Ross", "said")] * 3


def test_quote_rules_records_are_valid() -> None:
    data = load_json("quote_rules.json")
    for section in ("pronouns", "honorifics", "role_nouns", "given_names"):
        words = gender_words(section)
        assert set(words.values()) == {"female", "male"}
        female, male = (
            {w.lower() for r in data[section] if r["gender"] == gender for w in r["words"]}
            for gender in ("female", "male")
        )
        assert not female & male, section
        for record in data[section]:
            example = record["example"].lower().replace(".", " ").replace(",", " ").split()
            assert any(w in example for w in record["words"]), record["id"]


# a straight mark right after a word or its punctuation, before a space, only closes: when its
# opening mark was lost ('...defeat." Elsewhere'), it must not open a quote that pairs every
# later mark the wrong way round
LOST_OPENING_CASES = [
    ("lost-opening",
     'We kept our title. We are proud," Ali Hassan said. "Next week we play again," he added.\n',
     ["Next week we play again,"]),
    ("lost-opening-after-a-full-stop",
     'We kept our title." Elsewhere the club lost. "Next week we play again," he added.\n',
     ["Next week we play again,"]),
    ("ordinary-pair", '"We are proud," Ali Hassan said. "Next week we play again," he added.\n',
     ["We are proud,", "Next week we play again,"]),
    ("opening-before-a-space", 'The trade is " making it tough for traders," says Ali Hassan.\n',
     ["making it tough for traders,"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LOST_OPENING_CASES], ids=[c[0] for c in LOST_OPENING_CASES]
)
def test_a_closing_mark_whose_opening_was_lost_opens_nothing(text: str, expected: list[str]) -> None:
    assert [quote_text(text, q) for q in find_quotes(text)] == expected


# the body a small-letter 'the military' speaks for: the one military named before, else none
MILITARY_SPEAKERS = [
    (
        "one-military",
        'The Israeli military said it struck militants. "We take precautions," the military said '
        "in a statement.",
        ["Israel Defense Forces"],
    ),
    (
        "two-militaries",
        "The Israeli military and the Lebanese military exchanged fire. "
        '"We returned fire after they shelled our positions near the border," the military said.',
        [None],
    ),
]


# A quote whose own reporting clause names a speaker no actor covers (a body, a document, a
# plural, a name) has no speaker: it is not the last one's. A description of one person may
# be the last speaker ('the Manhattan native said'), and a sentence opening after a quote that
# ended its own reports nothing of it.
OWN_SPEAKER_CASES = [
    # a participle used as an adjective reports nothing ('the tax-writing committee')
    ("an-adjective-reports-nothing",
     'White House spokesman Tommy Vietor said Thursday: "Mr. Holbrooke had nothing to do with the '
     'bonuses." Rep. Charles Rangel, chairman of the tax-writing House Ways and Means Committee, said '
     "he expected the states to take the rest.\n",
     ["Tommy Vietor"]),
    ("the-ministry-said",
     '"It was a tragedy that will stay with us for many years," a spokesman said.\n\n'
     '"We will rebuild every school and every clinic in the district," the ministry said.\n',
     ["spokesman", None]),
    ("police-said",
     '"It was a tragedy that will stay with us for many years," a spokesman said.\n\n'
     '"We are not looking for anyone else in connection with the attack," police said.\n',
     ["spokesman", None]),
    ("the-release-stated",
     'Matt Birch said the calls were a hoax. "We do not believe the text message is factual at '
     'all," the release stated.\n',
     [None]),
    ("officials-said",
     '"We will stay in the town until the work is done," John Smith said. "The road will be open '
     'again by the end of the month," officials said.\n',
     ["John Smith", "officials"]),
    ("a-description-of-the-last-speaker",
     '"I have worked in many libraries over the years," Mary Jones said on Wednesday. '
     '"None of them works better for me than this one does," the Manhattan native said.\n',
     ["Mary Jones", "Mary Jones"]),
    ("a-sentence-after-a-closed-quote",
     '"We will stay in the town until the work is done," John Smith said. "We have the money and '
     'the people to finish it." At the same time, the panelists admitted the difficulties of the work.\n',
     ["John Smith", "John Smith"]),
]


# 'it said': the body (no person) that is the subject of the sentence right before, even across
# a paragraph break; no one when that subject is no actor's
IT_SPEAKER_CASES = [
    ("same-paragraph",
     'UNRWA said it was not allowed in. "We waited for nine hours at the gate and then left," it said.\n',
     ["UNRWA"]),
    ("next-paragraph",
     "The Israeli military said it had opened the crossing.\n\n"
     '"We allowed 200 trucks to pass through the crossing on Tuesday," it said in a statement.\n',
     ["Israel Defense Forces"]),
    ("a-thing-before",
     "UNRWA said it was not allowed in. The report was released on Monday. "
     '"The crossing was open throughout the day and nobody was turned back," it said.\n',
     [None]),
    ("a-person-before",
     'Ali Hassan said the gate was shut. "The crossing was closed throughout the day and nobody passed," '
     "it said.\n",
     [None]),
    # 'According to X,' after a quote that ends its sentence attributes the next sentence
    ("according-to-opens-the-next-sentence",
     '"The grant is a federal one for hurricane mitigation," Bill Baine said. "Our reason for '
     'applying is that we want to improve the highway." According to Glenn Isbell, city engineer '
     "for the city, the road lies within the city limits.\n",
     ["Bill Baine", "Bill Baine"]),
]


# 'X called it "..."': a verb of naming with a subject of its own gives the words X used
NAMING_CASES = [
    ("called", 'Rep. Chip Roy, R-Texas, called the bill "a surrender."\n', ["Chip Roy"]),
    ("a-participle-names-a-thing",
     "Tom Del Beccaro, vice chairman of the state party, is helping to launch a new committee, "
     'called the "First Amendment Now Campaign."\n',
     []),
    ("a-clause-set-before-its-subject",
     '"Sales were flat," a company spokesman said. Although he called current market conditions '
     '"highly competitive," Mr. LaMothe, the chairman, forecast an earnings increase.\n',
     ["company spokesman"]),
]

# one word or more judged 'as' the quoted words, or words after a verb of judging: its subject's
JUDGED_CASES = [
    ("one-word-judged-as", 'Prime Minister Kila Wapula condemned the killings as "barbaric" and said more '
     "officers would come.\n", ["Kila Wapula"]),
    ("phrase-dismissed-as", 'Ministry spokesman Ali Hassan dismissed the report as "politically motivated '
     'lies".\n', ["Ali Hassan"]),
    # the parse hangs 'as' on the judged object
    ("one-word-as-on-the-object", "Talks\n\nEritrea was not a party to the deal. Eritrea has dismissed the "
     'claims as "fabrications".\n', ["Eritrea"]),
    ("one-word-after-as-with-no-judging", 'The group Amal Relief registered as "charity" in 2019.\n', []),
    # what a verb of naming calls its object, in a participle going on its subject's clause
    ("called-an-object-a-phrase", "Governor Ana Ruiz praised the police in a post on Monday, calling the "
     'raid a "decisive blow" to the gangs.\n', ["Ana Ruiz"]),
    ("a-term-after-an-article-stays-no-quote", 'The firm sold a "floating-point unit" to the navy.\n', []),
    # a fragment in the words a 'he' / 'she' reports: the person the pronoun takes up
    ("fragment-after-a-pronoun-subject", "Minister Jane Doe spoke on Monday. She described the plan as "
     '"naive and dangerous".\n', ["Jane Doe"]),
    # a clause the parser hangs on the object of 'told' as a relative clause, 'that' opening it
    ("told-a-briefing-that", "Spokesman Ali Raza told a weekly briefing that the strikes were \"precise, "
     'targeted operations" against militants.\n', ["Ali Raza"]),
    # the subject no mention holds, with the actor set off beside it
    ("apposed-body-beside-the-subject", "The U.N. peacekeeping mission in South Sudan, UNMISS, said it was "
     '"gravely concerned" by the fighting.\n', ["UN Mission in South Sudan"]),
]


# an unnamed speaker the clause names after all: 'who gave only his first name, X'
GIVEN_NAME_CASES = [
    ("first-name", '"We do not know who fired first," said a village elder who gave only his first name, '
     "Budhram.\n\nPolice rejected the allegations.\n", ["Budhram"]),
    ("identified-only-as", '"It was terrible," said a resident, who asked to be identified only as Ahmed.\n',
     ["Ahmed"]),
    ("named-again-later", '"They shot him," said a 43-year-old resident who gave only her first name, '
     "Rosa, for fear of reprisals. Rosa told reporters she had fled.\n", ["Rosa"]),
    ("no-name-given", '"It was terrible," said a resident who gave no name.\n', ["resident"]),
]


# a quote set inside the words of the one who spoke them: the subject of the verb of speaking,
# urging or condemning the quote hangs under
GOVERNING_CASES = [
    # a second clause opened by 'that', which the parser joins to the main verb, is still the claim's
    ("second-that-clause-of-a-claim",
     "Shoal\n\nThe NMC rejects the claim of CCG spokesperson Zhou Wenhai that Philippine vessels had "
     "\u201cillegally intruded into the adjacent waters of Ren'ai Jiao\u201d and that the CCG had "
     "taken \u201cnecessary control measures in accordance with law.\u201d",
     ["Zhou Wenhai", "Zhou Wenhai"]),
    # 'would continue to play "..."' goes on doing, it reports nothing: the words are the
    # reporting verb's before it; and words that someone 'continued to' do are not theirs
    ("continue-to-play",
     "Myanmar\n\nAt a regular briefing, Chinese foreign ministry spokesman Wang Lixin said China "
     "\u201csupports the relevant parties in resolving differences through dialogue\u201d and would "
     "continue to play \u201ca constructive role\u201d.",
     ["Wang Lixin", "Wang Lixin"]),
    ("continued-to-experience",
     "Trial\n\nEberhart was charged in May. Jurors heard a state Department of Human Resources "
     'psychologist testify that Eberhart continued to "experience psychotic delusions, consistent with '
     'his diagnosis of paranoid schizophrenia," according to court documents.',
     [None]),
    ("urged-to",
     'The UN Security Council urged both sides to "take effective measures to protect the safety '
     'of civilians".\n',
     ["UN Security Council"]),
    ("condemned-what-it-called",
     'The Iraqi foreign ministry condemned what it called "a flagrant violation of Iraqi sovereignty" '
     "and said it would summon the envoy.\n",
     ["Iraqi Foreign Ministry"]),
    ("what-it-called-after-another-body",
     "The PKK announced in May that it would dissolve.\n\n"
     'Iraq\'s foreign ministry condemned what it called "a flagrant violation of Iraqi sovereignty" '
     "and said it would summon the envoy.\n",
     ["Iraqi Foreign Ministry"]),
    ("later-last-two-words-of-a-name",
     "Gen. Armando Có Nhaga, the armed forces chief of staff, said the coup had failed.\n\n"
     '"The situation is under control," Có Nhaga said.\n',
     ["Armando Có Nhaga"]),
    ("said-name-with-particles",
     "MSF called for calm.\n\n“Clinics are not targets,” said Pieter van den Berg, an MSF coordinator.\n",
     ["Pieter van den Berg"]),
    ("the-claim-of-x-that",
     "The council rejects the claim of coast guard spokesperson Zhou Wenhai that the vessels had "
     "“illegally intruded into the adjacent waters of the shoal”.\n",
     ["Zhou Wenhai"]),
    ("xs-claim-that",
     'The ministry dismissed Smith\'s claim that the army had "committed war crimes in the north". '
     "Smith denied it.\n",
     ["Smith"]),
    ("said-in-a-report-that",
     "Human Rights Watch said in a report in July that soldiers and militiamen had "
     '"carried out summary executions with near total impunity".\n',
     ["Human Rights Watch"]),
    ("condemned-calling-them",
     'The Cypriot government strongly condemned two bomb attacks in Kenya and Tanzania, calling them an '
     '"atrocious crime."\n',
     ["Cypriot government"]),
    ("a-relative-clause-describes-another",
     "Holdsworth was told by her grandfather that she is related to Henry Wadsworth Longfellow, whose "
     'famous phrases include "ships that pass in the night" and more.\n',
     []),
]


# a reporting verb with no subject of its own speaks for the subject of the verb it goes on from
SHARED_SUBJECT_CASES = [
    ("conjoined-verb",
     "The Ruvan Front identified the dead commander as Tomas Hale, 55, and said he had been "
     '"killed on duty."\n',
     ["Ruvan Front"]),
    ("participle-after-an-object-name",
     "Sen. Ann Ross mentioned Tom Reed in the Senate, saying that she had met his mother, "
     '"and he was an exceptional man."\n',
     ["Ann Ross"]),
    ("a-naming-verb-has-its-own-subject",
     "The Ruvan Police dispersed the small events staged by the festival, meant to declare the city "
     '"the capital of culture."\n',
     []),
    ("participle-after-a-reported-clause-is-left-open",
     "Ann Ross said Tom Reed had been calling his family, telling them he was ill and would "
     '"go away."\n',
     ["Tom Reed"]),
]


# a verb after a quote that closed its sentence reports it only when it heads the next sentence
# or stands apart in it; a verb deeper in that sentence reports something else
CLOSED_QUOTE_CASES = [
    ("verb-deep-in-the-next-sentence",
     'Tom Reed called on the mayor to stop the work, describing this policy as one of "plain ethnic '
     'cleansing." The Ruvan Police on Saturday dispersed a number of events staged by the club, meant to '
     "declare the city a free zone.\n",
     ["Tom Reed"]),
    ("verb-set-apart",
     'Ann Ross spoke on Monday. But "the men under him had no combat experience." Tom Reed, she said, '
     "wanted to make sure they were safe.\n",
     ["Ann Ross"]),
    ("quoted-as-saying-active",
     'Talks\n\nAnn Ross met Karel Hale on Tuesday. "We are not happy with the steps of the government," '
     "the daily Lidove Noviny quoted Hale as saying.\n",
     ["Karel Hale"]),
    ("quoted-as-saying-passive",
     'Talks\n\nAnn Ross met Karel Hale on Tuesday. Hale was quoted as saying "the alliance is wrong and '
     'must change."\n',
     ["Karel Hale"]),
    ("joked", 'Fidel Castro met the children. "Not even the Pentagon can handle these kids," he joked.\n',
     ["Fidel Castro"]),
    ("exclaimed", 'Madeleine Albright accepted the papers. "Hallelujah, at last," Albright exclaimed.\n',
     ["Madeleine Albright"]),
    ("abbreviation-before-a-comma-ends-no-clause",
     "Capt. Roy Nelson said officers were called. When the officer went to the flat, Nelson said the "
     'tenant, Brian Oates, 38, of 20 Nordland Ave., "was cooperative and agreed to turn down the music."\n',
     ["Roy Nelson"]),
    ("subject-set-off-before-a-verb-the-parse-left-bare",
     "Talks\n\nAsked whether the rebels would allow further convoys, a senior rebel commander, speaking "
     "on condition of anonymity because he was not authorised to talk to the media, said: \"We have no "
     'objection if the aid goes to civilians."\n',
     ["senior rebel commander"]),
    ("verb-of-an-as-clause",
     'Ann Ross met the mayor. "It is a recipe for disaster," Ross said. "It will fail." Some also '
     "question whether the plan can work, as President Tom Reed asserts.\n",
     ["Ann Ross", "Ann Ross"]),
]

# 'the Deputy Governor said' when the text names a Deputy Governor and a Governor: of several
# holders of the role's noun, the one whose role holds every word before the noun; with no such
# word, or words both roles hold, none
ROLE_WORDS_CASES = [
    ("modifier-picks-one",
     "National Commissioner of Police Ben Okoro said the police would act. Assistant Commissioner "
     'Mary Tan led the raid.\n\n"The town is calm and the markets will open," the National '
     "Commissioner said.\n",
     ["Ben Okoro"]),
    ("modifier-picks-the-deputy",
     "Deputy Minister of Health Ana Ruiz said the clinic was shut. Minister of Labour Tom Hale "
     'visited the site.\n\n"We will reopen it once the water is safe again," the Deputy Minister '
     "said.\n",
     ["Ana Ruiz"]),
    ("no-modifier-stays-unsettled",
     'Deputy Governor Ana Ruiz said the road was closed. Governor Tom Hale visited the site.\n\n'
     '"We will reopen it once the bridge is safe again," the governor said.\n',
     [None]),
]

# 'she said' after a sentence that names one person who has spoken before, not as its subject
SPOKEN_BEFORE_CASES = [
    ("named-as-an-object",
     '"The talks failed," said Nkem Obiora, a researcher.\n\n"The army will win," said Mary Hale, an '
     'analyst.\n\nNeither view convinces Obiora. "Sixty years of bombing have solved nothing," she said.\n',
     ["Nkem Obiora", "Mary Hale", "Nkem Obiora"]),
    ("named-but-never-spoke",
     '"The army will win," said Mary Hale, an analyst.\n\n'
     'Neither view convinces Nkem Obiora. "Sixty years of bombing have solved nothing," she said.\n',
     ["Mary Hale", "Mary Hale"]),
    # a pronoun opening the next sentence takes up the one person named, spoken or not
    ("a-pronoun-opens-the-next-sentence",
     '"The army will win," said Tom Hale, an analyst.\n\nThe Treasury sanctioned Tun Aye Lwin and his '
     'militia in May. He denies running the camps and said in a video that his men had expelled '
     '"all foreign criminals" from the area.\n',
     ["Tom Hale", "Tun Aye Lwin"]),
    # a 'he' that opened the sentence before goes on: the person named there is spoken of
    ("the-same-he-goes-on",
     '"There is hope," said Pastor Al Brand, of Hill Church.\n\nHe told the story of Jonah, a young man '
     'who stood up to the gunman. He called the young man a "brave believer" who faced him.\n',
     ["Al Brand", "Al Brand"]),
]

# a paragraph that opens with a quote and 'she said' after a paragraph about a person named
# since the last speaker spoke: that person, not the last speaker
INTRODUCED_CASES = [
    ("introduced-after-the-last-speaker",
     "In 2001 a police officer on trial told the court that the site held graves.\n\n"
     "Nimmi Perera, whose son vanished in 2003, has come to the site every week since.\n\n"
     '"I look at every shoe they find," she told reporters.\n',
     ["Nimmi Perera"]),
    ("named-in-the-quote-paragraph-first",
     "In 2001 a police officer on trial told the court that the site held graves.\n\n"
     "Nimmi Perera, whose son vanished in 2003, has come to the site every week since.\n\n"
     'Her neighbour Kamal Silva came too. "I look at every shoe they find," he told reporters.\n',
     ["Kamal Silva"]),
]


# an unnamed speaker described by a trade or a part in events (data speaker_nouns)
TRADE_SPEAKER_CASES = [
    ("lime-picker", 'Talks\n\n"They came at night, one after another," a lime picker in his 40s told The '
     "Associated Press at a shelter.", ["lime picker in his 40s"]),
    ("waiter", "Talks\n\nA waiter who survived the attack told our reporter that the gunmen went from "
     'room to room "asking people whether they worked for the government."', ["waiter"]),
    ("pharmacist", 'Talks\n\n"We have no insulin left," a pharmacist in the old city told Reuters.',
     ["pharmacist in the old city"]),
]

# 'in a statement by X': X speaks for the body that is the verb's subject; 'In a statement, X
# accused ...': X issued it
STATEMENT_AUTHOR_CASES = [
    ("statement-by-an-apposed-name",
     "Attack\n\nThe Imo State Government, in a statement by the Commissioner for Information and "
     'Strategy, Chief Ikenna Nwosu, described the attack as "cowardly and condemnable".', ["Ikenna Nwosu"]),
    ("statement-by-a-titled-name",
     'Attack\n\nThe ministry, in a statement by spokesman Ali Musa, described the attack as "cowardly '
     'and condemnable".', ["Ali Musa"]),
    # 'In a statement, X accused ...': the statement's issuer is the subject of the verb it opens
    ("statement-opening-any-deed",
     "In a statement circulated to reporters, the Lakeland Liberation Front accused police of killing "
     'unarmed villagers.\n\n"Among those killed are villagers who had gone to collect flowers," the '
     "statement said.\n", ["Lakeland Liberation Front"]),
]

CASES = (
    TRADE_SPEAKER_CASES
    + STATEMENT_AUTHOR_CASES
    + SPOKEN_BEFORE_CASES
    + ROLE_WORDS_CASES
    + INTRODUCED_CASES
    + CLOSED_QUOTE_CASES
    + SHARED_SUBJECT_CASES
    + GOVERNING_CASES
    + NAMING_CASES
    + GENDER_CASES
    + CONTINUATION_CASES
    + CLAUSE_CASES
    + LONE_SPEAKER_CASES
    + MILITARY_SPEAKERS
    + OWN_SPEAKER_CASES
    + IT_SPEAKER_CASES
    + GIVEN_NAME_CASES
    + JUDGED_CASES
)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_a_name_the_model_misses_before_said_is_the_speaker() -> None:
    # the model reads 'Khaing' as a verb and tags no person
    s = sheet(
        "The rebels seized the town.\n\n"
        '"The junta has lost the war on the ground, so now it bombs markets and monasteries," '
        "Khaing Min Naing said.\n"
    )
    speaker = actor_named(s, "Khaing Min Naing")
    assert speaker is not None and [q.speaker for q in s.quotes] == [speaker.id]


# 'the official said' takes up the unnamed official described before (after every named
# holder of the role); it belongs to the body its description names, not to the state of its
# demonym. (text with one quote, the speaker's name, a mention of its body)
UNNAMED_OFFICIAL_CASES = [
    ("described-before",
     "An official with the Israeli military, who spoke on condition of anonymity, told AFP that "
     "troops had fired warning shots.\n\n"
     '"We are not the obstacle. The obstacle is Hamas," the official said.\n',
     "official with the Israeli military", "Israeli military"),
    ("described-after-a-named-official",
     "Kim Yo Jong, a senior official of the ruling party, said the drills were a rehearsal.\n\n"
     "A South Korean military official, speaking on condition of anonymity, told AP the missile "
     "was short-range.\n\n"
     '"The timing is not a coincidence," the official said.\n',
     "South Korean military official", "South Korean military"),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "body"), UNNAMED_OFFICIAL_CASES, ids=[c[0] for c in UNNAMED_OFFICIAL_CASES]
)
def test_the_official_said_is_the_unnamed_official_described_before(
    case: str, text: str, name: str, body: str
) -> None:
    s = sheet(text)
    (quote,) = s.quotes
    speaker = next(a for a in s.actors if a.id == quote.speaker)
    assert speaker.name == name
    assert speaker.affiliation == actor_with(s, body).id


def test_the_official_said_with_no_one_described_since_is_the_named_official() -> None:
    s = sheet(
        "A South Korean military official told AP the missile was short-range.\n\n"
        "Kim Yo Jong, a senior official of the ruling party, said the drills were a rehearsal.\n\n"
        '"The timing is not a coincidence," the official said.\n'
    )
    (quote,) = s.quotes
    assert speaker_name(s, quote) == "Kim Yo Jong"


# (text with one quote, a mention of the body that speaks it)
BODY_SPEAKER_CASES = [
    # a body set off from its verb by an apposition
    (
        "COGAT, the Israeli defence ministry body that oversees civilian affairs in the Palestinian "
        'territories, said more than 200 trucks had entered Gaza and that "there is no limit on the '
        'amount of humanitarian aid that can enter".\n',
        "COGAT",
    ),
    # a body in apposition to the verb's subject
    (
        "The ship's Greek manager, Poseidon Bulk Carriers, told Al Jazeera that the crew were "
        '"safe and accounted for" and that salvage teams were on their way.\n',
        "Poseidon Bulk Carriers",
    ),
    # a nationality and an armed group's adjective take up the group
    (
        "Hamas rejected the accusation. In a statement, the Palestinian militant group said Israel was "
        '"using starvation as a policy against two million people" and called on mediators to act.\n',
        "Hamas",
    ),
    # a nationality and a common noun of the trade take up the company
    (
        "Gas project\n\nVentara Energy Corp. wants to lift the force majeure. In a statement on Monday, the "
        'Norwegian energy company said the latest violence "does not affect the timeline" for the work.\n',
        "Ventara Energy Corp.",
    ),
]


@pytest.mark.parametrize(("text", "body"), BODY_SPEAKER_CASES, ids=[c[1] for c in BODY_SPEAKER_CASES])
def test_the_body_the_reporting_clause_names_speaks(text: str, body: str) -> None:
    s = sheet(text)
    assert [q.speaker for q in s.quotes] == [actor_with(s, body).id]


def test_a_person_after_a_long_title_after_the_verb_speaks() -> None:
    s = sheet(
        "Rights office urges action\n\n"
        '"Nobody disputes that gangs terrorised Salvadoran communities for decades," said UN High '
        "Commissioner for Human Rights Volker Türk.\n"
    )
    turk = actor_with(s, "Volker Türk")
    assert [q.speaker for q in s.quotes] == [turk.id]
    # the title keeps its plural portfolio: 'Human Rights', not 'Human Right'
    assert turk.roles == ["High Commissioner for Human Rights"]




def test_a_body_acting_after_a_quote_closed_by_a_full_stop_does_not_speak_it() -> None:
    s = sheet(
        "Officials in the breakaway region said a bomb went off and suggested that Georgian special "
        'services could have been behind "the terrorist act." Tbilisi has denied the allegation.\n'
    )
    assert all(q.speaker is None for q in s.quotes)


def test_he_said_is_the_unnamed_speaker_reported_in_the_sentence_before() -> None:
    s = sheet(
        "Jean-Emmanuel Ouedraogo, a government spokesman, said the army had held the town.\n\n"
        "An officer with the Burkinabe army in Djibo, speaking on condition of anonymity, told AFP "
        "that reinforcements had arrived only the following day. "
        "“We held on for as long as we had ammunition,” he said.\n"
    )
    (quote,) = s.quotes
    assert quote.speaker == actor_with(s, "An officer with the Burkinabe army").id


# An unnamed speaker described with a demonym of two words belongs to that state (or to its
# body the description names). (text, the speaker's affiliation's name)
TWO_WORD_DEMONYM_SPEAKER_CASES = [
    ("official",
     'Talks collapse\n\nA Sri Lankan official, speaking on condition of anonymity, said: "The talks have '
     'failed and we will respond."\n',
     "Sri Lanka"),
    ("south-of-a-state",
     'Talks collapse\n\nA South Sudanese official said: "The talks have failed and we will respond."\n',
     "South Sudan"),
    ("four-words-with-a-body",
     'Talks collapse\n\n"The talks have failed and we will respond," a senior South Korean military '
     "officer told reporters.\n",
     "South Korean armed forces"),
]


@pytest.mark.parametrize(
    ("case", "text", "affiliation"),
    TWO_WORD_DEMONYM_SPEAKER_CASES,
    ids=[c[0] for c in TWO_WORD_DEMONYM_SPEAKER_CASES],
)
def test_an_unnamed_speaker_with_a_two_word_demonym_belongs_to_its_state(
    case: str, text: str, affiliation: str
) -> None:
    s = sheet(text)
    (quote,) = s.quotes
    speaker = next(a for a in s.actors if a.id == quote.speaker)
    assert next(a.name for a in s.actors if a.id == speaker.affiliation) == affiliation


@pytest.mark.model
def test_a_person_described_at_length_before_said_speaks_next() -> None:
    s = sheet(
        '"The question is which of them admits it first," Hanna Lindgren warned.\n\nBack on the western '
        "road, Chaltu Abdisa, a 34-year-old teacher whose school near Gedo closed in March, said she no "
        'longer travels after dark.\n\n"We fear the soldiers at night and the fighters in the day," she '
        "said.\n"
    )
    quote = next(q for q in s.quotes if q.text.startswith("We fear"))
    assert speaker_name(s, quote) == "Chaltu Abdisa"


@pytest.mark.model
def test_a_pronoun_in_a_clause_under_a_named_subject_is_that_subject() -> None:
    s = sheet(
        '"Everything points to a coordinated operation," the head of the PNAT, Laure Fontaine, told '
        "franceinfo radio.\n\nInterior Minister Étienne Lavergne, who is due to travel to Ajaccio on "
        'Monday, condemned what he called "cowardly and unacceptable acts".\n'
    )
    quote = next(q for q in s.quotes if q.text.startswith("cowardly"))
    assert speaker_name(s, quote) == "Étienne Lavergne"


@pytest.mark.model
def test_an_unnamed_speaker_named_by_a_clause_keeps_the_description_as_a_role() -> None:
    s = sheet('"It was terrible," said a resident, who asked to be identified only as Ahmed.\n')
    person = actor_named(s, "Ahmed")
    assert person is not None and (person.kind, person.roles) == ("person", ["resident"])



@pytest.mark.parametrize(("name", "gender"), [("María Cabrera", "female"), ("Néstor Vera", "male"),
                                              ("Mary Jones", "female")])
def test_an_accented_given_name_has_its_gender(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender
