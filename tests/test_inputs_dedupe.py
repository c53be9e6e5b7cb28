"""Copies of one article become one source listing every origin."""

from __future__ import annotations

import json
from pathlib import Path

from samples import BRIDGE, FLOOD, page, text_article

from brief.inputs.dedupe import group_duplicates
from brief.pipeline import Options, load, make_briefing
from brief.render import render_json, render_plain


def test_grouping_rules() -> None:
    story = " ".join(BRIDGE)
    syndicated = "HARBOUR  bridge: " + story.replace("forty", "Forty")  # different case, spacing, standfirst
    rewritten = " ".join(BRIDGE[:2])
    assert group_duplicates([story, " ".join(FLOOD), syndicated, story + "!", rewritten]) == [[0, 2, 3], [1], [4]]


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
