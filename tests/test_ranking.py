"""What a user gets from the default ranker and from the fact alignment, on hand-built inputs."""

from __future__ import annotations

from typing import Sequence

import pytest

from brief.inputs.dedupe import shared_sentences
from brief.model import Sentence, Source
from brief.ranking.base import Limit, Ranked
from brief.ranking.filters import is_candidate
from brief.ranking.multidoc import rank as rank_story
from brief.story import Story, make_story


def build(*sources: list[str]) -> list[Sentence]:
    """Sentences of several sources, in source order, with fake but consistent spans."""
    out: list[Sentence] = []
    for source_id, texts in enumerate(sources, 1):
        pos = 0
        for index, text in enumerate(texts):
            out.append(Sentence(source_id, index, pos, pos + len(text), text, index))
            pos += len(text) + 1
    return out


def story_of(sents: Sequence[Sentence], n_sources: int) -> Story:
    """The story of hand-built sentences: sources with the texts and shares make_sources would give them."""
    shares = shared_sentences(sents)
    sources = []
    for source_id in range(1, n_sources + 1):
        text = " ".join(s.text for s in sents if s.source_id == source_id)
        mine = sorted(shares.get(source_id, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        sources.append(Source(source_id, f"{source_id}.txt", f"Source {source_id}", text, shares=tuple(mine)))
    return make_story(sources, sents)


def rank(sents: Sequence[Sentence], n_sources: int, limit: Limit) -> list[Ranked]:
    """The default ranker on the story of ``sents``."""
    return rank_story(story_of(sents, n_sources), limit)


FLOOD = "Heavy flooding forced thousands of residents to leave the river valley on Tuesday."
FLOOD_2 = "Thousands of residents had to leave the river valley on Tuesday after heavy flooding."
FLOOD_3 = "On Tuesday heavy flooding forced thousands of valley residents to leave their homes."
BRIDGE = "The mayor said a new footbridge over the canal would open to walkers next spring."
SCHOOL = "Local schools will remain closed until the water level drops below the warning mark."
AID = "The regional government promised emergency aid for farmers whose crops were ruined by flooding."
AID_2 = "Farmers whose crops were ruined by the flooding were promised emergency aid by the regional government."


def texts(sentences: list[Sentence], ranked: list[Ranked]) -> list[str]:
    return [sentences[r.index].text for r in ranked]


def test_widely_reported_sentence_beats_one_reported_once() -> None:
    sents = build([BRIDGE, FLOOD], [FLOOD_2, SCHOOL],
                  [FLOOD_3, "Rain is expected to ease by the weekend, forecasters in the capital said."])
    chosen = texts(sents, rank(sents, 3, Limit(sentences=1)))
    assert chosen[0] in (FLOOD, FLOOD_2, FLOOD_3)


def test_near_identical_sentences_never_both_chosen() -> None:
    sents = build([FLOOD, AID, BRIDGE], [FLOOD.replace("Tuesday", "Tuesday morning"), AID_2, SCHOOL])
    chosen = texts(sents, rank(sents, 2, Limit(words=200)))
    assert sum(t in (FLOOD, FLOOD.replace("Tuesday", "Tuesday morning")) for t in chosen) == 1  # the flood, once
    assert sum(t in (AID, AID_2) for t in chosen) == 1  # the aid, once


def test_word_limit_is_respected_and_sentence_cap_too() -> None:
    sents = build([FLOOD, AID, BRIDGE, SCHOOL], [FLOOD_2, AID_2, SCHOOL])
    for words in (15, 30, 45):
        chosen = texts(sents, rank(sents, 2, Limit(words=words)))
        assert chosen and sum(len(t.split()) for t in chosen) <= words
    assert len(rank(sents, 2, Limit(sentences=1, words=500))) == 1


def test_first_sentence_allowed_when_nothing_fits() -> None:
    sents = build([FLOOD, AID], [FLOOD_2])
    assert len(rank(sents, 2, Limit(words=3))) == 1


def test_output_is_in_reading_order_and_deterministic() -> None:
    sents = build([BRIDGE, FLOOD, AID, SCHOOL], [AID_2, FLOOD_2, SCHOOL], [FLOOD_3, AID])
    first = rank(sents, 3, Limit(words=60))
    keys = [(sents[r.index].source_id, sents[r.index].index) for r in first]
    assert len(keys) >= 2 and keys == sorted(keys)
    assert rank(sents, 3, Limit(words=60)) == first
    assert all(dict(r.why).keys() >= {"coverage_gain", "concept_sources"} for r in first)


def test_headlines_datelines_and_fragments_are_skipped() -> None:
    sents = build(
        ["Damascus Rejects U.S. Demand That Iran Pull Forces Out Of Syria", "23 May, 2018", "2 min read", FLOOD],
    )
    assert [is_candidate(s) for s in sents] == [False, False, False, True]
    assert texts(sents, rank(sents, 1, Limit(words=100))) == [FLOOD]


def test_a_sentence_full_of_names_may_be_a_point_and_a_headline_with_a_stop_may_not() -> None:
    sents = build([
        # 7 of 9 long words capitalised
        "Chancellor Angela Merkel welcomed President Emmanuel Macron warmly in Berlin.",
        "Merkel Welcomes Macron In Berlin For Talks On The Future Of Europe.",
        "Officials Say The Bridge Will Reopen Next Week After Repairs Are Done!",
    ])
    assert [is_candidate(s) for s in sents] == [True, False, False]


def test_alignment_finds_paraphrase_and_rejects_unrelated() -> None:
    pompeo_long = (
        "U.S. Secretary of State Mike Pompeo on May 21 demanded that Iran and its ally, Lebanon's Hizballah "
        "militia, pull out of Syria and curb other military activities in the region or face what he said "
        "would be the toughest U.S. sanctions in history."
    )
    pompeo_short = "US Secretary of State Mike Pompeo has demanded Iran withdraw from Syria of face crushing sanctions."
    unrelated = "Free Syrian Army and Turkish forces also run territories in northwest Syria."
    sents = build([pompeo_long, BRIDGE], [unrelated, pompeo_short], [unrelated, SCHOOL])
    facts = story_of(sents, 3).facts
    fact = facts.fact(0)
    assert [sents[k.position].source_id for k in fact] == [1, 2]
    assert sents[fact[1].position].text == pompeo_short and fact[1].similarity >= 0.5
    assert [sents[k.position].source_id for k in facts.fact(5)] == [3]


def test_a_fact_told_in_other_words_is_one_fact_and_a_different_one_is_not() -> None:
    # Few shared words: only the meaning says these report the same resignation.
    resigned = "The health minister resigned on Friday after weeks of criticism over the hospital waiting lists."
    quit_ = ("Facing mounting anger about long waits for hospital treatment, the country's health minister quit her "
             "post on Friday.")
    budget = "The finance minister presented a budget on Friday that raises spending on schools and roads."
    sents = build([resigned, BRIDGE], [budget, quit_], [SCHOOL, AID])
    facts = story_of(sents, 3).facts
    assert [sents[k.position].text for k in facts.fact(0)] == [resigned, quit_]
    assert facts.links(0)[0].how == "meaning"
    assert not facts.same_fact(0, 2)  # both about a minister on Friday, yet another fact


def test_only_in_is_claimed_only_when_no_other_source_comes_near() -> None:
    lone = "A rare white stork nested on the church tower in the old quarter, bird watchers reported."
    sents = build([FLOOD, lone], [FLOOD_2, SCHOOL], [FLOOD_3, AID])
    facts = story_of(sents, 3).facts
    assert facts.alone(1)  # nothing else in the story is about storks
    assert not facts.alone(0)  # the flood is reported by all three


def test_only_in_is_never_claimed_when_some_sentences_were_matched_on_words_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A story larger than the embedding budget: the stork's second report, deep in source 2, is compared
    on words alone, which miss the paraphrase. brief cannot tell, so it does not claim "only in [1]"."""
    from brief.facts import semantic

    lone = "A rare white stork nested on the church tower in the old quarter, bird watchers reported."
    retold = "Ornithologists spotted a pair of the big white birds nesting atop the bell tower downtown."
    sents = build([FLOOD, lone], [FLOOD_2, SCHOOL, BRIDGE, retold], [FLOOD_3, AID])
    monkeypatch.setattr(semantic, "BUDGET", 5)  # the first sentences of each source only
    facts = story_of(sents, 3).facts
    assert 1 in facts._embedded and 5 not in facts._embedded
    assert not facts.links(1)  # the words alone do not link the two reports
    assert not facts.alone(1)


def test_two_quotes_of_one_speaker_are_not_one_fact_though_they_share_his_name_and_title(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Matched on words alone (beyond the embedding budget), the attribution made two different quotes
    one fact, and the point cited a source that never gives the figure. Meaning now has the last word."""
    from brief.facts import semantic

    jobs = ("Jacob Coin, former executive director of the National Indian Gaming Association, said that is "
            "because 75 percent of jobs in tribal casinos are held by non-Indians.")
    challenge = ("``It's so un-American to back away from a challenge,'' said Jacob L. Coin, executive director "
                 "of the National Indian Gaming Association.")
    sents = build([FLOOD, jobs], [FLOOD_2, SCHOOL, BRIDGE, challenge], [FLOOD_3, AID])
    monkeypatch.setattr(semantic, "BUDGET", 4)
    facts = story_of(sents, 3).facts
    assert [k.how for k in facts.links(1)] == ["words"]  # the words alone link them ...
    assert [sents[k.position].source_id for k in facts.fact(1)] == [1]  # ... but the point cites [1] only
    assert [sents[k.position].source_id for k in facts.fact(0)] == [1, 2, 3]  # the flood: all three


def test_a_sentence_of_the_same_names_that_tells_another_fact_is_not_cited_for_a_point(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two sentences of the same meetings, names and request, matched on words: in one the United States
    rejects North Korea's request, in the other U.S. officials' own request is rebuffed. Meaning comes close
    to the point's fact (a pair of the same names does) but not as close as a link, and the point does not
    cite it; it cites the source that tells of the request rejected (DUC 2004 d30049t)."""
    from brief.facts import semantic

    point = ("The United States rejected the request during meetings this week in Pyongyang, the North Korean "
             "capital, between North Korean officials and a U.S. government delegation.")
    rebuffed = ("In meetings this week in Pyongyang, the North Korean capital, U.S. officials were rebuffed in "
                "their request to see the suspicious site, which American intelligence officials fear could be a "
                "secret effort to revive the North's nuclear weapons program.")
    rejected = ("But they have demanded that the United States pay $300 million to inspect it, a request "
                "rejected this week by a U.S. delegation to Pyongyang, the North Korean capital.")
    sents = build([FLOOD, point], [FLOOD_2, SCHOOL, BRIDGE, rebuffed], [FLOOD_3, AID, rejected])
    monkeypatch.setattr(semantic, "BUDGET", 4)  # the two matched on words alone, then confirmed by meaning
    facts = story_of(sents, 3).facts
    assert [sents[k.position].source_id for k in facts.links(1)] == [3, 2]  # the words link both ...
    assert [sents[k.position].source_id for k in facts.fact(1)] == [1, 3]  # ... the point cites [1, 3]


def test_a_sentence_of_he_is_not_cited_for_a_point_about_another_of_the_same_names() -> None:
    """'He got support from ... Mesut Yilmaz' is of Erez, whom its source named before; the point is of Ecevit,
    whom the other source names (DUC 2004 d31009t). Both come close to the point in meaning; the one whose
    subject is a bare 'He' is not cited, the one that names Ecevit is."""
    point = ("Ecevit, a veteran leftist, already has the support of another center-right party led by Mesut Yilmaz, "
             "whose government collapsed last week under the weight of a mafia scandal.")
    same = ("Ecevit already has the support of her arch-rival, outgoing Premier Mesut Yilmaz, head of the other "
            "center-right party.")
    other = ("He got support from center-right leader Mesut Yilmaz, who said his party supported Erez as long as "
             "he had Ecevit's backing.")
    sents = build([FLOOD, point], [FLOOD_2, SCHOOL, same], [FLOOD_3, AID, other])
    facts = story_of(sents, 3).facts
    assert [sents[k.position].source_id for k in facts.links(1)] == [2, 3]  # both close in meaning ...
    assert [sents[k.position].source_id for k in facts.fact(1)] == [1, 2]  # ... the point cites [1, 2]


def test_a_sentence_of_the_same_names_and_another_act_is_not_cited_where_a_paraphrase_of_the_act_is() -> None:
    """'Kaczynski was arrested ...' tells of the point's Kaczynski and April, not that he pleaded innocent (TAC 2010
    D1028E); 'Kaczynski has pleaded not guilty to every count ...' says it in other words. Both come close to the
    point in meaning, short of near-certain; the point's main act (pleaded, past the relative clause "who was
    arrested ...") is in the one and not in the other, so the point cites the paraphrase alone."""
    point = "Kaczynski, who was arrested in April last year, has pleaded innocent to all charges."
    same = "Kaczynski has pleaded not guilty to every count in the indictment."
    other = "Kaczynski was arrested in a cabin in Montana in April last year."
    sents = build([FLOOD, point], [FLOOD_2, SCHOOL, same], [FLOOD_3, AID, other])
    facts = story_of(sents, 3).facts
    assert sorted(sents[k.position].source_id for k in facts.links(1)) == [2, 3]  # both close in meaning ...
    assert [sents[k.position].source_id for k in facts.fact(1)] == [1, 2]  # ... the point cites [1, 2]


def test_a_sentence_that_holds_only_part_of_a_point_in_the_same_words_is_not_cited_for_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence that one soldier alone stood trial tells the last part of the point, not that five of the nine
    charged have pleaded guilty (a pair of this kind was read in a TAC 2010 briefing); its words are the point's, so the
    word link finds it as close as a rewording of the whole, and meaning confirms it (the same scandal, soldier and
    trial). It holds little of the point's words, and the point does not cite it; it cites the source that tells the
    whole."""
    from brief.facts import semantic

    point = ("Of the nine members of the 214th Signal Company charged in the bribery scandal, five have previously "
             "entered guilty pleas, and the only soldier to stand trial so far was Martin Kessler, who was serving an "
             "eight-year jail term.")
    part = ("Kessler is so far the only soldier charged in the bribery scandal to stand trial and contest the case "
            "against him.")
    whole = ("Five of the nine soldiers of the 214th Signal Company charged in the bribery scandal have pleaded "
             "guilty, and Martin Kessler, the only one tried so far, is serving eight years in jail.")
    sents = build([FLOOD, point], [FLOOD_2, SCHOOL, BRIDGE, part], [FLOOD_3, AID, whole])
    monkeypatch.setattr(semantic, "BUDGET", 4)  # both matched on words alone, then confirmed by meaning
    facts = story_of(sents, 3).facts
    assert [(sents[k.position].source_id, k.how) for k in facts.links(1)] == [(3, "words"), (2, "words")]
    assert facts._confirmed(1, facts.links(1)[1])  # meaning confirms the part as closely as a link ...
    assert [sents[k.position].source_id for k in facts.fact(1)] == [1, 3]  # ... but the point cites [1, 3]


def test_corroborated_wording_wins_and_corroboration_alone_adds_nothing() -> None:
    # Source 2 words the evacuation twice; only one wording is a paraphrase of source 1's.
    lone = "Thousands of people left the river valley as heavy flooding continued on Tuesday night."
    echo = "Heavy flooding forced thousands of residents out of the river valley on Tuesday."
    sents = build([BRIDGE, FLOOD], [lone, echo, SCHOOL])
    chosen = rank(sents, 2, Limit(sentences=3))
    whys = {sents[r.index].text: dict(r.why) for r in chosen}
    assert lone not in whys and {FLOOD, echo} & set(whys)  # the evacuation, in the wording both sources share
    assert all(why["same_words_sources"] == 1.0 and why["coverage_gain"] > 0 for why in whys.values())


def test_lexical_matcher_finds_exactly_what_all_pairs_finds() -> None:
    from brief.facts.lexical import MIN_SHARED, THRESHOLD, LexicalMatcher
    from brief.lexical import similarity

    sents = build([FLOOD, AID, BRIDGE, SCHOOL], [FLOOD_2, AID_2, SCHOOL], [FLOOD_3, BRIDGE.replace("mayor",
                                                                                                   "town mayor")])
    found = LexicalMatcher(sents)
    for i, a in enumerate(sents):
        brute = {
            j for j, b in enumerate(sents)
            if b.source_id != a.source_id
            and len(found.vector(i).keys() & found.vector(j).keys()) >= MIN_SHARED
            and similarity(found.vector(i), found.vector(j)) >= THRESHOLD
        }
        assert {j for j, _ in found.matches(i)} == brute
        assert found.corroborating_sources(i) == len({sents[j].source_id for j in brute})


def test_one_wire_story_in_four_outlets_counts_less_than_three_independent_reports() -> None:
    # Four outlets run the same wire story word for word; three others each report, in
    # their own articles, the same statement from the rescue service.
    wire = [AID, BRIDGE, "The canal towpath will stay shut to cyclists while engineers inspect the lock gates.",
            "Ticket sales for the summer festival have doubled compared with last year's event."]
    statement = "The rescue service said its crews had pulled forty people from flooded cars overnight."
    own = [
        ["Volunteers from the sailing club lent their boats to carry pensioners out of the flats.",
         "The supermarket on the ring road handed out bottled water to queues of drivers.",
         "A geography teacher said the river had not risen so fast in living memory."],
        ["Insurers expect thousands of claims from homeowners along the lower valley roads.",
         "The railway line to the coast stayed closed after a culvert collapsed near the depot.",
         "Church halls in three villages opened overnight for families who could not get home."],
        ["Power was cut to about two thousand homes when a substation near the weir flooded.",
         "The football club postponed its weekend fixture because the car park was under water.",
         "Farmers moved sheep to higher fields before the embankment gave way at dawn."],
    ]
    sents = build(*([wire] * 4), *([statement, *rest] for rest in own))
    chosen = texts(sents, rank(sents, 7, Limit(sentences=1)))
    assert chosen == [statement]


def test_source_weights_discount_copies_only() -> None:
    from brief.ranking.multidoc import source_weights

    wire = [AID, BRIDGE, SCHOOL]
    sents = build(wire, wire, [FLOOD, "Rain is expected to ease by the weekend, forecasters in the capital said."])
    weights = source_weights(story_of(sents, 3).sources)
    assert weights[1] == weights[2] == 2 ** -0.5  # two full copies: sqrt(2) together
    assert weights[3] == 1.0  # an original report


def test_a_point_must_read_without_the_sentence_before_it() -> None:
    from brief.ranking.filters import reads_alone

    for text in ["He said the talks would resume on Monday in Geneva.",
                 "That meant the end of the ceasefire in the north of the country.",
                 "Both countries agreed to meet again in Vienna next week.",
                 "But the minister refused to resign over the hospital waiting lists.",
                 "The move angered officials in Tehran and in Damascus.",
                 "``We will not leave this country,'' he said.",
                 "On attending the summit, she said, ``It is difficult for me.''",
                 "One would require federal health plans to cover contraceptives.",
                 "The point was made today by the deputy representative of the delegation.",
                 # part of a quotation that runs over several sentences: its speaker is elsewhere
                 "``They feel younger people are simply looking for ways to get rid of older workers.",
                 "The film is going to play big in those first two weeks without question.''",
                 "\"And we will be back next year with a bigger team.",
                 # an answer, a link or an aside that leans on the sentence before (read in DUC 2006 and web briefings)
                 "No, not the computer manufacturer but hypersensitivity pneumonitis.",
                 "Ah, but one piece of history proved to be important to the case.",
                 "As a result, the bank closed its branches early on Friday afternoon.",
                 "Behind this attitude was the fact that the majority were children of working parents.",
                 "The runway thus had not been thoroughly inspected before the takeoff.",
                 "The plan, however, failed to win a majority in the regional parliament.",
                 "(The federal government could approve the project if the state refuses.)",
                 # a bare count of things named before, and a time told against an earlier sentence (editors' reads)
                 "Three are in custody in New York, and a fourth is a fugitive.",
                 "Although the two were forced to reduce sail and cut speed, they were still inside the record.",
                 "Since then, experts on the bay say it has become only slightly healthier.",
                 "If convicted, he could receive the death penalty.",  # he: no one named before it
                 # a capitalised first word that is no name (editor10, D1036G-A)
                 "Damage to the digestive system suggested that the poison had been ingested orally, he said.",
                 # a column's voice or someone's unquoted words (dev briefings of DUC 2006 D0611B, D0613D)
                 "Maybe you've thought about starting an organic garden, but it seemed too overwhelming.",
                 "I've even seen people in New York City walking down the street watching a movie.",
                 "Plan to spend between $300 and $1,500 to make your grad happy.",
                 # said by "he" or "they" whom the sentence does not name as people (editor13, TAC 2010 D1026E-A)
                 "By mandating seat belts and helmets, China would be able to reduce road fatalities, he said.",
                 "Insufficient independent evidence exists to confirm that headgear reduces injuries, they say.",
                 "No evidence exists to confirm that headgear can reduce the risk of head injuries, they say.",
                 # floods like those a sentence before told of, in a village it named (such as what?)
                 "Nobody in the village had seen such floods since the winter of 1952.",
                 # the rest of a sentence cut at its aside's "!" (DUC 2006 D0629B, editor30)
                 "(Long live the World Cup!) on the screens of infected computers when a user opens a file."]:
        assert not reads_alone(text), text
    for text in ["``We will not leave this country,'' the foreign minister said.",
                 "\"Whether Iranian forces withdraw is not up for discussion,\" Mekdad told al-Mayadeen.",
                 "There was no comment from the ministry on Tuesday evening.",
                 "The movement grew quickly after the election in July.",
                 "Kopp said he had never been to the clinic in Amherst.",
                 "Bush has said he supports the death penalty in cases of murder.",  # a name that is a word too
                 "The dye Sudan I was found in chili powder made in India last year.",  # a dye's name, not "I"
                 "Doctors expect the number of cases to double by the end of the year, they said.",
                 "``We will not leave this country,'' said the minister of the interior, Ali Hassan.",
                 "One out of 10 children in Kenya dies of preventable diseases before the age of five.",
                 "At this point, officials consider the shooting to be connected to three other attacks.",
                 "Israel said on Monday that talks would resume in Cairo later this week.",
                 "Nobody in Tulsa had seen such floods as those of Monday since the winter of 1952.",  # says like what
                 "Well-known critics panned the film at its premiere in Venice on Friday.",
                 "Two people were killed when the bus overturned near the border on Sunday.",
                 "Since the war ended, exports of grain have doubled in the region.",
                 "Israel and Syria met in Geneva, and the two were said to be close to a deal.",
                 "(AP) Rescuers pulled two survivors from the rubble on Sunday."]:
        assert reads_alone(text), text


def test_a_sentence_inside_a_quotation_opened_before_it_is_never_a_point() -> None:
    from brief.ranking.filters import candidates
    from brief.sentences import split_sentences

    text = ("Rep. Mark Souder, R-Ind., said: ``Most of my friends, who are activist conservatives, are split "
            "about evenly on the bill. My position is, hold the nose and vote yes at the end of the day. "
            "We have no tax cuts and far too much spending, but that is the nature of compromise.'' "
            "Rep. Souder said he liked the extra money for defense spending and for the farmers.\n\n"
            "\"The talks will go on for a long time to come in Geneva,\" the foreign minister said on Monday. "
            "The delegations will meet again in Vienna in the spring of next year.\n")
    sentences = split_sentences(text, 1)
    allowed = {sentences[i].text for i in candidates(sentences)}
    assert not any(t.startswith(("My position", "We have no tax cuts")) for t in allowed)
    assert any(t.startswith("Rep. Souder said he liked") for t in allowed)  # the quotation closed before it
    assert any(t.startswith("The delegations will meet") for t in allowed)


def test_a_surname_introduced_after_a_particle_is_no_point_alone() -> None:
    # DUC 2006 D0639C, 250 words: "Saadi said Iraq never tampered with the warheads." was a point, its source having
    # named him once, as "Lt. Gen. Amer al-Saadi"
    from brief.ranking.filters import sort_sentences

    for full, later in [("Lt. Gen. Amer al-Saadi, an adviser to President Saddam Hussein, said U.N. inspectors lied.",
                         "Saadi said Iraq never tampered with the warheads in the desert."),
                        ("Paul van der Sloot, a judge on the island, was questioned by the police on Friday.",
                         "Sloot said his son had nothing to do with the disappearance of the girl.")]:
        sentences = build([full, "The inspectors found traces of a nerve agent in a sample taken in June.", later])
        chosen, leaning, _ = sort_sentences(sentences)
        assert 2 not in chosen and 2 in leaning, later
