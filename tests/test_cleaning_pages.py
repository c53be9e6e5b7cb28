"""Saved pages keep their extractor's structure; what several sources repeat as furniture goes."""

from __future__ import annotations

from pathlib import Path

from samples import BRIDGE, FLOOD, page

from brief.cleaning import clean
from brief.cleaning.shared import REASON
from brief.inputs.html import choose
from brief.pipeline import load

RECIPE = ["Pear jam is a simple gift to make for the holidays, and it keeps for a year in a cool cupboard.",
          "What you need", "8 ripe pears, cored and peeled", "1 lemon", "6 tbsp fruit pectin", "1 tsp cinnamon",
          "Cook the pears with the lemon juice and the pectin until the jam sets on a cold plate."]


def test_precise_text_marks_the_span_and_default_text_gives_its_complete_lines() -> None:
    precise = ["The council met on Tuesday.", "It approved the budget for next year."]
    default = ["Budget Approved", "A long day at the town hall ends with a vote.", "The council met on Tuesday.",
               "What was decided", "It approved the budget for next year.", "Related: parking fees rise",
               "Sign up for our newsletter"]
    assert choose(precise, default, title="Budget Approved") == [
        "Budget Approved", "The council met on Tuesday.", "What was decided", "It approved the budget for next year."]


def test_default_text_is_taken_when_the_precise_text_missed_the_article() -> None:
    default = ["The harbour bridge reopened on Tuesday after eight months of repairs costing forty million.",
               "Engineers replaced the cables and resurfaced the deck ahead of schedule, officials said."]
    assert choose([], default) == default
    assert choose(["Order reprints of this article."], default) == default
    assert choose([], ["Home", "News"]) == []  # a menu alone is not an article


def test_extracted_text_keeps_headings_and_list_items() -> None:
    cleaned = clean("\n".join(["Pear Jam For The Holidays", *RECIPE]), extracted=True,
                    title="Pear Jam For The Holidays")
    assert cleaned.title == "Pear Jam For The Holidays"
    assert cleaned.text == "\n\n".join(RECIPE)
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("Pear Jam For The Holidays", "headline (used as title)")]


def test_extracted_menu_is_not_an_article() -> None:
    assert clean("HomeNews", extracted=True).text == ""


def test_saved_page_with_a_list_keeps_the_list(tmp_path: Path) -> None:
    saved = tmp_path / "jam.html"
    body = "<p>{}</p><h2>{}</h2><ul>{}</ul><p>{}</p>".format(
        RECIPE[0], RECIPE[1], "".join(f"<li>{item}</li>" for item in RECIPE[2:6]), RECIPE[6])
    saved.write_text(page("Pear jam for the holidays", []).replace("<article><h1>", f"<article>{body}<h1>"))
    sources, _, problems = load([saved])
    assert problems == []
    for item in RECIPE[2:6]:
        assert item in sources[0].text


def test_a_footer_two_articles_of_one_site_share_is_dropped_from_both(tmp_path: Path) -> None:
    footer = "The Coast Herald is the independent voice of the coast, read by thousands of families every day."
    first, second = tmp_path / "bridge.txt", tmp_path / "flood.txt"
    first.write_text("\n\n".join([*BRIDGE, footer]) + "\n")
    second.write_text("\n\n".join([*FLOOD, footer]) + "\n")
    sources, _, problems = load([first, second])
    assert problems == [] and len(sources) == 2
    for source in sources:
        assert footer not in source.text
        assert (footer, REASON) in [(d.text, d.reason) for d in source.dropped]
        assert [d.line for d in source.dropped if d.reason == REASON] == [9]


def test_a_background_paragraph_two_reports_share_stays(tmp_path: Path) -> None:
    background = "The harbour bridge, built in 1932, carries forty thousand cars across the harbour every day."
    other = ["The harbour bridge will close again for two nights next month so that crews can test the new cables.",
             "Drivers will be sent through the town centre, and the ferry will run late crossings, officials said.",
             "The repairs to the bridge cables were finished in March, weeks ahead of the original schedule."]
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("\n\n".join([*BRIDGE, background]) + "\n")
    second.write_text("\n\n".join([*other, background]) + "\n")
    sources, _, _ = load([first, second])
    assert all(background in source.text for source in sources)


def test_saved_page_whose_article_is_a_table_keeps_its_rows(tmp_path: Path) -> None:
    results = [("100m freestyle", "Anna Berg", "58.2"), ("100m backstroke", "Lena Ott", "61.9"),
               ("200m medley", "Anna Berg", "2:14.5")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in results) + "</table>"
    lede = "The regional swimming championship finals were held in the harbour pool on Saturday, with two records."
    saved = tmp_path / "results.html"
    saved.write_text(page("Swimming championship results", [lede]).replace("</article>", table + "</article>"))
    sources, _, problems = load([saved])
    assert problems == []
    for event, swimmer, time in results:
        assert f"| {event} | {swimmer} | {time} |" in sources[0].text
