"""Copied page text: each kind of site furniture goes with its reason, each kind of article content stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.cleaning import clean
from brief.pipeline import load

HEADLINE = "Harbour Bridge Reopens After Eight Months Of Repairs"
BODY = [
    "The harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city "
    "more than forty million dollars, the transport department said.",
    "Engineers replaced the corroded steel cables of the bridge and resurfaced its main deck, working "
    "through the winter to finish the repairs ahead of schedule.",
    "Commuters had faced long detours since the bridge was closed last July, when inspectors found "
    "cracks in two of the supports that carry the harbour bridge.",
    "The mayor said the repairs had been finished two weeks early and thanked commuters for their "
    "patience during the long closure of the bridge.",
]


def copied(before: list[str], after: list[str], middle: list[str] | None = None) -> str:
    """A page as select-all + copy gives it: furniture, headline, the article, more furniture."""
    body = [BODY[0], BODY[1], *(middle or []), BODY[2], BODY[3]]
    return "\n".join([*before, HEADLINE, "By Jane Doe", "March 5, 2024", *body, *after]) + "\n"


NAV = ["Skip to content", "Home", "World", "Business", "Sport", "Sign in"]


def dropped(text: str) -> dict[str, str]:
    return {d.text: d.reason for d in clean(text).dropped}


def test_the_article_and_its_title_come_out_of_a_copied_page() -> None:
    cleaned = clean(copied(NAV, ["Most Read", "Storm closes schools across the region", "© 2024 Coast Herald"]))
    assert cleaned.title == HEADLINE
    assert cleaned.text == "\n\n".join(BODY)
    assert cleaned.date == "2024-03-05"
    assert cleaned.outlet == "Coast Herald"


@pytest.mark.parametrize(("line", "reason"), [
    ("We use cookies to improve your experience on our site. By continuing you accept our use of cookies.",
     "cookie notice"),
    ("Share this:", "sharing or follow buttons"),
    ("Like Loading...", "sharing or follow buttons"),
    ("Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
     "newsletter, sign-up or sign-in prompt"),
    ("E-mail:", "newsletter, sign-up or sign-in prompt"),
    ("Password:", "newsletter, sign-up or sign-in prompt"),
    ("Advertisement", "advertisement or affiliate notice"),
    ("Jane Doe is a transport reporter at the Coast Herald covering roads and rail.", "author bio"),
    ("The bridge at dawn. (Photo: John Smith/Reuters)", "caption or credit"),
    ("Read more: Ferry fares to rise in April", "related stories"),
])
def test_furniture_is_dropped_wherever_it_stands_with_its_reason(line: str, reason: str) -> None:
    text = copied(NAV, [], middle=[line])
    assert dropped(text)[line] == reason
    assert line not in clean(text).text


def test_comment_thread_after_the_article_is_dropped() -> None:
    thread = ["12 Comments", "Mark T.", "March 5, 2024 at 10:02 am",
              "Finally the bridge is open again, the detour through town added an hour to my commute.",
              "Reply", "Sue K.", "Forty million dollars seems a lot for two cables and some asphalt honestly.", "Reply"]
    cleaned = clean(copied(NAV, thread))
    assert cleaned.text == "\n\n".join(BODY)
    assert all(line not in cleaned.text for line in thread)


def test_related_stories_glued_to_their_summaries_are_not_the_article() -> None:
    teasers = ["Related Stories",
               "Storm Closes Schools Across The RegionHeavy rain forced forty schools to close on Monday as rivers "
               "rose.",
               "New Ferry Timetable Starts In AprilThe operator will add two early crossings on weekdays from April."]
    cleaned = clean(copied(NAV, teasers))
    assert cleaned.text == "\n\n".join(BODY)


def test_caption_above_its_photo_credit_and_short_labels_are_dropped() -> None:
    middle = ["Workers fit a new cable on the bridge in January", "Jane Smith | Getty Images", "Photos:"]
    reasons = dropped(copied(NAV, [], middle=middle))
    assert reasons["Workers fit a new cable on the bridge in January"].startswith("caption")
    assert reasons["Jane Smith | Getty Images"] == "caption or credit"
    assert "Photos:" in reasons


def test_a_sign_up_box_blurb_between_its_heading_and_its_consent_line_is_dropped() -> None:
    box = ["Morning Newsletter", "Get the day's top stories and the weather you need, before breakfast.",
           "I agree to receive the newsletter by email."]
    reasons = dropped(copied(NAV, [], middle=box))
    assert set(box) <= set(reasons)


def test_list_items_and_short_lines_that_continue_the_article_stay() -> None:
    items = ["The repairs in numbers:", "Two new steel cables for the bridge", "A resurfaced deck on the bridge",
             "Eight months of repairs"]
    cleaned = clean(copied(NAV, ["Most Read", "Storm closes schools"], middle=items))
    for item in items[1:]:
        assert item in cleaned.text


def test_an_article_that_is_a_table_of_results_keeps_its_rows() -> None:
    rows = ["Swimming results: the regional championship finals held in the harbour pool on Saturday.",
            "100m freestyle: Anna Berg, Harbour Swim Club, 58.2 seconds, a new championship record.",
            "100m backstroke: Lena Ott, Harbour Swim Club, 61.9 seconds, ahead of two club mates.",
            "200m medley: Anna Berg, Harbour Swim Club, 2:14.5, her second championship title.",
            "Relay: Harbour Swim Club, 3:55.0, the club's fourth relay championship in a row."]
    cleaned = clean("\n".join([*NAV, "Regional Swimming Championship Results", *rows, "© 2024 Coast Herald"]))
    assert cleaned.text == "\n\n".join(rows)


def test_a_site_blurb_after_a_run_of_menus_is_the_footer() -> None:
    footer = ["Follow us", "Facebook", "Twitter", "Instagram", "Newsletter", "Contact",
              "The Coast Herald is the region's independent daily, bringing you local news since 1921."]
    cleaned = clean(copied(NAV, footer))
    assert cleaned.text == "\n\n".join(BODY)


@pytest.mark.parametrize(("text", "language"), [
    ("首页\n新闻\n港口大桥经过八个月的维修后于周二重新通车。\n交通部门说，工程师更换了生锈的钢缆。\n版权所有\n",
     "Chinese"),
    ("ホーム\nニュース\n港の橋が八か月の修理を終えて火曜日に再開通しました。\n技術者たちはさびた鋼のケーブルを交換しました。\n",
     "Japanese"),
    ("หน้าแรก\nข่าว\nสะพานท่าเรือเปิดให้รถสัญจรอีกครั้งเมื่อวันอังคารหลังการซ่อมแซมแปดเดือน\n", "Thai"),
])
def test_text_in_a_script_without_spaces_is_refused_by_name(tmp_path: Path, text: str, language: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    sources, _, problems = load([path])
    assert sources == []
    assert [p.message for p in problems] == [f"looks like {language}, brief summarizes English only"]


def test_every_line_is_kept_or_reported_with_its_reason() -> None:
    thread = ["12 Comments", "Mark T.", "Finally the bridge is open again after all those months of detours.", "Reply"]
    text = copied([*NAV, "We use cookies to improve your experience. Accept all cookies"], thread,
                  middle=["Advertisement", "Share this:"])
    cleaned = clean(text)
    reported = {d.line: d for d in cleaned.dropped}
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            assert line in cleaned.text or (number in reported and reported[number].reason), line


@pytest.mark.slow
def test_a_chinese_page_is_refused_by_its_language(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [
        "港口大桥经过八个月的维修后于周二重新通车。交通部门说，工程师更换了生锈的钢缆。",
                                                                                                  "市长表示，工程比原计划提前两周完成，并感谢市民的耐心。"])
    page = tmp_path / "bridge.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>港口大桥重新通车</title></head><body><article>{paragraphs}"
                    "</article></body></html>", encoding="utf-8")
    sources, _, problems = load([page])
    assert sources == []
    assert [p.message for p in problems] == ["looks like Chinese, brief summarizes English only"]
