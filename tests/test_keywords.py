"""What a user gets from keyword extraction, on small hand-made texts."""

from __future__ import annotations

import pytest

from brief.keywords import BACKENDS, extract_document, get_backend, per_source_keywords, story_keywords
from brief.model import Source

SPILL = (
    "Millions of gallons of crude oil spilled when the tanker Exxon Valdez ran aground in Alaska.\n\n"
    "The oil spill is the biggest in U.S. history, officials told reporters. Crude oil covered the beaches.\n\n"
    "Captain Joseph Hazelwood was questioned. Hazelwood said the oil spills were an accident."
)
SYRIA_A = (
    "Accessibility links\n\nBreaking News\n\n"
    "Syria rejects the U.S. demand that Iranian forces leave Syria.\n\n"
    "The Syrian government said Iranian advisers stay, media reported. 2 min read\n\n  • 16x9 Image"
)
SYRIA_B = "Iran says its forces will remain in Syria at the request of the Syrian government in Damascus."


def _texts(result: list[tuple[str, float]]) -> list[str]:
    return [phrase for phrase, _ in result]


def test_document_keyphrases_are_noun_phrases_with_variants_merged() -> None:
    phrases = _texts(extract_document(SPILL, 10, backend="statistical"))
    lowered = [p.lower() for p in phrases]
    assert "oil spill" in lowered and "crude oil" in lowered
    assert sum(p in ("oil spill", "oil spills") for p in lowered) == 1  # plural merged
    assert any(p.endswith("Joseph Hazelwood") for p in phrases)
    assert "Hazelwood" not in phrases  # the surname alone is merged into the full name
    assert any("Exxon Valdez" in p for p in phrases) and any("U.S." in p for p in phrases)  # casing kept


def test_no_boilerplate_or_reporting_phrase_ever() -> None:
    banned = ("accessibility links", "breaking news", "min read", "media reported", "told reporters", "image")
    for backend in BACKENDS:
        for text in (SPILL, SYRIA_A):
            for phrase in _texts(extract_document(text, 20, backend=backend)):
                assert not any(b in phrase.lower() for b in banned), (backend, phrase)


def test_story_keywords_merge_demonyms_and_point_at_the_text() -> None:
    sources = [Source(1, "a", "A", SYRIA_A), Source(2, "b", "B", SYRIA_B)]
    keywords = story_keywords(sources, 8, backend="statistical")
    by_text = {k.text: k for k in keywords}
    assert keywords[0].text == "Syria"
    assert "Syrian" not in by_text  # folded into Syria
    syria = by_text["Syria"]
    assert syria.source_ids == (1, 2)
    found = {sources[o.source_id - 1].text[o.start : o.end] for o in syria.occurrences}
    assert found == {"Syria", "Syrian"}
    for keyword in keywords:
        for o in keyword.occurrences:
            text = sources[o.source_id - 1].text
            assert text[o.start : o.end].strip() == text[o.start : o.end] != ""
            assert o.start == 0 or not text[o.start - 1].isalnum()  # word boundary
            assert o.end == len(text) or not text[o.end].isalnum()


def test_deterministic_and_per_source() -> None:
    sources = [Source(1, "a", "A", SYRIA_A), Source(2, "b", "B", SYRIA_B)]
    assert story_keywords(sources, backend="statistical") == story_keywords(sources, backend="statistical")
    per = per_source_keywords(sources, 5, backend="statistical")
    assert set(per) == {1, 2}
    assert all(o.source_id == 2 for k in per[2] for o in k.occurrences)


def test_unknown_backend_and_empty_input() -> None:
    with pytest.raises(ValueError, match="statistical"):
        get_backend("nope")
    assert extract_document("", 5) == []
    assert story_keywords([]) == ()


def test_fast_backend_ranks_the_topic_first() -> None:
    phrases = [p.lower() for p in _texts(extract_document(SPILL, 5))]
    assert "oil spill" in phrases[:3] or "crude oil" in phrases[:3]


def test_keyphrases_prints_one_phrase_a_line(tmp_path) -> None:  # noqa: ANN001
    from conftest import run_brief

    doc = tmp_path / "doc.txt"
    doc.write_text(SPILL, encoding="utf-8")
    result = run_brief("--keyphrases", str(doc), "--keywords", "3")
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0 and len(lines) == 3 and all(line.strip() == line != "" for line in lines)
    missing = run_brief("--keyphrases", str(tmp_path / "missing.txt"))
    assert missing.returncode != 0 and missing.stderr.decode().count("\n") == 1 and not missing.stdout


OIL_SPILL = (
    "An oil spill off the coast of Alaska has reached the shore, officials said on Monday. "
    "The oil spill began when a tanker ran aground near Valdez. Crews are trying to contain the spill "
    "before it reaches the salmon fisheries. The tanker company said the spill was smaller than feared, "
    "but fishermen say the oil has already fouled the beaches. Cleanup crews worked through the night "
    "as the oil spread along the coast.\n"
)


def test_a_keyphrase_is_not_repeated_inside_a_better_one() -> None:
    phrases = [phrase for phrase, _ in extract_document(OIL_SPILL, 8)]
    assert phrases[0] == "oil spill" and len(phrases) == 8
    assert "spill" not in phrases and "oil" not in phrases  # both say less than "oil spill", ranked above them
    assert "tanker" in phrases and "tanker company" in phrases  # a longer phrase after a shorter one says more
