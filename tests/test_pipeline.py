"""The core's guarantees, checked on the bundled seeds for every algorithm."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.model import Briefing, Point
from brief.pipeline import NoBriefing, Options, make_briefing
from brief.ranking import RANKERS

MEKDAD = "Whether Iranian forces or Hizballah withdraw or stay in Syria is not up for discussion"


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """The seeds' briefing, made once for the module, in a home of its own (it is made before the autouse
    isolation of each test, so it sets its own)."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name, folder in (("HOME", ""), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")):
            patch.setenv(name, str(home / folder))
        return make_briefing([], Options(keywords=0))


@pytest.mark.slow
def test_every_point_is_verbatim_at_its_span(briefing) -> None:
    assert briefing.points
    for point in briefing.points:
        source = briefing.source(point.sentence.source_id)
        assert source.text[point.sentence.start:point.sentence.end] == point.text
        for support in point.supports:
            other = briefing.source(support.source_id)
            assert other.text[support.start:support.end] == briefing.sentences[
                [i for i, s in enumerate(briefing.sentences)
                 if (s.source_id, s.index) == (support.source_id, support.sentence_index)][0]].text


def test_mekdad_quote_appears_once_cited_by_both(briefing) -> None:
    quoted = [p for p in briefing.points if MEKDAD in p.text]
    assert len(quoted) == 1
    assert quoted[0].source_ids == (1, 2)


def test_no_dropped_line_reaches_the_briefing(briefing) -> None:
    dropped = [d.text for s in briefing.sources for d in s.dropped]
    assert any("16x9 Image" in d for d in dropped)
    for point in briefing.points:
        for line in dropped:
            assert line not in point.text and point.text not in line


@pytest.mark.parametrize("algorithm", sorted(RANKERS))
@pytest.mark.slow
def test_every_algorithm_respects_word_limit_and_spans(algorithm: str) -> None:
    result = make_briefing([], Options(algorithm=algorithm, words=80, keywords=0))
    assert result.points
    assert sum(len(p.text.split()) for p in result.points) <= 80
    for point in result.points:
        assert result.source(point.sentence.source_id).text[point.sentence.start:point.sentence.end] == point.text


@pytest.mark.slow
def test_sentence_limit() -> None:
    assert len(make_briefing([], Options(sentences=3, keywords=0)).points) == 3


def test_no_readable_input_raises_with_problems(tmp_path: Path) -> None:
    with pytest.raises(NoBriefing) as failure:
        make_briefing([tmp_path / "missing.txt"], Options(keywords=0))
    assert failure.value.problems[0].message == "no such file"


@pytest.mark.slow
def test_keywords_are_story_words_with_spans() -> None:
    result = make_briefing([], Options(keywords=6))
    assert len(result.keywords) == 6
    words = [k.text for k in result.keywords if " " not in k.text]
    assert not any(a != b and b.startswith(a) for a in words for b in words), "near-duplicate keywords"
    assert "Syria" in [k.text for k in result.keywords]
    for keyword in result.keywords:
        found = [result.source(o.source_id).text[o.start:o.end] for o in keyword.occurrences]
        assert keyword.text in found  # shown as the text writes it
        assert all(f.strip() == f and f for f in found)
    assert len(result.source_keywords) == 2 and all(result.source_keywords)


def _points_about(result: Briefing, *needles: str) -> list[Point]:
    return [p for p in result.points if any(n in p.text for n in needles)]


@pytest.mark.slow
def test_on_the_seeds_the_rejection_of_withdrawal_is_one_point_cited_by_both() -> None:
    # [1] "not on the agenda and not up for discussion", Mekdad's quote; [2] "has rejected calls for ...
    # to withdraw", the same quote: one fact, one point, both sources.
    result = make_briefing([], Options(sentences=15, keywords=0))
    rejection = _points_about(result, "rejected calls", "not up for discussion", "not on the agenda")
    assert len(rejection) == 1 and rejection[0].source_ids == (1, 2)


@pytest.mark.slow
def test_on_the_seeds_putins_call_for_withdrawal_is_one_point_never_claimed_only_in_one() -> None:
    # [1] "Putin at the time said that foreign armed forces should eventually withdraw", [2] "Putin told
    # Assad ... would eventually withdraw" and "Putin made a call for foreign forces to pull out": one call.
    for n in (6, 10, 15):
        result = make_briefing([], Options(sentences=n, keywords=0))
        putin = [p for p in result.points if "Putin" in p.text and ("withdraw" in p.text or "pull out" in p.text)]
        # Its sentences lean on earlier ones ("at the time", "out of the country"), so none may be chosen;
        # never two, and never "only in [2]": source 1 words it differently.
        assert len(putin) <= 1, n
        assert all(p.only_in is None for p in putin)


