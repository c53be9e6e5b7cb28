"""Cleaning on small hand-made articles: boilerplate goes, article text stays."""

from __future__ import annotations

from brief.cleaning import clean, parse_date_line

ARTICLE = """Skip to content

Top Stories

Council Approves New Bridge Over The River Tay

Council Approves New Bridge Over The River Tay
An artist's impression of the bridge [Reuters]
3 min read
12 March, 2021
The city council approved a new bridge on Tuesday after a long debate.

Mayor Ann Smith said the bridge would open in 2024.

Opponents said the cost was too high.

Photo: the river at dawn

Engineers from Dundee will start work in June.

With reporting by Local Wire

  • 4x3 Image

Example Media reaches millions of readers every week through our partners in many countries.
"""


def test_headline_becomes_title_and_boilerplate_is_dropped() -> None:
    cleaned = clean(ARTICLE)
    assert cleaned.title == "Council Approves New Bridge Over The River Tay"
    dropped = {d.text for d in cleaned.dropped}
    for line in ("Skip to content", "Top Stories", "3 min read", "An artist's impression of the bridge [Reuters]",
                 "Photo: the river at dawn", "With reporting by Local Wire", "• 4x3 Image"):
        assert line in dropped
        assert line not in cleaned.text
    assert "Example Media reaches millions" not in cleaned.text
    assert cleaned.outlet == "Example Media"


def test_repeated_headline_and_date_line() -> None:
    cleaned = clean(ARTICLE)
    reasons = [d.reason for d in cleaned.dropped if d.text.startswith("Council Approves")]
    assert reasons == ["headline (used as title)", "repeated line"]
    assert cleaned.date == "2021-03-12"


def test_article_sentences_are_kept_even_when_short() -> None:
    cleaned = clean(ARTICLE)
    assert "Opponents said the cost was too high." in cleaned.text
    assert "Engineers from Dundee will start work in June." in cleaned.text
    assert cleaned.text.startswith("The city council approved")


def test_dropped_lines_keep_their_line_numbers() -> None:
    cleaned = clean(ARTICLE)
    lines = ARTICLE.split("\n")
    for d in cleaned.dropped:
        assert d.text in lines[d.line - 1]


def test_plain_text_without_boilerplate_is_untouched() -> None:
    text = "PHOENIX _ The mothers learned to build computers.\n\nNow they teach others.\n"
    cleaned = clean(text)
    assert cleaned.dropped == ()
    assert cleaned.text == "PHOENIX _ The mothers learned to build computers.\n\nNow they teach others."


def test_hard_wrapped_paragraph_is_joined() -> None:
    cleaned = clean("The minister said the talks\nwould resume on Monday.\n")
    assert cleaned.text == "The minister said the talks would resume on Monday."


def test_copyright_line_gives_outlet_and_controls_are_removed() -> None:
    cleaned = clean("Talks resumed in Geneva on Monday.\x1b[31m\n\n© 2020 Daily Planet\n")
    assert cleaned.outlet == "Daily Planet"
    assert "\x1b" not in cleaned.text


def test_date_lines() -> None:
    assert parse_date_line("23 May, 2018") == "2018-05-23"
    assert parse_date_line("Wednesday, May 23, 2018 10:02") == "2018-05-23"
    assert parse_date_line("On May 23, 2018 the army moved.") is None


def test_a_wire_dateline_is_not_part_of_a_title_taken_from_the_first_line():
    text = ("BEIJING (AP) _ Farmers upset over high government taxes drove their tractors into an eastern "
            "Chinese city to block traffic in protest, a rights group reported Wednesday.\n\n"
            "About 100 farmers pulled their tractors in front of the city's government office building.\n")
    title = clean(text).title
    assert title.startswith("Farmers upset over high government taxes")
    assert "BEIJING" not in title
