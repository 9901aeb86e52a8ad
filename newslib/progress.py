"""Progress of a long loop, told the way its reader sees it: a bar on a terminal, a plain line every few
seconds in a redirected log (a cron job's file holds no carriage-return bar frames), nothing when off.

``progress(total, stream=...)`` gives an object with ``update(n)`` and ``close()``, usable as a context
manager; ``total`` may be None (unknown, such as records in a JSONL file).
"""
from __future__ import annotations

import time
from typing import Callable, TextIO

#: Seconds between two lines in a log.
LOG_EVERY = 5.0


class LogLines:
    """Plain lines for a log: ``<desc>: 120/924 articles (13%), 12 s`` at most every ``every`` seconds, and
    one line at the end with the total and the time taken."""

    def __init__(self, total: int | None, stream: TextIO, *, desc: str, unit: str, every: float = LOG_EVERY,
                 clock: Callable[[], float] = time.monotonic):
        self.total, self.stream, self.desc, self.unit, self.every, self.clock = total, stream, desc, unit, every, clock
        self.n = 0
        self.t0 = self.last = clock()
        self.closed = False

    def _line(self, final: bool = False) -> None:
        took = self.clock() - self.t0
        units = f"{self.unit}{'' if self.n == 1 else 's'}"
        if final:
            text = f"{self.desc}: {self.n} {units} done in {took:.1f} s"
        elif self.total:
            text = f"{self.desc}: {self.n}/{self.total} {units} ({100 * self.n / self.total:.0f}%), {took:.0f} s"
        else:
            text = f"{self.desc}: {self.n} {units}, {took:.0f} s"
        try:
            self.stream.write(text + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # the log went away: progress is not worth failing for
            pass

    def update(self, n: int = 1) -> None:
        self.n += n
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._line()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._line(final=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Off:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, OSError, ValueError):
        return False


def progress(total: int | None, *, stream: TextIO | None, desc: str, unit: str = "item", every: float = LOG_EVERY):
    """A tqdm bar when ``stream`` is a terminal, :class:`LogLines` when it is a file or pipe, nothing when
    ``stream`` is None."""
    if stream is None:
        return _Off()
    if _is_terminal(stream):
        from tqdm import tqdm

        return tqdm(total=total, file=stream, unit=unit, desc=desc, mininterval=0.5, dynamic_ncols=False, ncols=90)
    return LogLines(total, stream, desc=desc, unit=unit, every=every)
