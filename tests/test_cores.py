"""Whether a core is free for a second process (``brief.cores``): the threads of the processes said to be about to
wait (the TUI's app, while its early child asks) are not counted."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from brief.cores import running_threads


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="each thread's state is read from /proc")
def test_a_busy_process_has_a_running_thread_and_a_waiting_one_none() -> None:
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    waiting = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.5)  # (both started: the one computing, the other asleep)
        assert running_threads(busy.pid) == 1
        assert running_threads(waiting.pid) == 0
    finally:
        busy.kill()
        waiting.kill()
        busy.wait()
        waiting.wait()
    assert running_threads(busy.pid) == 0  # (gone)
