"""A digest of the day's news given with a story's articles is briefed for its item on that story."""

from __future__ import annotations

from pathlib import Path

from brief.cleaning import clean
from brief.pipeline import Options, make_briefing
from brief.render import render_plain

ITEMS = {
    "Singer Wins Four Awards": "LOS ANGELES (AP) -- The singer won four music awards tonight for her first solo "
                               "album, including best new artist, at a ceremony in Los Angeles.",
    "Senate Approves Military Pay Rise": "WASHINGTON (AP) -- The Senate voted overwhelmingly today to give the "
                                         "armed forces a pay increase of nearly five percent from next year.",
    "Avalanche Hits Alpine Village Again": "LANDECK, Austria (AP) -- Another avalanche struck the Alpine village of "
                                           "Valzur today, where two people were killed and rescuers dug two "
                                           "survivors out of the snow.",
    "Stocks Rise in Early Trading": "NEW YORK (AP) -- Stocks rose in early trading today as investors bought "
                                    "technology shares ahead of the quarterly earnings reports.",
}


def _digest() -> str:
    return "AP Top News at 10 p.m.\n\n" + "\n\n".join(f"{head}\n\n{body}" for head, body in ITEMS.items()) + "\n"


def test_a_digest_is_read_as_items_under_their_headlines() -> None:
    cleaned = clean("\n\n".join(f"{head}\n\n{body}" for head, body in ITEMS.items()) + "\n")
    assert [head for head, _, _ in cleaned.items] == list(ITEMS)
    assert clean("The avalanche struck the village on Tuesday night, the police said.\n").items == ()


def test_a_digest_given_with_the_storys_articles_brings_only_its_item_on_the_story(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Avalanche kills two in Alpine village\n\nLANDECK, Austria (Reuters) - An avalanche buried houses in the "
        "Alpine village of Valzur on Wednesday, killing two people, while rescuers pulled two survivors from "
        "the snow.\n\nThe avalanche came a day after another killed at least 16 people in nearby Galtuer, where "
        "rescuers are still searching the snow for the missing.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Rescuers search snow after avalanches\n\nGALTUER, Austria (AFP) - Rescuers dug through the snow on "
        "Wednesday for people missing after avalanches struck two Alpine villages, one of them Valzur, where two "
        "people were killed.\n\nSoldiers flew survivors out of the villages by helicopter as more snow fell.\n",
        encoding="utf-8")
    (tmp_path / "c.txt").write_text(_digest(), encoding="utf-8")
    briefing = make_briefing(sorted(tmp_path.glob("*.txt")), Options(keywords=8, sentences=8))
    plain = render_plain(briefing)
    digest = briefing.source(3)
    assert digest.title == "Avalanche Hits Alpine Village Again", plain  # named after its item on the story
    assert "music awards" not in digest.text and "Senate" not in digest.text and "Stocks" not in digest.text
    assert "Another avalanche struck the Alpine village of Valzur today" in digest.text
    assert not any(word in plain for word in ("singer", "Senate", "Stocks", "armed forces")), plain
    left_out = [d.text for d in digest.dropped if "digest" in d.reason]
    assert left_out == ["Singer Wins Four Awards", "Senate Approves Military Pay Rise",
                        "Stocks Rise in Early Trading"], digest.dropped


