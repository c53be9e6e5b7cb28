"""An executor whose threads never hold up quitting.

Textual runs thread workers in asyncio's default executor, and ``asyncio.run`` waits for that
executor's threads when the app exits: quitting while the keywords load took as long as the
keywords had left to run (1.3 s on the seeds). Here each task runs in a daemon thread and
``shutdown`` does not wait, so ``q`` quits at once; an abandoned task's result is dropped (the
workers check for cancellation before they post anything).
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, TypeVar

T = TypeVar("T")


class DetachedExecutor(ThreadPoolExecutor):
    """Run each submitted call in its own daemon thread (a ThreadPoolExecutor only in name: asyncio
    accepts no other kind as its default executor; the pool itself is never used)."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Start ``fn(*args, **kwargs)`` in a daemon thread; its Future gets the result or the error."""
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as error:  # handed to whoever awaits the future
                future.set_exception(error)

        threading.Thread(target=run, name="brief-worker", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Nothing to wait for: the threads are daemons, dropped when the process ends."""
