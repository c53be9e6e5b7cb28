"""The briefing cache: same bytes as a fresh run, never stale, safe when runs overlap."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from cli_support import SEEDS, brief_command, brief_here, run_brief, run_env


def _copy_seeds(folder: Path) -> list[str]:
    paths = []
    for seed in SEEDS:
        target = folder / seed.name
        target.write_bytes(seed.read_bytes())
        paths.append(str(target))
    return paths


def _seeds_and_bridge(tmp_path: Path) -> tuple[list[str], Path]:
    """The seeds copied into ``tmp_path`` and one more article beside them: a story that gains an article."""
    from samples import BRIDGE, text_article

    added = tmp_path / "bridge.txt"
    added.write_text(text_article("Harbour bridge reopens", BRIDGE))
    return _copy_seeds(tmp_path), added


@pytest.mark.slow
def test_cached_run_prints_what_a_fresh_run_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import brief.pipeline as pipeline
    from brief.cli import run

    paths = _copy_seeds(tmp_path)
    fresh = run_brief("--plain", "--no-keywords", "--no-cache", *paths)
    first = run_brief("--plain", "--no-keywords", *paths)
    assert len(list((tmp_path / "cache" / "brief").glob("*.json"))) == 1  # the first run stored its briefing

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the pipeline ran")

    monkeypatch.setattr(pipeline, "make_sources", broken)  # so a briefing printed now came from the cache
    assert run(["--plain", "--no-keywords", *paths]) == 0
    again = capsys.readouterr().out.encode()
    assert fresh.returncode == first.returncode == 0 and fresh.stdout.startswith(b"Syria rejects")
    assert fresh.stdout == first.stdout == again


@pytest.mark.slow
def test_changed_article_is_never_served_stale(tmp_path: Path) -> None:
    paths = _copy_seeds(tmp_path)
    before = run_brief("--plain", "--no-keywords", *paths).stdout.decode()
    article = Path(paths[0])
    article.write_text(article.read_text().replace("Mekdad told RIA Novosti", "Mekdad told the Tishreen daily"))
    after = run_brief("--plain", "--no-keywords", *paths).stdout.decode()
    assert "RIA Novosti" in before and "RIA Novosti" not in after
    assert "Tishreen" in after


@pytest.mark.slow
def test_clear_cache_empties_it(tmp_path: Path) -> None:
    run_brief("--plain", "--no-keywords", *_copy_seeds(tmp_path))
    assert len(list((tmp_path / "cache" / "brief").glob("*.json"))) == 1
    result = run_brief("--clear-cache")
    assert result.returncode == 0
    assert result.stderr.decode().startswith("brief: removed ")
    assert len(list((tmp_path / "cache" / "brief").glob("*.json"))) == 0


@pytest.mark.slow
def test_concurrent_runs_agree(tmp_path: Path) -> None:
    paths = _copy_seeds(tmp_path)
    env = run_env()
    runs = [subprocess.Popen([*brief_command(), "--plain", "--no-keywords", *paths], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env) for _ in range(4)]
    outputs = [tuple(run.communicate(timeout=300)) for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert len({out for out, _ in outputs}) == 1
    assert all(err == b"" for _, err in outputs)


def _seed_briefing():
    from brief.pipeline import Options, make_briefing

    return make_briefing(SEEDS, Options(), use_cache=False)


@pytest.mark.slow
def test_an_entry_round_trips_a_real_briefing_exactly() -> None:
    from brief import cache

    briefing = _seed_briefing()
    assert briefing.keywords and briefing.source_keywords and briefing.points[0].supports
    again = cache.decode(cache.encode(briefing))
    assert again == briefing
    assert cache.encode(again) == cache.encode(briefing)


def test_a_planted_pickle_is_never_run(tmp_path: Path, monkeypatch) -> None:
    import pickle

    from brief import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):  # what a planted entry would do when unpickled
            return (open, (str(marker), "w"))

    key = cache.make_key(["planted"])
    (tmp_path / "brief").mkdir()
    for suffix in (".json", ".pickle"):
        (tmp_path / "brief" / f"{key}{suffix}").write_bytes(pickle.dumps(Payload()))
    assert cache.get(key) is None
    assert not marker.exists()


@pytest.mark.slow
def test_a_damaged_or_foreign_entry_is_a_miss_and_is_replaced(tmp_path: Path, monkeypatch) -> None:
    from brief import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    briefing = _seed_briefing()
    key = cache.make_key(["damaged"])
    cache.put(key, briefing)
    entry = tmp_path / "brief" / f"{key}.json"
    assert cache.get(key) == briefing
    data = entry.read_bytes()
    entry.write_bytes(data.replace(b"Syria", b"Syrja", 1))  # the checksum no longer holds
    assert cache.get(key) is None
    entry.write_bytes(data.replace(b'"version": 2', b'"version": 1'))
    assert cache.get(key) is None
    cache.put(key, briefing)
    assert cache.get(key) == briefing


@pytest.mark.slow
def test_a_fifo_at_a_cache_key_neither_blocks_nor_stays(tmp_path: Path, monkeypatch) -> None:
    import threading

    from brief import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    key = cache.make_key(["fifo"])
    (tmp_path / "brief").mkdir()
    os.mkfifo(tmp_path / "brief" / f"{key}.json")
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(cache.get(key)), daemon=True)
    reader.start()
    reader.join(10)
    assert found == [None]
    cache.put(key, briefing := _seed_briefing())
    assert cache.get(key) == briefing


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch) -> None:
    from brief import cache

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache.cache_dir() == tmp_path / ".cache" / "brief"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "abs"))
    assert cache.cache_dir() == tmp_path / "abs" / "brief"


def test_a_relative_xdg_config_home_is_ignored_too(tmp_path: Path, monkeypatch) -> None:
    from brief.tui.config import config_path

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert config_path() == tmp_path / ".config" / "brief" / "config.toml"


@pytest.mark.slow
@pytest.mark.xdist_group("torch")
def test_the_keyword_engine_is_part_of_the_key(tmp_path: Path) -> None:
    paths = _copy_seeds(tmp_path)
    fast = brief_here("--plain", *paths).stdout.decode()
    keybert = brief_here("--plain", "--keyword-engine", "keybert", *paths).stdout.decode()
    assert fast == brief_here("--plain", "--no-cache", *paths).stdout.decode()
    first, second = (next(x for x in out.splitlines() if x.startswith("Keywords: ")) for out in (fast, keybert))
    assert first != second  # the keybert run was not served the fast run's entry


@pytest.mark.slow
def test_a_story_that_gains_an_article_cleans_and_splits_that_article_alone(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps each input cleaned and split, and the keywords of the sources they were ranked on:
    a briefing of the seeds and one more article cleans and splits that article only, and a briefing of
    the same story at another length does not rank its keywords again; each prints what a fresh run prints."""
    import brief.inputs.sources as sources
    import brief.keywords as keywords
    from brief.options import Options
    from brief.pipeline import make_briefing
    from brief.render import render_json

    seeds, added = _seeds_and_bridge(tmp_path)
    story = [*seeds, str(added)]
    fresh = render_json(make_briefing(story, Options()))
    make_briefing(seeds, Options(), use_cache=True)

    cleaned: list[str] = []
    split: list[str] = []
    clean, prepare = sources._clean, sources._split
    monkeypatch.setattr(sources, "_clean", lambda document: cleaned.append(document.path) or clean(document))
    monkeypatch.setattr(sources, "_split", lambda document, got: split.append(document.path) or prepare(document, got))
    assert render_json(make_briefing(story, Options(), use_cache=True)) == fresh
    assert cleaned == split == [str(added)]

    def ranked(*args: object, **kwargs: object) -> None:
        raise AssertionError("the keywords were ranked again")

    expected = render_json(make_briefing(story, Options(sentences=3)))
    monkeypatch.setattr(keywords, "all_keywords", ranked)
    shorter = make_briefing(story, Options(sentences=3), use_cache=True)
    assert len(shorter.points) == 3 and shorter.keywords
    assert render_json(shorter) == expected