def test_a_digest_alone_is_briefed_whole(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(_digest(), encoding="utf-8")
    briefing = make_briefing([tmp_path / "c.txt"], Options(keywords=0, sentences=8))
    assert "Senate" in briefing.source(1).text and "music awards" in briefing.source(1).text


def test_a_pages_headings_are_its_sections_not_a_digests_items() -> None:
    # a page's article as extracted keeps its headings; on the web-page benchmark, reading them as a digest's
    # items dropped them (bench/cleaning.py html recall 0.966 -> 0.963)
    text = "\n\n".join(f"{head}\n\n{body}" for head, body in ITEMS.items()) + "\n"
    assert clean(text, extracted=True).items == ()
    assert "Singer Wins Four Awards" in clean(text, extracted=True).text


BUDGET = (
    "The New York Times plans two pages of stories, photos and graphics on the avalanches in the Alps.\n\n"
    "AUSTRIA-AVALANCHE (Galtuer, Austria) _ Another avalanche struck the Alpine village of Valzur, where two people "
    "were killed and rescuers dug two survivors out of the snow. By Craig R. Whitney.\n\nWith a map-graphic.\n\n"
    "KOSOVO-TALKS (Paris) _ Secretary Albright testifies before Congress on the Kosovo talks. By Philip Shenon.\n\n"
    "MARKETS-STOCKS (New York) _ Stocks rose in early trading as investors bought technology shares. "
    "By Floyd Norris.\n\nQUESTIONS OR RERUNS: (888) 346-9867 or (212) 556-1927:\n\n"
    "The day supervisor is Gary McCardell.\n")


def test_a_news_services_budget_is_briefed_for_its_stories_not_its_notes(tmp_path: Path) -> None:
    # editor16, TAC D1001A-A: a NYT budget's "The New York Times plans two pages of stories ..." was a point
    cleaned = clean(BUDGET)
    assert len(cleaned.items) == 3 and "plans two pages" not in cleaned.text and "supervisor" not in cleaned.text
    assert "With a map-graphic" not in cleaned.text and "Secretary Albright testifies" in cleaned.text
    (tmp_path / "a.txt").write_text(
        "Avalanche kills two in Alpine village\n\nLANDECK, Austria (Reuters) - An avalanche buried houses in the "
        "Alpine village of Valzur on Wednesday, killing two people, while rescuers pulled two survivors from "
        "the snow.\n\nThe avalanche came a day after another killed at least 16 people in nearby Galtuer.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(BUDGET, encoding="utf-8")
    briefing = make_briefing(sorted(tmp_path.glob("*.txt")), Options(keywords=0, sentences=8))
    plain = render_plain(briefing)
    budget = briefing.source(2)
    assert "Kosovo" not in budget.text and "Stocks" not in budget.text and "Valzur" in budget.text, plain
    assert budget.title.startswith("Another avalanche struck the Alpine village of Valzur"), plain
    assert not any(word in plain for word in ("plans two pages", "AUSTRIA-AVALANCHE", "Albright")), plain


def test_a_budget_of_two_stories_set_with_dashes_is_read_as_a_budget() -> None:
    # editor18, DUC 2006 D0610A: its source was named "have any questions, please call The Republic News Desk at (602)"
    budget = ("The Arizona Republic plans to move the following stories for use by\n\nclients of the NYTimes News "
              "Service for Tuesday, Aug. 29. If you\n\nhave any questions, please call The Republic News Desk at "
              "(602)\n\n444-8286.\n\nPOLYGAMIST (Colorado City, Ariz.) - School opens in Colorado City. Nearly 700 "
              "students don't show up. By MARK SHAFFER.\n\nPACKARD (Undated) {ndash} A Phoenix man puts up for "
              "auction the rights to the famous Packard automobile name. By KEN WESTERN.\n")
    cleaned = clean(budget)
    assert len(cleaned.items) == 2 and cleaned.headline is None
    assert cleaned.text.startswith("POLYGAMIST") and "questions" not in cleaned.text
    assert "plans to move" not in cleaned.text
    # an agency's dateline is no budget's slug: two wire stories' paragraphs stay an article
    wire = ("WASHINGTON (AP) - The Senate voted on Tuesday to raise the pay of the armed forces.\n\n"
            "NEW YORK (AP) - Stocks rose in early trading as investors bought technology shares.\n")
    assert clean(wire).items == ()
    xinhua = ("BONN (xinhua) -- The German parliament on Thursday rejected a tough bill on crime.\n\n"
              "BERLIN (xinhua) -- Unemployment in Germany rose again in January, officials said.\n")
    assert clean(xinhua).items == ()  # a credit in lower case is one too (``versions.credit``)


# A budget set as the Times service's clients get Cox's: slug and place between underscores, the service's notes
# to its editors between the items and after them (made-up text).
COX_BUDGET = (
    "Photo information and the duty editors' names are at the end of this budget.\n\n"
    "NATIONAL\n\n"
    "HARBOR-BRIDGE _ PORTLAND, Maine _ The state closed the old harbor bridge on Monday after inspectors found "
    "cracks in two of its steel beams. (Lowell, Cox News Service). WITH PHOTO.\n\n"
    "EDs: Following developments at the statehouse. Updates will be included on later budgets.\n\n"
    "ORCHARD-FROST _ A late frost killed most of the apple blossoms in the valley's orchards, growers said. "
    "(Marsh, Palm Beach Post).\n\n"
    "TOLLS _ BOSTON _ The turnpike board votes on raising tolls for trucks. (Greer, Cox News Service).\n\n"
    "EDs: Moving in (w) Washington and (p) politics categories.\n\n"
    "BUDGET INFORMATION FOR SUBSCRIBERS\n\n"
    "News budgets move daily at 1 p.m. and 5 p.m. Eastern. If stories will move after 9 p.m., an ETA will be given.\n\n"
    "If a budget line is marked with photos, those are available from the photo desk at 555-010-2233.\n\n"
    "HOW TO REACH US\n\n"
    "The night editor is Pat Moreno, 555-010-4455.\n")


def test_a_budgets_notes_to_its_editors_are_dropped_and_its_items_kept() -> None:
    # DUC 2006 D0647B: "If stories will move after 8 p.m., an ETA will be given." was a point cited by five budgets
    cleaned = clean(COX_BUDGET)
    assert len(cleaned.items) == 3 and cleaned.headline is None
    assert "harbor bridge" in cleaned.text and "late frost" in cleaned.text and "raising tolls" in cleaned.text
    for note in ("ETA", "EDs:", "WITH PHOTO", "Updates will be included", "budgets move daily", "photo desk",
                 "night editor", "end of this budget"):
        assert note not in cleaned.text, note
    assert cleaned.title.startswith("The state closed the old harbor bridge")  # not its slug nor its place
    # a story's own dateline set the same way is one paragraph, and an article
    story = ("WASHINGTON _ The Senate voted on Tuesday to raise the pay of the armed forces.\n\n"
             "EDs: Moving in (w) Washington category.\n\nThe bill goes to the House next week.\n")
    assert clean(story).items == () and "House next week" in clean(story).text
