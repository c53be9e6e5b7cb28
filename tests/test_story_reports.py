"""Versions of one report (a wire story and its update) count as one report in every marker."""

from __future__ import annotations

import json
from pathlib import Path

from brief.pipeline import Options, make_briefing
from brief.render import render_json, render_markdown, render_plain

FIRST = ("The harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city "
         "more than forty million dollars.")
CABLES = ("Engineers replaced the corroded steel cables and resurfaced the main deck, the transport department "
          "said in a statement.")


def _write(folder: Path, name: str, headline: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _story(folder: Path) -> list[Path]:
    """An independent report, and a wire story with its update (two sentences word for word)."""
    gazette = _write(folder, "a_gazette.txt", "Bridge back in service", [
        "Traffic is flowing across the harbour bridge again: the city reopened it on Tuesday, eight months and "
        "more than forty million dollars after repairs began.",
        "The mayor thanked residents for their patience during the long closure and the detours it caused.",
        "Inspectors had found cracks in two of the bridge's supports last July, forcing it to close."])
    wire = _write(folder, "b_wire.txt", "Harbour bridge reopens", [
        FIRST, CABLES,
        "Commuters had faced long detours since the bridge was closed last July, when inspectors found cracks "
        "in two of its supports."])
    update = _write(folder, "c_update.txt", "Harbour bridge reopens, queues clear", [
        FIRST, CABLES,
        "By the evening rush hour the queues on the ring road had cleared, traffic police said on Tuesday night."])
    return [gazette, wire, update]


def test_two_versions_of_one_wire_story_are_one_report_in_the_markers(tmp_path: Path) -> None:
    briefing = make_briefing(_story(tmp_path), Options(keywords=0))
    plain = render_plain(briefing)
    assert plain.splitlines()[1].startswith("3 sources, 2 independent reports · ")
    opening = next(line for line in plain.splitlines() if FIRST in line)
    assert opening.endswith("[1, 2+3]")  # the gazette, and one wire report in two versions: not three outlets
    cables = next(line for line in plain.splitlines() if CABLES in line)
    assert cables.endswith("[2+3]")  # the wire's two versions alone: one report, never "[2, 3]"
    assert "    same report as [3] · shares" in plain and "    same report as [2] · shares" in plain
    assert "\\[1, 2+3\\]" in render_markdown(briefing)
    data = json.loads(render_json(briefing))
    point = next(p for p in data["points"] if p["text"] == FIRST)
    assert point["source_ids"] == [1, 2, 3] and point["reports"] == [[1], [2, 3]]
    assert [s["report"] for s in data["sources"]] == [1, 2, 2]


def test_independent_reports_that_quote_the_same_words_stay_independent(tmp_path: Path) -> None:
    quote = "``We are delighted to see the bridge open again,'' the mayor said on Tuesday."
    quote2 = "``It was finished two weeks ahead of schedule,'' the mayor added."
    first = _write(tmp_path, "a.txt", "Bridge open", [
        "The city reopened the harbour bridge on Tuesday after eight months of repairs.", quote, quote2])
    second = _write(tmp_path, "b.txt", "Bridge reopens to traffic", [
        "Cars crossed the harbour bridge again on Tuesday once a long repair job had ended.", quote, quote2])
    plain = render_plain(make_briefing([first, second], Options(keywords=0)))
    assert plain.splitlines()[1].startswith("2 sources · ")  # shared quotations are not copied reporting
    assert "+" not in "".join(line.rsplit("[", 1)[-1] for line in plain.splitlines() if line.startswith("•"))
    assert "same report" not in plain
