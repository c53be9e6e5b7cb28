"""Wire-service markup and terminal escapes that reached briefings and titles (issue 25)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import brief_here

from brief.cleaning import clean
from brief.sentences import split_sentences

BODY = [
    "The tribal council voted on Monday to open a second casino on the reservation's eastern edge.",
    "&UR; Members said the casino would pay for a new clinic, a school bus fleet and road repairs across the "
    "reservation. &LR;",
    "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)",
    "The state's governor has not said whether he will sign a new gaming compact with the tribe this year.",
    "Opponents in the nearby towns said traffic on the two-lane highway had already doubled since 1995.",
    "(END OPTIONAL TRIM)",
    "The council plans to hold a second vote in the spring, once the state has answered.",
]
WIRE = "&UR; NEW AMERICA NEWS SERVICE &QC; &UR; (Distributed by New York Times Special Features) &QC;"


def _article() -> str:
    return "\n\n".join([WIRE, "Tribe votes for a second casino", *BODY]) + "\n&QL;\n"


def test_wire_codes_and_notes_never_reach_text_or_title() -> None:
    cleaned = clean(_article())
    assert cleaned.title == "Tribe votes for a second casino"
    assert "&UR;" not in cleaned.text and "&LR;" not in cleaned.text and "&QL;" not in cleaned.text
    assert "OPTIONAL" not in cleaned.text and "NEWS SERVICE" not in cleaned.text
    assert ("Members said the casino would pay for a new clinic, a school bus fleet and road repairs across the "
            "reservation.") in cleaned.text.split("\n\n")
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)"] == "wire service's note to editors"
    assert reasons["(END OPTIONAL TRIM)"] == "wire service's note to editors"
    assert reasons["NEW AMERICA NEWS SERVICE (Distributed by New York Times Special Features)"] == (
        "wire service's note to its clients")


def test_a_sentence_naming_a_news_service_stays() -> None:
    line = ("The Associated Press news service reported on Monday that the tribe had hired a law firm in Washington "
            "to negotiate the compact with the state, which it expects to take two years.")
    cleaned = clean("\n\n".join(["Tribe votes for a second casino", BODY[0], line, BODY[3], BODY[4]]))
    assert line in cleaned.text


def test_wire_markup_in_a_briefing_and_a_wire_header_alone(tmp_path: Path) -> None:
    article = tmp_path / "casino.txt"
    article.write_text(_article(), encoding="utf-8")
    header = tmp_path / "header.txt"
    header.write_text(WIRE + " &UR; To purchase this material contact New York Times Syndicate Sales Executive "
                      "DEBORAH WEYDERT at 1-732-390-4480.) &QL;\n", encoding="utf-8")
    result = brief_here("--json", "--no-keywords", "--no-cache", str(header), str(article))
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode() == f"brief: {header}: no article text found\n"
    (data,) = json.loads(result.stdout)["stories"]
    shown = " ".join([data["title"], *(p["text"] for p in data["points"]), *(s["title"] for s in data["sources"])])
    for markup in ("&UR;", "&LR;", "&QC;", "NEWS SERVICE", "OPTIONAL MATERIAL"):
        assert markup not in shown, shown


def test_a_parenthesis_left_open_by_an_abbreviation_keeps_its_sentence_whole() -> None:
    text = ("Fans will meet young Jake Lloyd, who plays Anakin Skywalker (a.k.a. Darth Vader), and a marketplace "
            "will sell merchandise from every film. Tickets cost $20.")
    assert [s.text for s in split_sentences(text, 1)] == [
        "Fans will meet young Jake Lloyd, who plays Anakin Skywalker (a.k.a. Darth Vader), and a marketplace "
        "will sell merchandise from every film.", "Tickets cost $20."]
    aside = "The council met (it had not met since May. Nobody knows why.) and voted. It adjourned."
    assert len(split_sentences(aside, 1)) >= 3  # a parenthesis of whole sentences is not joined


PARAGRAPHS = [
    "The city council voted on Tuesday to rebuild the harbour bridge that storms damaged last winter.",
    "Engineers said the new bridge would rest on deeper piles and carry a wider cycle lane across the river.",
    "The work will cost about forty million dollars and should be finished within two years, officials said.",
    "Residents who live near the harbour asked the council to keep one lane open while the work goes on.",
    "The mayor said ferries would run every half hour until the bridge reopens to traffic next autumn.",
]


def test_a_page_whose_paragraphs_carry_escape_sequences_is_briefed_clean(tmp_path: Path) -> None:
    body = "".join(f"<p>\x1b[1;31m{p}\x1b[0m</p>\n" for p in PARAGRAPHS)
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>\x1b]52;c;cHduZWQ=\x07Escaped \x1b[31m title</title></head><body>"
                    f"<article>\n{body}</article></body></html>", encoding="utf-8")
    result = brief_here("--json", "--no-keywords", "--no-cache", str(page))
    assert result.returncode == 0, result.stderr
    (data,) = json.loads(result.stdout)["stories"]
    (source,) = data["sources"]
    assert source["title"] == "Escaped title"
    assert source["text"].split("\n\n") == PARAGRAPHS
    assert not any("[1;31m" in p["text"] or "[0m" in p["text"] for p in data["points"])