@pytest.mark.slow
def test_no_point_begins_with_a_word_that_points_back() -> None:
    from brief.ranking.filters import reads_alone

    for algorithm in ("multidoc", "lexrank"):
        result = make_briefing([], Options(algorithm=algorithm, sentences=15, keywords=0))
        openings = [p.text.split()[0] for p in result.points]
        assert all(reads_alone(p.text) for p in result.points), openings
        assert not {"He", "She", "It", "They", "That", "This", "But", "Both"} & set(openings)


@pytest.mark.slow
def test_every_point_is_one_fact_with_the_same_sources_everywhere() -> None:
    result = make_briefing([], Options(sentences=15, keywords=0))
    seen: set[tuple[int, int]] = set()
    for point in result.points:
        places = {(s.source_id, s.sentence_index) for s in point.supports}
        assert not places & seen  # no sentence stands behind two points
        seen |= places
        assert point.supports[0].source_id == point.sentence.source_id
        assert point.source_ids == tuple(sorted({s.source_id for s in point.supports}))


@pytest.mark.slow
def test_same_input_same_output(briefing) -> None:
    from brief.lexical import analyse

    analyse.cache_clear()  # a cold cache must not change anything
    again = make_briefing([], Options(keywords=0))
    assert again.points == briefing.points


@pytest.mark.slow
def test_progress_is_reported_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.pipeline as pipeline

    heard: list[str] = []
    real = pipeline.make_sources

    def make_sources(*args, **kwargs):  # type: ignore[no-untyped-def]
        heard.append("(cleaning and splitting ran)")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_sources", make_sources)
    result = make_briefing([], Options(keywords=3), progress=heard.append)
    assert heard == ["reading the bundled inputs", "cleaning and splitting 2 documents", "(cleaning and splitting ran)",
                     f"ranking {len(result.sentences)} sentences from 2 sources", "finding keywords"]


def test_keywords_of_many_sources_are_located_in_every_source(tmp_path: Path) -> None:
    cities = ["Lyon", "Porto", "Ghent", "Turin", "Malmo", "Graz", "Bergen", "Split", "Cork", "Brno", "Pecs", "Tartu"]
    for i, city in enumerate(cities):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"Negotiators met in {city} on Monday to discuss the ceasefire agreement for the northern region. "
            f"The ceasefire agreement would end months of fighting, officials in {city} said on Tuesday. "
            f"Aid groups in {city} welcomed the ceasefire agreement and asked for safe corridors.\n")
    result = make_briefing([tmp_path], Options(keywords=5))
    assert len(result.sources) == 12
    ceasefire = [k for k in result.keywords if "ceasefire" in k.text.lower()]
    assert ceasefire and ceasefire[0].source_ids == tuple(range(1, 13))
    for occurrence in ceasefire[0].occurrences:
        assert result.source(occurrence.source_id).text[occurrence.start:occurrence.end].lower().startswith("ceasefire")


@pytest.mark.slow
def test_a_briefing_kept_to_one_thread_is_the_same_briefing() -> None:
    """A Dask worker briefs without the keywords' second thread (``one_core``); the reader gets the same
    points and keywords as from one process."""
    from brief.pipeline import brief_items, read

    items = read([], False)
    beside = brief_items(items, Options(keywords=8))
    alone = brief_items(items, Options(keywords=8), one_core=True)
    assert alone.keywords and alone.keywords == beside.keywords
    assert alone.points == beside.points and alone.title == beside.title


@pytest.mark.slow
def test_the_keywords_thread_loads_no_thread_pool_nor_logging(tmp_path: Path) -> None:
    """The keywords are found beside the alignment on a thread of their own, without importing ``concurrent.futures``
    and ``logging`` (4 ms of a briefing): the same keywords."""
    import subprocess
    import sys

    script = ("import sys\n"
              "from brief.pipeline import Options, make_briefing\n"
              "briefing = make_briefing([], Options(keywords=5))\n"
              "print([k.text for k in briefing.keywords])\n"
              "print(sorted(m for m in ('concurrent.futures', 'logging') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout.splitlines()
    assert out[1] == "[]"
    assert out[0] == str([k.text for k in make_briefing([], Options(keywords=5)).keywords]) != "[]"
