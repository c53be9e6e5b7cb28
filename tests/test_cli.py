"""End to end through brief's command line: the golden plain text, stdin and a missing file through the
``brief`` program (``run_brief``); the rest through the same command line in the test's process (``brief_here``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_support import SEEDS, brief_here, check_golden, run_brief


@pytest.mark.slow
def test_plain_on_seeds_matches_golden_and_is_deterministic() -> None:
    first = run_brief("--plain", "--no-cache")
    second = run_brief("--plain", "--no-cache")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    text = first.stdout.decode()
    check_golden("seeds.plain.txt", text)
    assert text.count("Whether Iranian forces or Hizballah withdraw") == 1
    mekdad = next(line for line in text.splitlines() if "Whether Iranian forces" in line)
    assert mekdad.endswith("[1, 2]")
    assert "Keywords: " in text
    for boilerplate in ("Accessibility links", "Breaking News", "16x9 Image", "min read",
                        "journalists report the news"):
        assert boilerplate not in text


@pytest.mark.slow
def test_json_on_seeds_matches_golden() -> None:
    result = brief_here("--json")
    assert result.returncode == 0, result.stderr
    check_golden("seeds.json", result.stdout.decode())
    whole = json.loads(result.stdout)
    assert whole["schema"] == 3 and whole["problems"] == [] and len(whole["stories"]) == 1
    data = whole["stories"][0]
    assert {s["path"] for s in data["sources"]} == {f"seeds/{p.name}" for p in SEEDS}
    point = data["points"][0]
    assert {"text", "source_ids", "sentence_index", "span", "score", "supports", "why"} <= set(point)
    assert any(d["text"] == "Accessibility links" for d in data["sources"][0]["dropped"])
    assert data["keywords"] and all(k["occurrences"] for k in data["keywords"])


def test_markdown_escapes_source_text(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    # Source text full of Markdown syntax must render as the reader typed it, never as markup.
    tricky = ("The council's *emergency* plan [see annex](http://x.example) was backed by <b>all</b> "
              "members, with 2*3 votes on `item_one` and #hashtags | pipes | everywhere on Monday.")
    body = ["The city council met on Monday evening to vote on the emergency flood plan for the valley.", tricky,
            "Officials said the bridge over the river would reopen to traffic once the plan was funded."]
    (tmp_path / "a.txt").write_text("Council backs the flood plan\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    result = brief_here("--markdown", "--no-keywords", "--sentences", "3", str(tmp_path / "a.txt"))
    assert result.returncode == 0
    text = result.stdout.decode()
    assert text.startswith("# ") and "## Sources" in text
    tokens = MarkdownIt("commonmark").parse(text)
    items = [t for t in tokens if t.type == "inline" and t.content.startswith("The council")]
    assert items, text
    (item,) = items[:1]
    kinds = {child.type for child in item.children or []}
    assert not kinds & {"em_open", "strong_open", "link_open", "html_inline", "code_inline"}, kinds
    shown = "".join(child.content for child in item.children or [] if child.type == "text")
    assert shown.startswith(tricky)


@pytest.mark.slow
def test_explicit_files_and_stdin(tmp_path: Path) -> None:
    article = SEEDS[0].read_bytes()
    result = run_brief("--plain", "--no-keywords", "-", str(SEEDS[1]), stdin=article)
    assert result.returncode == 0, result.stderr
    assert "[1] Damascus Rejects U.S. Demand" in result.stdout.decode()
    assert "\n    -" in result.stdout.decode()


def test_missing_file_is_one_line_and_nonzero(tmp_path: Path) -> None:
    result = run_brief("--plain", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert err.splitlines()[0] == f"brief: {tmp_path / 'nope.txt'}: no such file"
    assert result.stdout == b""


@pytest.mark.slow
def test_missing_file_beside_good_ones_still_briefs(tmp_path: Path) -> None:
    result = brief_here("--plain", "--no-keywords", str(tmp_path / "nope.txt"), *map(str, SEEDS))
    assert result.returncode == 0
    assert result.stderr.decode().splitlines() == [f"brief: {tmp_path / 'nope.txt'}: no such file"]
    assert "[1, 2]" in result.stdout.decode()


@pytest.mark.slow
def test_word_and_sentence_limits() -> None:
    result = brief_here("--plain", "--no-keywords", "--sentences", "2")
    bullets = [line for line in result.stdout.decode().splitlines() if line.startswith("• ")]
    assert len(bullets) == 2
    result = brief_here("--plain", "--no-keywords", "--words", "40", "--algorithm", "textrank")
    bullets = [line for line in result.stdout.decode().splitlines() if line.startswith("• ")]
    texts = [re.sub(r"\s*(only in )?\[[\d, ]+\]$", "", b[2:]) for b in bullets]
    assert bullets and sum(len(t.split()) for t in texts) <= 40


def test_markup_and_control_characters_are_inert(tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text("Officials met in [bold]Geneva[/bold] on Monday to discuss the long war.\x1b[2J\n\n"
                    "They agreed on a [link=http://x]ceasefire[/link] plan for the region.\x07\n")
    result = brief_here("--plain", "--no-keywords", str(evil))
    out = result.stdout.decode()
    assert "[bold]Geneva[/bold]" in out
    assert "\x1b" not in out and "\x07" not in out


@pytest.mark.slow
def test_json_gives_every_source_text_and_spans_anyone_can_check(tmp_path: Path) -> None:
    # An input with web furniture and hard-wrapped lines: cleaned text differs from the input as read.
    raw = ("Home | World | Sport\n\nBridge reopens after repairs\n\n"
           "The harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the\n"
           "city more than forty million dollars.\n\n"
           "Engineers replaced the corroded steel cables and resurfaced the main deck, the transport department "
           "said.\n")
    other = ("The harbour bridge opened again to traffic on Tuesday, after repairs that lasted eight months and cost "
             "more than forty million dollars.\n\nCommuters had faced long detours since the bridge was closed "
             "last July.\n")
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    whole = json.loads(brief_here("--json", "--no-keywords", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).stdout)
    assert whole["schema"] == 3
    (data,) = whole["stories"]
    inputs = {s["id"]: (tmp_path / Path(s["path"]).name).read_text(encoding="utf-8") for s in data["sources"]}
    texts = {s["id"]: s["text"] for s in data["sources"]}
    checked = 0
    for point in data["points"]:
        for item in [point, *point["supports"]]:
            source = item["source_id"]
            start, end = item["span"]
            assert texts[source][start:end] == item["text"]
            a, b = item["input_span"]
            assert inputs[source][a:b].split() == item["text"].split()  # the same words, wrapped as in the input
            checked += 1
    assert checked >= 2
    bridge = [p for p in data["points"] if "harbour bridge" in p["text"]]
    assert bridge and bridge[0]["source_ids"] == [1, 2] and bridge[0]["only_in"] is None
