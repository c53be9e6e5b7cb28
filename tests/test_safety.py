"""Nothing unsafe reaches a terminal or a file: controls, bidi and zero-width characters, in every output."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from cli_support import brief_command, brief_here, run_brief, run_env
from samples import BRIDGE, page, text_article

from brief.safety import escape_json, one_line, strip_controls

QUICK_ARGS = ("--no-keywords", "--algorithm", "textrank")
BIDI_AND_INVISIBLE = "\u202e\u2066\u200b\u200d\u2060\ufeff\u00ad"


def _unsafe(text: str) -> set[str]:
    """Characters a terminal would act on or hide: controls (but newline) and format characters."""
    return {ch for ch in text if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf")}


def test_every_format_character_is_known() -> None:
    formats = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf")
    assert strip_controls(formats) == ""
    assert "\\u" in escape_json(json.dumps(formats, ensure_ascii=False)) and not _unsafe(escape_json(formats))


def test_json_escapes_keep_the_text() -> None:
    text = "a\x9bb\u202ec\U000e0041d\u2028e"
    dumped = escape_json(json.dumps({"t": text}, ensure_ascii=False))
    assert not _unsafe(dumped) and "\u2028" not in dumped
    assert json.loads(dumped) == {"t": text}
    assert one_line("Evil\u202e title\u200b") == "Evil title"


@pytest.mark.slow
def test_c1_control_in_a_file_name_is_escaped_in_json(tmp_path: Path) -> None:
    good = tmp_path / "bridge\x9b31m.txt"
    good.write_text(text_article("Harbour bridge reopens after repairs", BRIDGE))
    missing = tmp_path / "gone\x9b2J\u202e.txt"
    result = brief_here("--json", *QUICK_ARGS, str(good), str(missing))
    assert result.returncode == 0
    out, err = result.stdout.decode(), result.stderr.decode()
    assert not _unsafe(out) and not _unsafe(err)
    assert "\\u009b31m.txt" in out
    whole = json.loads(out)
    (data,) = whole["stories"]
    assert data["sources"][0]["path"] == str(good) and data["sources"][0]["origins"] == [str(good)]
    assert whole["problems"] == [{"path": str(missing), "message": "no such file"}]
    assert err == f"brief: {tmp_path}/gone.txt: no such file\n"  # the whole sequence is dropped


@pytest.mark.slow
def test_bidi_and_zero_width_characters_never_reach_titles_or_points(tmp_path: Path) -> None:
    title = f"Harbour \u202ebridge{BIDI_AND_INVISIBLE} reopens"
    paragraphs = [p.replace("bridge", "bri\u200bdge\u202e") for p in BRIDGE]
    (tmp_path / "evil.html").write_text(page(title, paragraphs))
    (tmp_path / "evil.txt").write_text(text_article(title, paragraphs))
    for fmt in ("--plain", "--markdown", "--json"):
        result = brief_here(fmt, *QUICK_ARGS, str(tmp_path / "evil.html"), str(tmp_path / "evil.txt"))
        assert result.returncode == 0, result.stderr
        assert not _unsafe(result.stdout.decode()), fmt
    (data,) = json.loads(brief_here("--json", *QUICK_ARGS, str(tmp_path / "evil.html")).stdout)["stories"]
    assert data["title"] == "Harbour bridge reopens"
    texts = [data["title"], *(p["text"] for p in data["points"]), *(k["text"] for k in data["keywords"])]
    assert not _unsafe("".join(texts))  # removed from the text itself, not only escaped


def test_escape_sequences_in_the_cache_path_are_not_printed(tmp_path: Path) -> None:
    cache = tmp_path / "cache\x1b]0;pwned\x07\u202e"
    env = run_env(XDG_CACHE_HOME=str(cache))
    result = subprocess.run([*brief_command(), "--clear-cache"], capture_output=True, env=env, timeout=60, check=False)
    err = result.stderr.decode()
    assert result.returncode == 0
    assert not _unsafe(err) and err.endswith(f"{tmp_path}/cache/brief\n")


def test_argument_errors_echo_no_escape_sequences() -> None:
    result = run_brief("--algorithm", "\x1b[2J\x9b\u202e")
    err = result.stderr.decode()
    assert result.returncode == 2 and "invalid choice" in err
    assert not _unsafe(err)
