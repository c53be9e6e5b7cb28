"""Web pages and saved pages: the article's text and metadata, never the page's chrome."""

from __future__ import annotations

from pathlib import Path

from samples import BOILERPLATE, BRIDGE, page

from brief.inputs import read_documents
from brief.inputs.reader import kind_of
from brief.pipeline import load


def test_saved_page_gives_article_text_and_metadata(tmp_path: Path) -> None:
    saved = tmp_path / "bridge.html"
    saved.write_text(page("Harbour bridge reopens after repairs", BRIDGE))
    sources, sentences, problems = load([saved])
    assert problems == []
    (source,) = sources
    assert source.title == "Harbour bridge reopens after repairs"
    assert (source.outlet, source.date) == ("The Coast Herald", "2024-03-05")
    assert source.url == "https://herald.example/news/bridge"
    assert [s.text for s in sentences] == BRIDGE
    for chrome in (*BOILERPLATE, "Home", "Sport"):
        assert chrome not in source.text
    assert all(source.text[s.start:s.end] == s.text for s in sentences)


def test_html_is_sniffed_whatever_the_file_name(tmp_path: Path) -> None:
    saved = tmp_path / "bridge.txt"
    saved.write_text(page("Harbour bridge reopens after repairs", BRIDGE))
    documents, _ = read_documents([saved])
    assert documents[0].kind == "page" and "<p>" not in documents[0].text
    assert kind_of(b"The council met. It said <b>no</b>.", "x.txt") == "text"
    assert kind_of(b"\xef\xbb\xbf<!doctype html><html><body></body></html>") == "html"


def test_page_with_no_article_text_is_one_problem(tmp_path: Path) -> None:
    empty = tmp_path / "menu.html"
    empty.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                     "<a href='/news'>News</a></nav></body></html>")
    sources, _, problems = load([empty])
    assert sources == []
    assert len(problems) == 1 and problems[0].path == str(empty)
    assert "article text" in problems[0].message


def test_markup_like_text_and_control_characters_in_html(tmp_path: Path) -> None:
    evil = tmp_path / "evil.html"
    paragraphs = ["Officials met in [bold]Geneva[/bold]\x1b]8;;http://x\x07 on Monday to discuss the long war.",
                  "They agreed on a [link=http://x]ceasefire[/link] plan and a [/] marker, said \x1b[31mred\x1b[0m."]
    evil.write_text(page("Talks in Geneva end with a ceasefire plan", paragraphs))
    sources, sentences, _ = load([evil])
    text = sources[0].text
    assert "[bold]Geneva[/bold]" in text and "[link=http://x]ceasefire[/link]" in text and "[/]" in text
    assert "\x1b" not in text and "\x07" not in text
