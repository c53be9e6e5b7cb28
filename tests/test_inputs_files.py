"""Reading inputs: every bad input becomes one problem line, good ones are read."""

from __future__ import annotations

import io
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from brief.inputs import read_documents
from brief.inputs.files import MAX_BYTES
from brief.pipeline import Options, make_briefing


def test_bad_inputs_become_problems(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "good.txt").write_text("A real sentence.")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    docs, problems = read_documents([tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "binary.txt",
                                   empty_dir, tmp_path / "good.txt"])
    assert [d.text for d in docs] == ["A real sentence."]
    messages = {Path(p.path).name: p.message for p in problems}
    assert messages["missing.txt"] == "no such file"
    assert messages["empty.txt"] == "empty file"
    assert messages["binary.txt"] == "binary file, not text"
    assert messages["nothing"].startswith("no readable files in this folder")


def test_folder_is_read_in_name_order_and_bad_encoding_falls_back(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes("Caf\xe9 owners protested.".encode("cp1252"))
    (tmp_path / "a.md").write_text("First file.")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    docs, problems = read_documents([tmp_path])
    assert problems == []
    assert [Path(d.path).name for d in docs] == ["a.md", "b.txt"]
    assert docs[1].text == "Café owners protested."


def test_quoted_glob_is_expanded_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md", "notes.html"):
        (tmp_path / name).write_text(f"Story {name} happened today.")
    docs, problems = read_documents([str(tmp_path / "*.txt"), str(tmp_path / "[c]?md"), str(tmp_path / "*.pdf")])
    assert [Path(d.path).name for d in docs] == ["a.txt", "b.txt", "c.md"]
    assert [(p.path, p.message) for p in problems] == [(str(tmp_path / "*.pdf"), "no files match this pattern")]


def test_folder_whose_files_are_all_unreadable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.html").write_bytes(b"\x00\x00\x00")
    docs, problems = read_documents([tmp_path])
    assert docs == []
    assert [(Path(p.path).name, p.message) for p in problems] == [("a.txt", "empty file"),
                                                                  ("b.html", "binary file, not text")]


def test_invalid_utf8_never_crashes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"The mayor\xe2\x80 said the caf\xc3 was closed \x81\x8d\x8f\x90\x9d today.")
    mostly = tmp_path / "mostly.txt"
    mostly.write_bytes("The caf\u00e9 in Z\u00fcrich and the na\u00efve plan \u2014 ".encode() + b"\xff today.")
    docs, problems = read_documents([bad, mostly])
    assert problems == [] and [d.encoding for d in docs] == ["latin-1", "utf-8 (bad bytes replaced)"]
    assert docs[0].text.startswith("The mayor")
    assert docs[1].text == "The caf\u00e9 in Z\u00fcrich and the na\u00efve plan \u2014 \ufffd today."


def test_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1000 * 1000)
    tracemalloc.start()
    started = time.perf_counter()
    docs, problems = read_documents([huge])
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert docs == [] and problems[0].message == "too large (48 MiB; the limit is 8 MiB)"
    assert elapsed < 1.0 and peak < 1024 * 1024


def test_huge_stdin_is_cut_off_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"word " * (2 * 1024 * 1024))))
    docs, problems = read_documents(["-"])
    assert docs == [] and problems[0].message == "too large (more than 8 MiB; the limit is 8 MiB)"


def test_one_sentence_article_is_briefed(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("The council approved the new budget on Monday.")
    briefing = make_briefing([one], Options(algorithm="textrank", keywords=0))
    assert [p.text for p in briefing.points] == ["The council approved the new budget on Monday."]


def test_readme_documents_the_limits() -> None:
    from brief.inputs import urls

    usage = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert f"read up to {MAX_BYTES // 2**20} MiB each" in usage
    assert f"fetched up to {urls.MAX_BYTES // 2**20} MiB after decompression" in usage
    assert f"within {urls.MAX_REDIRECTS}\nredirects and one deadline on the wall clock per input" in usage
    assert f"(`--timeout`, {urls.TIMEOUT:.0f} seconds)" in usage and "six times that" in usage
