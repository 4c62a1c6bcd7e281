"""Per-source limits: a source that takes too long becomes a clear failure, never a hang."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_TIME_LIMIT = 300.0  # seconds per source; a 50 MB article takes far less
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default max_length


class TimeLimitExceeded(Exception):
    """Raised inside the work that ran past its time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after `seconds` with TimeLimitExceeded.

    Uses SIGALRM, so it only arms in the main thread of a process (the CLI, pool workers);
    elsewhere (threads of a Dask worker) the block runs unbounded, and the engine's own
    task timeout is the backstop.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"timed out after {seconds:g} s (see --time-limit)")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
