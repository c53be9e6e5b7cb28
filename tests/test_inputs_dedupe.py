"""Copies of one article become one source listing every origin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samples import BRIDGE, FLOOD, page, text_article

from brief.inputs.dedupe import group_duplicates
from brief.pipeline import Options, load, make_briefing
from brief.render import render_json, render_plain


def test_grouping_rules() -> None:
    story = " ".join(BRIDGE)
    syndicated = "HARBOUR  bridge: " + story.replace("forty", "Forty")  # different case, spacing, standfirst
    rewritten = " ".join(BRIDGE[:2])
    assert group_duplicates([story, " ".join(FLOOD), syndicated, story + "!", rewritten]) == [[0, 2, 3], [1], [4]]


def test_a_copy_is_found_among_many_stories_that_share_words_with_it() -> None:
    # Every text shares the wire's stock phrases with the others; only the copy shares nearly all its words.
    stock = "the agency said on Tuesday that"
    stories = [f"{stock} {' '.join(f'word{n}x{k}' for k in range(80))} {stock}" for n in range(30)]
    copy = stories[7].replace("word7x3 ", "word7x3, ")  # punctuation is not a word
    edited = stories[12].replace("word12x20", "changed")  # one word in ninety: still the same article
    short = ["Breaking", "Breaking", "", ""]  # texts of a word (or none) are copies only when equal
    groups = group_duplicates([*stories, copy, edited, *short])
    assert [g for g in groups if len(g) > 1] == [[7, 30], [12, 31], [32, 33], [34, 35]]
    assert len(groups) == 32


@pytest.mark.slow
def test_same_file_twice_and_a_syndicated_page_are_one_source(tmp_path: Path) -> None:
    original = tmp_path / "herald.txt"
    original.write_text(text_article("Harbour bridge reopens after repairs", BRIDGE))
    copy = tmp_path / "wire.html"
    copy.write_text(page("Bridge reopens", BRIDGE, site="Wire Service"))
    other = tmp_path / "floods.txt"
    other.write_text(text_article("Floods force two hundred families from homes", FLOOD))
    args = [original, copy, original, other]
    sources, _, problems = load(args)
    assert problems == []
    assert [s.origins for s in sources] == [(str(original), str(copy)), (str(other),)]
    briefing = make_briefing(args, Options(algorithm="textrank", keywords=0))
    assert f"    also: {copy}\n" in render_plain(briefing)
    assert json.loads(render_json(briefing))["sources"][0]["origins"] == [str(original), str(copy)]


def test_a_republished_story_with_additions_stays_a_source_and_says_what_it_shares(tmp_path: Path) -> None:
    from brief.render import render_markdown

    herald = tmp_path / "herald.txt"
    herald.write_text(text_article("Harbour bridge reopens", BRIDGE))
    # Another outlet runs three of the four paragraphs and adds two of its own.
    gazette = tmp_path / "gazette.txt"
    gazette.write_text(text_article("Bridge open again", [
        *BRIDGE[:3],
        "Taxi drivers at the station welcomed the news, saying fares had fallen since the closure.",
        "A local bakery near the southern ramp said it expected its customers to come back within days.",
    ]))
    floods = tmp_path / "floods.txt"
    floods.write_text(text_article("Floods force families out", FLOOD))
    briefing = make_briefing([herald, gazette, floods], Options(keywords=0))
    assert [s.path for s in briefing.sources] == [str(herald), str(gazette), str(floods)]  # not merged
    plain = render_plain(briefing)
    assert f"    {herald}\n    same report as [2] · shares 75% of its sentences with [2]\n" in plain
    assert f"    {gazette}\n    same report as [1] · shares 60% of its sentences with [1]\n" in plain
    assert plain.endswith(f"    {floods}\n") and plain.count("shares") == 2
    assert "shares 60% of its sentences with \\[1\\]" in render_markdown(briefing)
    assert [s["shares"] for s in json.loads(render_json(briefing))["sources"]] == [
        [{"source_id": 2, "share": 0.75}], [{"source_id": 1, "share": 0.6}], []]
