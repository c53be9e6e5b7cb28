"""A real terminal for the command-line tests: a private tmux server running brief in a fixed-size window."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Callable


class Tmux:
    """A private tmux server (its own socket) running one command in a fixed-size window."""

    def __init__(self, command: str, size: tuple[int, int], env: dict[str, str]) -> None:
        self.socket = f"brief-{id(self)}"  # under $TMUX_TMPDIR, the test's own folder
        self.env = env
        width, height = size
        self.run("new-session", "-d", "-s", "brief", "-x", str(width), "-y", str(height), command)
        self.socket_path = self.run("display-message", "-p", "#{socket_path}").strip()

    def run(self, *args: str) -> str:
        """One tmux command against this server."""
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                                env=self.env, timeout=30, check=False)
        return result.stdout

    def screen(self) -> str:
        """What the window shows now."""
        return self.run("capture-pane", "-p", "-J", "-t", "brief")

    def wait_for(self, condition: Callable[[str], bool], timeout: float = 60) -> str:
        """Poll the window until ``condition(screen)`` holds; fail with the last screen otherwise."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.25)
        raise AssertionError(f"timed out; the screen was:\n{screen}")

    def close(self) -> None:
        """Stop this test's tmux server (and the command in it), and remove its socket."""
        self.run("kill-server")
        if self.socket_path:
            Path(self.socket_path).unlink(missing_ok=True)
