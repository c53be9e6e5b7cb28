"""Where sources of one fact name another person, place or body, and where a plan meets its outcome.

Each case is a pair of sentences a reader would meet in two reports of one story; the sources around
them are written here too, since a source that names both people is about both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.facts.differences import compare, difference
from brief.model import Sentence, Source
from brief.pipeline import Options, make_briefing
from brief.render import render_json, render_plain


def _sentence(source_id: int, text: str) -> Sentence:
    return Sentence(source_id, 0, 0, len(text), text)


def _source(source_id: int, text: str, date: str | None = None) -> Source:
    return Source(source_id, f"{source_id}.txt", f"Source {source_id}", text, date=date)


def test_a_bomb_placed_in_two_cities_differs() -> None:
    assert compare("The bomb exploded in Kabul on Monday, killing four people, police said.",
                   "The bomb exploded in Kandahar on Monday, killing four people, police said.") == (
        "names", ("Kabul",), ("Kandahar",))


def test_two_prime_ministers_and_two_winners_differ() -> None:
    assert compare("Tony Blair, the prime minister, opened the new bridge on Tuesday.",
                   "Gordon Brown, the prime minister, opened the new bridge on Tuesday.") == (
        "names", ("Tony Blair",), ("Gordon Brown",))
    assert compare("Pete Sampras won the Wimbledon title on Sunday in four sets.",
                   "Andre Agassi won the Wimbledon title on Sunday in four sets.") == (
        "names", ("Pete Sampras",), ("Andre Agassi",))
    assert compare("President Kim Dae-jung met the envoy in Seoul on Friday.",
                   "President Roh Moo-hyun met the envoy in Seoul on Friday.") == (
        "names", ("Kim Dae-jung",), ("Roh Moo-hyun",))


def test_one_name_spelt_two_ways_or_cut_short_is_the_same() -> None:
    assert compare("Libyan leader Moammar Gadhafi met the envoy in Tripoli.",
                   "Libyan leader Muammar Qaddafi met the envoy in Tripoli.") is None
    assert compare("President Kim Dae-jung met the envoy in Seoul on Friday.",
                   "President Kim Dae Jung met the envoy in Seoul on Friday.") is None
    assert compare("Admiral Mikhail Motsak, chief of the Northern Fleet, ordered the rescue.",
                   "Motsak, the chief of the Northern Fleet, ordered the rescue.") is None
    assert compare("The plane crashed near the coastal town of Grammatiko on Sunday.",
                   "The plane crashed near the coastal town of Grammatikos on Sunday.") is None
    assert compare("The module was launched from Kazakstan on Nov. 20.",
                   "The module was launched from Kazakhstan on Nov. 20.") is None


def test_a_name_one_source_leaves_out_is_no_difference() -> None:
    assert compare("The bomb exploded in Kabul on Monday, police said.",
                   "The bomb exploded on Monday, police said.") is None
    assert compare("Tony Blair, the prime minister, opened the new bridge on Tuesday.",
                   "The prime minister opened the new bridge on Tuesday.") is None


def test_a_city_and_its_country_or_other_speakers_are_no_difference() -> None:
    assert compare("The bomb exploded in Kabul on Monday, police said.",
                   "The bomb exploded in Afghanistan on Monday, police said.") is None
    assert compare("The Murphys have been living in Sydney for the past two years.",
                   "The Murphys have been living in Australia for the past two years.") is None
    assert compare("Interior Minister Aftab Sherpao said tribesmen fired 150 rockets at the base.",
                   "Colonel Rizwan Malik said tribesmen fired 150 rockets at the base.") is None
    assert compare('"We will not give in," said Prime Minister Tony Blair on Monday.',
                   '"We will not give in," said Prime Minister Gordon Brown on Monday.') is None
    assert compare("Former President Jimmy Carter will lead the delegation to Haiti.",
                   "Former President George Bush will lead the delegation to Haiti.") is None  # many former ones
    assert compare("Interior Minister Aftab Sherpao visited the base on Friday.",
                   "Defense Minister Rao Sikandar visited the base on Friday.") is None  # two offices


def test_places_in_a_list_or_a_source_naming_both_are_no_difference() -> None:
    assert compare("Bombs exploded at the embassies in Kenya and Tanzania on Aug. 7.",
                   "Bombs exploded at the embassies in Nairobi on Aug. 7.") is None
    kabul = "The bomb exploded in Kabul on Monday, police said."
    kandahar = "The bomb exploded in Kandahar on Monday, police said."
    texts = (f"{kabul} Officials flew in from Kandahar.", kandahar)  # the first report knows of both cities
    assert compare(kabul, kandahar, texts=texts) is None
    assert compare(kabul, kandahar, texts=(kabul, kandahar)) == ("names", ("Kabul",), ("Kandahar",))


def test_another_place_is_never_an_update() -> None:
    a = _sentence(1, "The bomb exploded in Kabul on Monday, killing four people, police said.")
    b = _sentence(2, "The bomb exploded in Kandahar on Monday, killing four people, police said.")
    diff = difference(a, b, [_source(1, a.text, "2001-05-07"), _source(2, b.text, "2001-05-08")])
    assert diff is not None and (diff.kind, diff.what) == ("conflict", "names")
    assert (diff.point.values, diff.other.values) == (("Kabul",), ("Kandahar",))


PLAN = "The league would wait until after next week's meeting before deciding to cancel the season."
OUTCOME = "Deputy commissioner Russ Granik announced the cancellation of the season on Monday."


def test_a_plan_then_its_outcome_is_an_update() -> None:
    plan, outcome = _sentence(1, PLAN), _sentence(2, OUTCOME)
    sources = [_source(1, plan.text, "1999-01-02"), _source(2, outcome.text, "1999-01-07")]
    diff = difference(outcome, plan, sources)
    assert diff is not None and (diff.kind, diff.what) == ("update", "claim")
    assert (diff.point.values, diff.other.values) == (("announced the cancellation",), ("deciding to cancel",))


def test_a_decision_still_to_make_is_no_doubt_about_the_outcome() -> None:
    # the NBA lockout: one report has the league waiting, a later one the cancellation announced
    assert compare("The NBA's deputy commissioner, Russ Granik, announced the cancellation of the first two "
                   "weeks of the regular season.",
                   "The league said it would wait until after next week's meeting before deciding whether to "
                   "cancel the first two weeks of the regular season.") == (
        "claim", ("announced the cancellation",), ("deciding whether to cancel",))
    assert compare("The league announced the cancellation of the All-Star game.",
                   "The league is still deciding whether to cancel the first two weeks of the season.") is None


def test_an_outcome_then_a_plan_is_no_update_but_a_difference() -> None:
    done = _sentence(1, "The two leaders signed the peace treaty in Washington on Monday.")
    plan = _sentence(2, "The two leaders will sign the peace treaty in Washington on Monday.")
    sources = [_source(1, done.text, "1998-10-23"), _source(2, plan.text, "1998-10-24")]
    diff = difference(done, plan, sources)
    assert diff is not None and (diff.kind, diff.what) == ("conflict", "claim")
    assert (diff.point.values, diff.other.values) == (("signed",), ("will sign",))


def test_a_plan_and_another_actor_doing_it_are_no_difference() -> None:
    assert compare("Chirac will visit the ruins in Paris next week.", "Jospin visited the ruins in Paris.") is None


BOMBING = {
    "kabul.txt": ("Bomb kills four in Afghanistan\n\nA car bomb exploded in Kabul on Monday, killing four people "
                  "outside a government office, police said.\n\nThe police cordoned off the street for hours.\n"),
    "kandahar.txt": ("Car bomb kills four\n\nA car bomb exploded in Kandahar on Monday, killing four people outside a "
                     "government office, police said.\n\nNo group has claimed the attack so far.\n"),
}


@pytest.mark.slow
def test_the_bombing_placed_in_two_cities_is_shown_as_differing(tmp_path: Path) -> None:
    for name, text in BOMBING.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    briefing = make_briefing([str(tmp_path / name) for name in BOMBING], Options(keywords=0))
    lines = render_plain(briefing).splitlines()
    n = next(k for k, line in enumerate(lines) if "car bomb exploded" in line)
    own = 1 if "Kabul" in lines[n] else 2
    assert lines[n].endswith(f"[{own}] · differs: [{3 - own}]")
    assert "sources differ:" in lines[n + 1] and "Kabul" in lines[n + 1] and "Kandahar" in lines[n + 1]
    point = next(p for p in json.loads(render_json(briefing))["points"] if "car bomb exploded" in p["text"])
    [diff] = point["differences"]
    assert (diff["kind"], diff["what"]) == ("conflict", "names")
    assert sorted(side["values"] for side in diff["sides"]) == [["Kabul"], ["Kandahar"]]
