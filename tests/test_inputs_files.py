"""Reading inputs: every bad input becomes one problem line, good ones are read."""

from __future__ import annotations

from pathlib import Path

from brief.inputs import read_sources


def test_bad_inputs_become_problems(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "good.txt").write_text("A real sentence.")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    docs, problems = read_sources([tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "binary.txt",
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
    docs, problems = read_sources([tmp_path])
    assert problems == []
    assert [Path(d.path).name for d in docs] == ["a.md", "b.txt"]
    assert docs[1].text == "Café owners protested."
