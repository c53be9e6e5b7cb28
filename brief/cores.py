"""Whether a core is free for a second process (``free_core``): asked before a step is shared with one."""

from __future__ import annotations

import os
from typing import Iterable


def free_core(besides: Iterable[int] = ()) -> bool:
    """Whether another core is free for a second process now: this machine has more than one, and fewer threads
    are running than it has cores (this one's included; Linux says how many run in ``/proc/loadavg``, elsewhere the
    last minute's load average stands for it), not counting the running threads of the processes ``besides`` (the
    TUI's app, which is about to wait for the work). On cores busy with other work a second process only shares
    them, and its start and what both processes read cost CPU seconds: at a load of 3 on two cores, the 1,000
    articles took 23.5 s against 21 s in one process (``brief.beside``); the TUI's 25 articles, read ahead at a load
    of 6 (``brief.tui.ahead``), showed their points 0.17 s later."""
    cores = os.cpu_count() or 1
    if cores < 2:
        return False
    try:
        with open("/proc/loadavg", encoding="ascii") as status:
            running = int(status.read().split()[3].split("/")[0])
        return running - sum(map(running_threads, besides)) < cores
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.getloadavg()[0] < cores - 0.5
    except OSError:  # not known here: as if busy
        return False


def running_threads(pid: int) -> int:
    """How many of process ``pid``'s threads are running now (Linux: each thread's state in ``/proc``); 0 when that
    cannot be told."""
    count = 0
    try:
        tasks = list(os.scandir(f"/proc/{pid}/task"))
    except OSError:
        return 0
    for task in tasks:
        try:
            with open(os.path.join(task.path, "stat"), encoding="ascii", errors="replace") as stat:
                count += stat.read().rpartition(")")[2].split()[0] == "R"
        except (OSError, IndexError):
            continue
    return count
