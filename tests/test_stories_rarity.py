"""A word's rarity in English, for the grouping: wordfreq's frequencies, read word by word from a table
built once in the cache folder, and grouping a few articles loads nothing heavy."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from brief.stories import rarity

WORDS = ["the", "said", "school", "shooting", "columbine", "pinochet", "exxon", "al-qaida", "u.s.", "o'brien",
         "o’brien", "1998", "2004", "3.5", "000", "f-16", "mid-1990s", "a.m.", "naïve", "zzqxjv", "walkout"]


@pytest.fixture(autouse=True)
def fresh_table() -> Iterator[None]:
    rarity._table.cache_clear()
    yield
    rarity._table.cache_clear()


def test_frequencies_are_wordfreqs() -> None:
    from wordfreq import zipf_frequency

    found = rarity.frequencies(WORDS)
    for word in WORDS:
        expected = zipf_frequency(word, "en")
        if expected == 0:
            assert word not in found or found[word] < 1e-9, word
        else:
            assert abs(9 + math.log10(found[word]) - expected) <= 0.01, word


def test_the_table_is_built_once_in_the_cache_folder(isolated: Path) -> None:
    first = rarity.frequencies(WORDS)
    table = isolated / "cache" / "brief" / rarity.TABLE
    assert table.is_file()
    built = table.stat().st_mtime_ns
    rarity._table.cache_clear()
    assert rarity.frequencies(WORDS) == first
    assert table.stat().st_mtime_ns == built


def test_an_unwritable_cache_folder_gives_the_same_frequencies(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = rarity.frequencies(WORDS)
    rarity._table.cache_clear()
    blocked = isolated / "not-a-folder"
    blocked.write_text("a file where the cache folder would be\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert rarity.frequencies(WORDS) == expected


def test_grouping_a_few_articles_loads_neither_scipy_nor_wordfreq(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from brief.inputs import make_sources\n"
        "from brief.pipeline import read\n"
        "from brief.stories import group\n"
        f"paths = [{str(tmp_path / 'a.txt')!r}, {str(tmp_path / 'b.txt')!r}, {str(tmp_path / 'c.txt')!r}]\n"
        "sources, sentences, _ = make_sources(read(paths))\n"
        "print(len(group(sources, sentences)), 'scipy' in sys.modules, 'wordfreq' in sys.modules)\n"
    )
    texts = ["Flood waters rose in Kelby on Monday as the river broke its banks.",
             "The Kelby river flood forced hundreds from their homes on Monday.",
             "A grandmaster won the national chess championship on Saturday."]
    for name, text in zip("abc", texts):
        (tmp_path / f"{name}.txt").write_text(f"{text}\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["2", "False", "False"]
