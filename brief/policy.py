"""How long reading may take and where feeds may lead: one deadline per input and one per run.

A deadline is a point on the wall clock (monotonic), not a per-read timeout: connecting,
waiting for headers, the body, every redirect and every feed entry an input leads to all
spend the same seconds. The whole run has a deadline too, so many slow inputs cannot add
up without end. The CLI sets the policy once (``configure``); tests pass their own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

TIMEOUT = 10.0  # seconds per input, everything it leads to included (--timeout)
RUN_INPUTS = 6  # a whole run may spend this many inputs' time on the network, in all


@dataclass(frozen=True)
class Deadline:
    """A point on the monotonic clock, and the one line that says it has passed."""

    at: float
    message: str

    @classmethod
    def after(cls, seconds: float, message: str | None = None) -> Deadline:
        """The deadline ``seconds`` from now ("timed out after N s" unless told otherwise)."""
        return cls(time.monotonic() + seconds, message or f"timed out after {seconds:g} s")

    def earlier(self, other: Deadline | None) -> Deadline:
        """Whichever of the two deadlines comes first."""
        return other if other is not None and other.at < self.at else self

    def left(self) -> float:
        """Seconds until the deadline (negative once it has passed)."""
        return self.at - time.monotonic()

    def passed(self) -> bool:
        """Has the deadline passed?"""
        return self.left() <= 0


@dataclass(frozen=True)
class FetchPolicy:
    """What the user allowed: seconds per input, and whether feed links may reach private networks."""

    timeout: float = TIMEOUT
    allow_private: bool = False

    def run_deadline(self) -> Deadline:
        """The deadline of a whole run that starts now."""
        seconds = self.timeout * RUN_INPUTS
        return Deadline.after(seconds, f"timed out (the whole run may take {seconds:g} s)")

    def input_deadline(self, run: Deadline | None = None) -> Deadline:
        """The deadline of one input that starts now, within the run's."""
        return Deadline.after(self.timeout).earlier(run)


_policy = FetchPolicy()


def configure(policy: FetchPolicy) -> None:
    """Set the policy every later read follows (the CLI does, from its options)."""
    global _policy
    _policy = policy


def current() -> FetchPolicy:
    """The policy reads follow unless given another."""
    return _policy