@pytest.mark.slow
def test_a_story_that_gains_an_article_sorts_that_articles_sentences_alone(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps each source's sentences sorted (candidates, and those that lean on the sentence
    before): the seeds and one more article sort that article's sentences only; a seed edited since is
    sorted again, as a fresh run would sort it. Each briefing prints what a fresh run prints."""
    import brief.ranking.filters as filters
    from brief.options import Options
    from brief.pipeline import make_briefing
    from brief.render import render_json

    seeds, added = _seeds_and_bridge(tmp_path)
    story = [*seeds, str(added)]
    fresh = render_json(make_briefing(story, Options()))
    make_briefing(seeds, Options(), use_cache=True)

    sorted_texts: list[str] = []
    sort = filters.sort_sentences

    def recorded(sentences):  # type: ignore[no-untyped-def]
        sorted_texts.extend(s.text for s in sentences)
        return sort(sentences)

    monkeypatch.setattr(filters, "sort_sentences", recorded)
    briefing = make_briefing(story, Options(), use_cache=True)
    assert render_json(briefing) == fresh
    bridge = next(s.id for s in briefing.sources if s.path == str(added))
    assert sorted_texts == [s.text for s in briefing.sentences if s.source_id == bridge]

    edited = Path(seeds[0])
    said = next(s.text for s in briefing.sentences if s.source_id == next(
        source.id for source in briefing.sources if source.path == str(edited)) and " top " in s.text)
    edited.write_text(edited.read_text().replace(said, said.replace(" top ", " senior "), 1))
    sorted_texts.clear()
    monkeypatch.setattr(filters, "sort_sentences", sort)
    expected = render_json(make_briefing(story, Options()))
    monkeypatch.setattr(filters, "sort_sentences", recorded)
    again = make_briefing(story, Options(), use_cache=True)
    assert render_json(again) == expected
    first = next(s.id for s in again.sources if s.path == str(edited))
    assert sorted_texts == [s.text for s in again.sentences if s.source_id == first]


@pytest.mark.slow
def test_the_grouping_weighs_only_the_sources_it_has_not_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps each source's words weighed for the grouping into stories: the seeds and one more
    article weigh that article alone, and a seed edited since is weighed again. The stories and their
    briefings are those of a fresh run."""
    import brief.stories.features as features
    from brief.options import Options
    from brief.render import render_json
    from brief.stories import make_stories

    seeds, added = _seeds_and_bridge(tmp_path)
    story = [*seeds, str(added)]

    def briefed(use_cache: bool) -> list[str]:
        return [render_json(b) for b in make_stories(story, Options(keywords=0), use_cache=use_cache).briefings]

    fresh = briefed(False)
    make_stories(seeds, Options(keywords=0), use_cache=True)
    weighed: list[list[str]] = []
    weigh = features.weigh
    monkeypatch.setattr(features, "weigh", lambda document, rarity: weighed.append(list(document))
                        or weigh(document, rarity))
    read: list[str] = []
    words = features.words
    monkeypatch.setattr(features, "words", lambda text: read.append(text) or words(text))
    assert briefed(True) == fresh
    assert len(weighed) == 1 and "bridge" in weighed[0] and "syria" not in weighed[0]
    # nor are the words of the sources seen before read again: only the added article's
    assert any("bridge" in text.lower() for text in read)
    assert not any("Syria" in text for text in read)

    edited = Path(seeds[0])
    text = edited.read_text()
    assert " top Syrian official " in text
    edited.write_text(text.replace(" top Syrian official ", " senior Syrian official ", 1))
    weighed.clear()
    expected = briefed(False)
    weighed.clear()
    assert briefed(True) == expected
    assert len(weighed) == 1 and "senior" in weighed[0]


