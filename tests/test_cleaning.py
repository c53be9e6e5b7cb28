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


def test_a_notice_in_capitals_run_into_the_articles_paragraph_leaves_the_article() -> None:
    # editor13, TAC 2010 D1016C-A: two one-paragraph articles behind a news service's notice were dropped whole
    # ("no article text found")
    text = ("WASHINGTON, D.C. 20003 Tel: 202-547-4512 Fax: 202-546-4194 COPYRIGHT 1998 BY WORLDSOURCES, INC., A "
            "JOINT VENTURE OF FDCH, INC. AND WORLD TIMES, INC. NO PORTION OF THE MATERIALS CONTAINED HEREIN MAY BE "
            "USED IN ANY MEDIA WITHOUT ATTRIBUTION TO WORLDSOURCES, INC. JAKARTA (JP): Attorney General Soedjono "
            "C. Atmonegoro revealed here yesterday that former president Soeharto has appointed a number of lawyers "
            "to represent him. ``Yes that's true,'' Soedjono replied hastily when asked by journalists. Two "
            "committees have been formed by the public to investigate the family's wealth.\n")
    cleaned = clean(text)
    assert cleaned.text.startswith("JAKARTA (JP): Attorney General Soedjono"), cleaned.text
    assert "COPYRIGHT" not in cleaned.text and cleaned.text.rstrip().endswith("the family's wealth.")
    assert [d.reason for d in cleaned.dropped] == ["copyright or legal notice"]
    # a notice alone stays a notice, dropped whole
    assert clean("COPYRIGHT 1998 BY WORLDSOURCES, INC. ALL RIGHTS RESERVED.\n\nThe talks resumed on Monday in "
                 "Geneva, officials of both delegations said.\n").text.startswith("The talks")


def test_a_news_services_contact_for_its_clients_is_not_article_text() -> None:
    # dev briefing of DUC 2006 D0647B: "CoxNet layouts are for sale over the web, through the New York Times News
    # Service's PageExpress service, at www.nytsyn.com/syndicate/pageex." was a point
    article = ("Elian Gonzalez's great-uncle asked a federal court on Monday to let the boy stay in Miami while "
               "his asylum case is heard.\n\nThe boy's father has asked the government to return him to Cuba.\n\n")
    notes = ("CoxNet layouts are for sale over the web, through the New York Times News Service's PageExpress "
             "service, at www.nytsyn.com/syndicate/pageex.\n\nIf a budget line or story is marked with photos or "
             "graphics, those are available from the New York Times News Service at 212-556-4204.\n")
    cleaned = clean(article + notes)
    assert cleaned.text.startswith("Elian Gonzalez's great-uncle") and "father has asked" in cleaned.text
    assert "CoxNet" not in cleaned.text and "212-556-4204" not in cleaned.text, cleaned.text
    # a reporter citing a service's number in the story stays: a long paragraph holds the article too
    long_one = ("The hotline, run by the state's news service for the deaf, 555-123-4567, took calls from hundreds "
                "of families on Monday, officials said, " + "and volunteers answered every one of them " * 6 + ".\n")
    assert "hotline" in clean(long_one).text


def test_a_coded_line_of_the_wires_notes_in_parentheses_is_not_article_text() -> None:
    # editor16, DUC 2006 D0601A: a syndication notice alone was briefed as a source; its codes set the notes
    # one after another on one line, longer than one note
    notice = ("&UR; NEW AMERICA NEWS SERVICE &QC; &UR; (Distributed by New York Times Special Features) &QC;\n\n"
              "&QL; &UR; -0- &QL; &UR; (To publish this article, it must be purchased _ the rate is not prohibitive "
              "_ from New York Times Syndicate sales representative CONNIE WHITE in Kansas City at 1-800-444-0267 or "
              "816-822-8448; fax: 816-822-1444.) &QL; &UR; (She also has information on how to subscribe to the New "
              "America News Service, a weekly diversity package of stories by and about ethnic minorities, gays, "
              "women and disabled Americans.) &QL;\n")
    assert clean(notice).text.strip() == ""
    article = "&QL; The board met on Monday and voted to close two schools, its chairman said. &QL;\n\n"
    assert "voted to close" in clean(article + notice).text


def test_a_table_set_as_text_is_not_article_text() -> None:
    # editor19, TAC D1008B-A: "Behind schedule; pollution continues ..." (a table's third cell) was a point
    table = ("Subject ... Goal ... Progress\n\nOysters ... Tenfold increase by 2010 ... Harvests declining sharply, "
             "falling 92% between 2000 and 2004.\n\nPollution ... Reduce problems so the bay can be removed from the "
             "list by 2010 ... Behind schedule; pollution continues to cause large areas of bad water.\n\n")
    intro = "In 2000, several states vowed that the bay would be cleaned up within 10 years, officials said.\n\n"
    after = "The states will meet again in May to review the bay's progress, the governor's office said on Friday.\n"
    cleaned = clean(intro + table + after)
    assert "Behind schedule" not in cleaned.text and "Oysters" not in cleaned.text, cleaned.text
    assert "vowed that the bay" in cleaned.text and "meet again in May" in cleaned.text
    # a quotation that leaves words out, even twice, is a sentence
    quote = "``We will fight ... we will rebuild ... we will win,'' the mayor told the crowd on Monday night.\n\n"
    assert "We will fight" in clean(intro + quote).text


def test_where_a_reprinted_editorial_first_ran_is_the_wires_note() -> None:
    # editor18, TAC D1006A-A: a source was named "The following editorial appeared in Thursday's Washington Post"
    text = ("The following editorial appeared in Thursday's Washington Post:\n\nIn a certain sense, the drug maker's "
            "decision to stop selling its best-selling painkiller shows how regulation and competition can work.\n")
    cleaned = clean(text)
    assert cleaned.text.startswith("In a certain sense") and "Washington Post" not in cleaned.title
    assert [d.reason for d in cleaned.dropped] == ["wire service's note to its clients"]


def test_a_line_addressed_to_the_editors_is_not_article_text() -> None:
    # editor18, DUC 2006 D0610A: a photo package was named "ATTENTION EDITORS: The following photos are part of ..."
    article = "The board met on Monday and voted to close two schools next year, its chairman said.\n"
    for note in ("ATTENTION EDITORS: The following photos are part of tonight's New York Times Photo Package, moving "
                 "10/28/98. Photo clients will automatically receive these photos via the photo service.",
                 "EDITOR'S NOTE -- Lauran Neergaard covers health and medical issues for The Associated Press in "
                 "Washington."):
        cleaned = clean(note + "\n\n" + article)
        assert cleaned.text.strip() == article.strip(), cleaned.text
        assert [d.reason for d in cleaned.dropped] == ["wire service's note to editors"]


def test_a_line_of_other_stories_slugs_is_the_wires_not_the_headline() -> None:
    from brief.cleaning.core import clean

    # TAC D1024E-A's article d10 gave its Sources entry as "ATTACK-ALBANIA, ATTACK-EVIDENCE, ..." (editor24)
    slugs = "ATTACK-ALBANIA, ATTACK-EVIDENCE, ATTACK-DAMAGE, ATTACK-RUSSIA-REACT, ATTACK-PAKISTAN.)"
    body = ("KHARTOUM, Sudan _ Not quite 24 hours after American cruise missiles hit a factory in a decrepit "
            "industrial area of this capital, clouds of white smoke still hovered over the site Friday.")
    cleaned = clean(slugs + "\n\n" + body + "\n")
    assert "ATTACK" not in cleaned.title and "ATTACK" not in cleaned.text
    assert cleaned.text == body
