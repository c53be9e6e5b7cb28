"""``brief`` in a real terminal (tmux): the views a reader opens on the seeds."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
from cli_support import brief_command, run_env
from tmux_support import Tmux

MEKDAD = "Whether Iranian forces or Hizballah withdraw"
WHO = "Enter: show in Original · Esc: close"  # the view's bottom border ("Who says what" is also in the footer)


def _briefing_shown(screen: str) -> bool:
    """The briefing has been ranked: Original shows the sentence of the point under the cursor."""
    return "Original ·" in screen and "reporting this point" in screen


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_brief_w_shows_both_outlets_wording_of_the_mekdad_quote(tmp_path: Path) -> None:
    """[1] quotes Mekdad with "[business]", [2] with "(business)": w on that point shows both at once."""
    env = run_env(TERM="xterm-256color")
    command = shlex.join([*brief_command(), "--no-keywords"])  # no INPUT: the bundled seeds
    tmux = Tmux(f"cd {shlex.quote(str(tmp_path))} && {command}", (120, 36), env)
    try:
        tmux.wait_for(_briefing_shown, timeout=120)  # the first run loads the model
        for _ in range(12):  # Briefing's cursor starts on point 1; step down until w shows the quote
            tmux.run("send-keys", "-t", "brief", "w")
            screen = tmux.wait_for(lambda s: WHO in s, timeout=15)
            if MEKDAD in screen:
                break
            tmux.run("send-keys", "-t", "brief", "Escape")
            tmux.wait_for(lambda s: WHO not in s, timeout=15)
            tmux.run("send-keys", "-t", "brief", "j")
        else:
            raise AssertionError(f"no point of the briefing quotes Mekdad; the last screen was:\n{screen}")
        assert "[business]" in screen and "(business)" in screen, screen
        assert "[1] RFE/RL" in screen and "[2] Syria rejects calls" in screen, screen
        tmux.run("send-keys", "-t", "brief", "Escape")
        tmux.wait_for(lambda s: WHO not in s and _briefing_shown(s), timeout=15)
        tmux.run("send-keys", "-t", "brief", "q")
        tmux.wait_for(lambda s: "Original ·" not in s, timeout=15)
    finally:
        tmux.close()
