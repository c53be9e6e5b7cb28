"""End to end: any mix of inputs in one call, one stderr line per problem, never a traceback."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import brief_here, run_brief, run_env
from samples import BRIDGE, FLOOD, page, rss, text_article
from webserver import closed_port

QUICK_PLAIN_ARGS = ("--plain", "--no-keywords", "--algorithm", "textrank")


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir",
                                         p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))}


@pytest.mark.slow
def test_mixed_inputs_in_one_call(site, tmp_path: Path) -> None:
    url = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE))
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "floods.html").write_text(page("Floods force families from homes", FLOOD, site="Valley News"))
    (tmp_path / "wire.txt").write_text(text_article("Bridge reopens", BRIDGE))
    feed = tmp_path / "valley.rss"
    feed.write_text(rss([("Floods", "https://valley.example/f", "".join(f"<p>{p}</p>" for p in FLOOD * 3))]))
    stdin = text_article("Floods in the valley", FLOOD[:2]).encode()
    # two stories (the bridge, the floods), briefed as one here: this test is about reading every kind of input
    result = run_brief(*QUICK_PLAIN_ARGS, "--one-story", url, str(tmp_path / "pages"), str(tmp_path / "*.txt"),
                       str(feed), "-", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = result.stdout.decode()
    assert f"    {url} · The Coast Herald · 2024-03-05\n    also: {tmp_path / 'wire.txt'}\n" in out
    assert "3 sources" in out  # the bridge twice and the floods three times, merged


@pytest.mark.slow
def test_every_problem_is_one_line_and_the_rest_is_briefed(tmp_path: Path) -> None:
    port = closed_port()
    (tmp_path / "good.txt").write_text(text_article("Harbour bridge reopens after repairs", BRIDGE))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "none.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    (tmp_path / "de.txt").write_text("Die Brücke wurde am Dienstag nach acht Monaten wieder für den Verkehr "
                                     "freigegeben, teilte die Stadt mit, und sie ist jetzt offen.")
    (tmp_path / "nothing").mkdir()
    names = ["missing.txt", "empty.txt", "binary.txt", "menu.html", "none.rss", "de.txt", "nothing", "good.txt"]
    args = [str(tmp_path / n) for n in names] + [f"http://127.0.0.1:{port}/x", "ftp://example.org/x"]
    result = brief_here(*QUICK_PLAIN_ARGS, *args)
    assert result.returncode == 0
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 9
    failing = [a for a in args if not a.endswith("good.txt")]
    assert [line.startswith(f"brief: {arg}: ") for line, arg in zip(lines, failing)] == [True] * 9  # input order
    assert f"brief: {tmp_path / 'de.txt'}: looks like German, brief summarizes English only" in lines
    assert f"brief: http://127.0.0.1:{port}/x: could not connect (connection refused)" in lines
    assert "1 source · " in result.stdout.decode()


def test_every_source_failing_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("\n")
    result = brief_here(*QUICK_PLAIN_ARGS, str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"),
                       f"http://127.0.0.1:{closed_port()}/")
    assert result.returncode == 1 and result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 4 and lines[-1] == "brief: no briefing could be made"
    assert lines[0] == f"brief: {tmp_path / 'missing.txt'}: no such file"


@pytest.mark.slow
def test_a_run_writes_no_file(site, tmp_path: Path) -> None:
    """Nothing beside its inputs, in the folder it runs in, or at home (its cache has a folder of its own)."""
    url = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE))
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text(text_article("Floods", FLOOD))
    (inputs / "b.html").write_text(page("Bridge", BRIDGE))
    (inputs / "c.rss").write_text(rss([("Bridge", url, "<p>Teaser.</p>")]))
    before = _snapshot(inputs), _snapshot(tmp_path / "home")
    result = run_brief(*QUICK_PLAIN_ARGS, str(inputs), url, cwd=inputs)
    assert result.returncode == 0, result.stderr
    assert (_snapshot(inputs), _snapshot(tmp_path / "home")) == before
    assert set(site.hits) == {"/bridge"}  # only what it was given, and the feed entry's link


@pytest.mark.slow
def test_control_sequences_in_pages_and_feeds_never_reach_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "evil.html").write_text(page("Talks \x1b[2J end", ["Officials met in [bold]Geneva[/bold]\x1b[31m "
                                                                  "on Monday to discuss the long war in the north."]))
    (tmp_path / "evil.rss").write_text(rss([("Evil\x07", "", "<p>They agreed on a [link=http://x]plan[/link] "
                                                             "and a [/] marker\x1b]0;pwned\x07 for the region.</p>")]))
    html = brief_here(*QUICK_PLAIN_ARGS, str(tmp_path / "evil.html")).stdout.decode()
    feed = brief_here(*QUICK_PLAIN_ARGS, "--no-fetch", str(tmp_path / "evil.rss")).stdout.decode()
    assert "[bold]Geneva[/bold]" in html and "[link=http://x]plan[/link]" in feed and "[/]" in feed
    assert not any(ch in html + feed for ch in "\x1b\x07\x9b")


def test_plain_text_run_imports_no_web_library(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(text_article("Floods", FLOOD))
    code = ("import sys; from brief.cli import run; run(['--plain', '--no-keywords', sys.argv[1]]); "
            "print(sorted(m for m in ('trafilatura', 'httpx', 'feedparser', 'textual', 'torch') if m in sys.modules), "
            "file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True, env=run_env(),
                            check=False, timeout=120)
    assert result.stderr.decode().strip() == "[]"