@pytest.mark.slow
def test_a_story_whose_sentences_are_all_cached_embeds_nothing(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps every sentence vector a briefing computed, those embedded to confirm a link of words
    too (beyond the story's embedding budget, made small here so the seeds have some): the same story
    briefed again at another length embeds nothing, and prints what a fresh run prints."""
    import brief.embedding as embedding
    import brief.facts.semantic as semantic
    from brief.options import Options
    from brief.pipeline import make_briefing
    from brief.render import render_json

    monkeypatch.setattr(semantic, "BUDGET", 6)
    seeds, added = _seeds_and_bridge(tmp_path)
    story = [*seeds, str(added)]
    expected = render_json(make_briefing(story, Options(sentences=4)))
    make_briefing(story, Options(), use_cache=True)
    embedded: list[str] = []
    encode = embedding.Encoder.encode
    monkeypatch.setattr(embedding.Encoder, "encode", lambda self, texts, *rest: embedded.extend(texts)
                        or encode(self, texts, *rest))
    assert render_json(make_briefing(story, Options(sentences=4), use_cache=True)) == expected
    assert embedded == []


@pytest.mark.slow
def test_a_story_that_gains_an_article_reads_the_acts_of_that_articles_sentences_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps the verbs each source's sentences give as planned and as done (what tells a plan
    another source reports done): the seeds and one more article read that article's sentences alone, and
    the briefing is a fresh run's."""
    import brief.facts.claims as claims
    import brief.ranking.updates as updates
    from brief.options import Options
    from brief.pipeline import make_briefing
    from brief.render import render_json

    seeds, added = _seeds_and_bridge(tmp_path)
    story = [*seeds, str(added)]
    fresh = render_json(make_briefing(story, Options(keywords=0)))
    make_briefing(seeds, Options(keywords=0), use_cache=True)
    read: list[str] = []
    reading = claims.reading

    def recorded(text: str) -> claims.Reading:
        read.append(text)
        return reading(text)

    monkeypatch.setattr(claims, "reading", recorded)
    monkeypatch.setattr(updates, "reading", recorded)
    briefing = make_briefing(story, Options(keywords=0), use_cache=True)
    assert render_json(briefing) == fresh
    bridge = next(s.id for s in briefing.sources if s.path == str(added))
    assert read == [s.text for s in briefing.sentences if s.source_id == bridge]
