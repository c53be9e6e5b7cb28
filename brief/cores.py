"""Whether a core is free for a second process (``free_core``): asked before a step is shared with one."""

from __future__ import annotations

import os


def free_core() -> bool:
    """Whether another core is free for a second process now: this machine has more than one, and fewer threads
    are running than it has cores (this one's included; Linux says how many run in ``/proc/loadavg``, elsewhere the
    last minute's load average stands for it). On cores busy with other work a second process only shares them,
    and its start and what both processes read cost CPU seconds: at a load of 3 on two cores, the 1,000 articles
    took 23.5 s against 21 s in one process (``brief.beside``); the TUI's 25 articles, read ahead at a load of 6
    (``brief.tui.ahead``), showed their points 0.17 s later."""
    cores = os.cpu_count() or 1
    if cores < 2:
        return False
    try:
        with open("/proc/loadavg", encoding="ascii") as status:
            return int(status.read().split()[3].split("/")[0]) < cores
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.getloadavg()[0] < cores - 0.5
    except OSError:  # not known here: as if busy
        return False
