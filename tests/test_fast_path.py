"""The fast path: ONNX Runtime's encoder judges as the NumPy reference does, and + and - rank the story
they were given without reading, cleaning or aligning it again."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tui_support import reading_again, ready, wait_for, write_articles

from brief.embedding import Encoder, MiniLM, OnnxMiniLM, encoder
from brief.facts import semantic
from brief.options import Options
from brief.pipeline import load, make_briefing
from brief.render.json_render import to_dict
from brief.tui.app import make_app

TOLERANCE = 1e-5  # on a cosine: float32 rounding in another order of operations (measured: under 1e-6)


@lru_cache(maxsize=1)
def reference() -> MiniLM:
    """The NumPy encoder, operation by operation."""
    return MiniLM()


def test_briefings_use_the_onnx_encoder() -> None:
    assert isinstance(encoder(), OnnxMiniLM)


@pytest.mark.slow
def test_fast_vectors_are_the_reference_within_tolerance() -> None:
    _, sentences, _ = load([])
    texts = [s.text for s in sentences]
    for max_tokens in (semantic.MAX_TOKENS, 256, 8):
        fast, slow = encoder().encode(texts, max_tokens), reference().encode(texts, max_tokens)
        assert fast.shape == slow.shape == (len(texts), 384)
        assert np.abs(fast @ fast.T - slow @ slow.T).max() < TOLERANCE


def _with_encoder(monkeypatch: pytest.MonkeyPatch, chosen: Encoder, inputs: list[Any], options: Options) -> dict:
    with monkeypatch.context() as patch:
        patch.setattr("brief.embedding._load", lambda: chosen)
        return to_dict(make_briefing(inputs, options))


def _similarities_apart(fast: Any, slow: Any, path: str = "") -> list[tuple[str, float, float]]:
    """Every similarity that differs between two briefings' JSON; asserts that all else is equal."""
    if isinstance(fast, dict):
        assert fast.keys() == slow.keys(), path
        return [d for k in fast for d in _similarities_apart(fast[k], slow[k], f"{path}.{k}")]
    if isinstance(fast, list):
        assert len(fast) == len(slow), path
        return [d for i, (a, b) in enumerate(zip(fast, slow)) for d in _similarities_apart(a, b, f"{path}[{i}]")]
    if path.endswith("similarity") and fast != slow:
        return [(path, fast, slow)]
    assert fast == slow, path
    return []


@pytest.mark.parametrize("inputs", ["seeds", "council"])
def test_fast_path_makes_the_reference_briefing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 inputs: str) -> None:
    """Same points, same sources cited, same "only in" claims; similarities within tolerance."""
    paths: list[Any] = [] if inputs == "seeds" else write_articles(tmp_path, 6)
    options = Options(sentences=12, keywords=0)
    fast = _with_encoder(monkeypatch, encoder(), paths, options)
    slow = _with_encoder(monkeypatch, reference(), paths, options)
    assert len(fast["points"]) >= 4  # a point may hold two sentences (brief.ranking.lead_ins)
    assert any(len(p["supports"]) > 1 for p in fast["points"])  # facts were aligned across sources
    apart = _similarities_apart(fast, slow)
    assert all(abs(a - b) <= 2e-4 for _, a, b in apart), apart  # four decimals, rounded


def test_fast_path_links_every_sentence_as_the_reference_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.facts import align

    _, sentences, _ = load([])
    judged = []
    for chosen in (encoder(), reference()):
        with monkeypatch.context() as patch:
            patch.setattr("brief.embedding._load", lambda chosen=chosen: chosen)
            facts = align(sentences, 2)
            judged.append([([k.position for k in facts.links(i)], [k.position for k in facts.fact(i)],
                            facts.alone(i), sorted(facts._near.get(i, {}))) for i in range(len(sentences))])
    assert judged[0] == judged[1]
    assert any(links for links, *_ in judged[0])


# --- + and -: the story is ranked again, never read again ----------------------------------------------

@pytest.mark.slow
async def test_plus_then_minus_ranks_the_story_without_reading_cleaning_or_aligning_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.tui.widgets import BriefingList

    app = make_app([], Options(keywords=0))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        again = reading_again(monkeypatch)
        points = app.query_one(BriefingList)
        shown = points.option_count
        await pilot.press("plus")
        await wait_for(pilot, lambda: points.option_count == shown + 1, "one point more")
        await pilot.press("minus")
        await wait_for(pilot, lambda: points.option_count == shown, "the length again")
        assert again == []


@pytest.mark.slow
async def test_a_burst_of_presses_is_one_more_rank_for_the_last_length(monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.pipeline
    from brief.tui.widgets import BriefingList

    app = make_app([], Options(keywords=0))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        shown = points.option_count
        gate, asked = threading.Event(), []
        real = brief.pipeline.resized

        def held(briefing, count, *rest):  # type: ignore[no-untyped-def]
            asked.append(count)
            gate.wait(30)  # the first re-rank takes as long as the presses
            return real(briefing, count, *rest)

        monkeypatch.setattr("brief.pipeline.resized", held)
        await pilot.press("plus", "plus", "plus", "plus", "minus")
        gate.set()
        await wait_for(pilot, lambda: points.option_count == shown + 3, "three points more")
        await pilot.pause(0.3)
        assert asked == [shown + 1, shown + 3]  # no press lost, and one re-rank for the four after the first
        assert points.option_count == shown + 3


# --- the cache keeps each source's sentence vectors ----------------------------------------------------

def _counting_encoder(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    encoded: list[str] = []
    real = Encoder.encode

    def counting(self: Encoder, texts: Any, max_tokens: int = 256) -> Any:
        encoded.extend(texts)
        return real(self, texts, max_tokens)

    monkeypatch.setattr(Encoder, "encode", counting)
    return encoded


def test_a_story_that_gains_an_article_embeds_only_that_articles_sentences(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths = write_articles(tmp_path, 4)
    encoded = _counting_encoder(monkeypatch)
    options = Options(keywords=0)
    make_briefing(paths[:3], options, use_cache=True)
    assert encoded
    encoded.clear()
    grown = make_briefing(paths, options, use_cache=True)
    added = paths[3].read_text(encoding="utf-8")
    assert encoded and all(t in added for t in encoded), encoded
    assert to_dict(grown) == to_dict(make_briefing(paths, options))  # the same briefing as a fresh run


def test_a_damaged_vector_entry_is_embedded_afresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from brief.cache import cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths = write_articles(tmp_path, 3)
    options = Options(keywords=0, sentences=4)
    fresh = to_dict(make_briefing(paths, options, use_cache=True))
    for entry in cache_dir().rglob("*.json"):
        entry.write_bytes(entry.read_bytes()[:-20] + b"0" * 20)  # vectors and briefing alike
    encoded = _counting_encoder(monkeypatch)
    assert to_dict(make_briefing(paths, options, use_cache=True)) == fresh
    assert encoded  # nothing was taken from the damaged entries


def test_clear_cache_removes_the_vectors_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from brief import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    make_briefing(write_articles(tmp_path, 2), Options(keywords=0), use_cache=True)
    assert len(list(cache.vectors_dir().glob("*.json"))) == 2  # one entry per source
    # each source cleaned, split, its sentences sorted and their acts read
    assert len(list(cache.pieces_dir().glob("*.json"))) == 8
    assert cache.clear() == 11  # and the briefing's
    assert not list(cache.cache_dir().rglob("*.json"))
