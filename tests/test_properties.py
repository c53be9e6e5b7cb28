"""Properties of the core on arbitrary text: never raises, spans are verbatim, output is deterministic."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.pipeline import NoBriefing, Options, load, make_briefing
from brief.ranking import DEFAULT_ALGORITHM, RANKERS
from brief.render import render_json, render_plain
from brief.safety import one_line

OPTIONS = Options(algorithm="textrank" if "textrank" in RANKERS else DEFAULT_ALGORITHM, keywords=0)
WORDS = ["the", "council", "said", "on", "Monday", "that", "bridge", "floods", "U.S.", "Dr.", "Jan.", "5",
         "[bold]", "[/bold]", "[/]", "[link=http://x]", "\x1b[31m", "\x1b]0;t\x07", "\x07", "\x00", "\u200b",
         "café", "日本", "Ελλάδα", "—", "\"quoted", "it's", "(aside)", "#", "*", "\t", "\r\n"]
sentence = st.builds(lambda words, end: " ".join(words) + end, st.lists(st.sampled_from(WORDS), min_size=1,
                                                                        max_size=14),
                     st.sampled_from([".", "!", "?", "", "…", ".\"", ":"]))
article = st.builds(lambda parts, seps: "".join(p + s for p, s in zip(parts, seps)),
                    st.lists(sentence, max_size=12), st.lists(st.sampled_from([" ", "\n", "\n\n", "\r\n"]),
                                                              min_size=12, max_size=12))
anything = st.one_of(article, st.text(max_size=400), st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=200))

marked_up = st.builds(lambda text, wrap: wrap.format(text).encode("utf-8"), anything, st.sampled_from([
    "<!DOCTYPE html><html><head><title>{0}</title></head><body><nav>Home</nav><article><p>{0}</p></article>"
    "</body></html>",
    "<html><body><p>{0}</p><p>{0}</p></body>",
    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>{0}</title>'
    "<description>{0}</description></item></channel></rss>",
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>{0}</title><content type="html">{0}</content>'
    '</entry></feed>',
]))


def _write(folder: str, texts: list[str]) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        path = Path(folder) / f"{i}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def _brief(paths: list[Path]) -> tuple[str, str] | None:
    sources, sentences, _ = load(paths)
    for s in sentences:
        assert sources[s.source_id - 1].text[s.start:s.end] == s.text
    try:
        briefing = make_briefing(paths, OPTIONS)
    except NoBriefing:
        return None
    plain, as_json = render_plain(briefing, True), render_json(briefing)
    data = json.loads(as_json)
    for i, point in enumerate(briefing.points):
        assert briefing.source(point.sentence.source_id).text[point.sentence.start:point.sentence.end] == point.text
        for support in point.supports:
            assert briefing.source(support.source_id).text[support.start:support.end]
        assert one_line(point.text) in plain  # markup-like text shown as written
        assert data["points"][i]["text"] == point.text
    return plain, as_json


@settings(max_examples=60, deadline=None)
@given(st.lists(anything, min_size=1, max_size=3))
@pytest.mark.slow
def test_core_never_raises_keeps_spans_and_is_deterministic(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(folder, texts)
        first = _brief(paths)
        assert first == _brief(paths)
    if first is not None:
        assert not any(ch in first[0] for ch in "\x1b\x07\x00\x9b")


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=600), marked_up), st.sampled_from(["x.txt", "x.html", "x.rss", "x.md"]))
def test_arbitrary_bytes_never_raise(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        sources, sentences, problems = load([path], fetch=False)
    assert len(sources) + len(problems) >= 1
    assert all(sources[s.source_id - 1].text[s.start:s.end] == s.text for s in sentences)
