"""Progress of a long run on stderr: how many articles are done, articles per second, and the time left.

Three ways to show it (:func:`mode_for` picks one for a stream):

``bar``
    a terminal: one line redrawn in place (``\\r``) at most five times a second, cleared when the run ends.
``log``
    a log file (stderr redirected to a regular file, as a cron job does): a plain line every ``every``
    seconds (default 10), then a last line with the totals; never a ``\\r``.
``off``
    anything else (a pipe that a program reads, a captured stream): nothing, so that consumers that parse
    stderr see only the error lines.

The time left is the remaining count over the mean rate since the start; it is shown once a total is known
(``total=None``: a count and a rate only). Units skipped without work (``skip(n)``: a rerun's articles
already in the dataset) count as done but not in the rate, so neither the rate nor the time left flatters.
"""
from __future__ import annotations

import os
import stat
import sys
import time
from typing import TextIO

MODES = ("auto", "bar", "log", "off")
#: Seconds between two lines in ``log`` mode.
LOG_EVERY = 10.0
_BAR_EVERY = 0.2
_BAR_WIDTH = 24


def mode_for(stream: TextIO, requested: str = "auto") -> str:
    """``bar`` for a terminal, ``log`` for a regular file, ``off`` otherwise (see the module docstring)."""
    if requested not in MODES:
        raise ValueError(f"progress mode {requested!r}: expected one of {', '.join(MODES)}")
    if requested != "auto":
        return requested
    try:
        if stream.isatty():
            return "bar"
        return "log" if stat.S_ISREG(os.fstat(stream.fileno()).st_mode) else "off"
    except (AttributeError, ValueError, OSError):  # no file descriptor (a captured stream)
        return "off"


def duration(seconds: float) -> str:
    """``42s``, ``3m05s``, ``2h07m``: short and unambiguous."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class Progress:
    """Count finished units (``update(n)``) and show the progress on ``stream`` in ``mode``.

    >>> with Progress(total=1000, mode="log") as p:   # doctest: +SKIP
    ...     for batch in batches: ...; p.update(len(batch))
    """

    def __init__(self, total: int | None = None, *, stream: TextIO | None = None, mode: str = "auto",
                 unit: str = "articles", every: float | None = None, clock=time.monotonic):
        self.stream = stream if stream is not None else sys.stderr
        self.mode = mode_for(self.stream, mode)
        self.total = total
        self.unit = unit
        self.every = LOG_EVERY if every is None else float(every)
        self.done = 0
        self.failed = 0
        self.skipped = 0
        self._clock = clock
        self.start = clock()
        self._last = self.start
        self._drawn = False
        self._closed = False

    # ---- counting ---------------------------------------------------------------------------------------
    def update(self, n: int = 1, *, failed: int = 0) -> None:
        self.done += n
        self.failed += failed
        if self.mode == "off":
            return
        now = self._clock()
        if now - self._last >= (_BAR_EVERY if self.mode == "bar" else self.every):
            self._last = now
            self._show(now)

    def skip(self, n: int = 1) -> None:
        """Count ``n`` units done without work (they are in ``total`` but not in the rate)."""
        self.skipped += n
        self.update(n)

    @property
    def rate(self) -> float:
        elapsed = self._clock() - self.start
        return (self.done - self.skipped) / elapsed if elapsed > 0 else 0.0

    def line(self, now: float | None = None) -> str:
        """The progress as one line of text (no prefix, no line end)."""
        now = self._clock() if now is None else now
        elapsed = now - self.start
        rate = (self.done - self.skipped) / elapsed if elapsed > 0 else 0.0
        if self.total:
            parts = [f"{self.done:,}/{self.total:,} {self.unit} ({100 * self.done / self.total:.1f}%)"]
        else:
            parts = [f"{self.done:,} {self.unit}"]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped")
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        parts.append(f"{rate:.1f} {self.unit}/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"{duration((self.total - self.done) / rate)} left")
        else:
            parts.append(f"{duration(elapsed)} elapsed")
        return ", ".join(parts)

    def _show(self, now: float) -> None:
        text = self.line(now)
        try:
            if self.mode == "bar":
                bar = ""
                if self.total:
                    filled = min(_BAR_WIDTH, int(_BAR_WIDTH * self.done / self.total))
                    bar = "[" + "#" * filled + "-" * (_BAR_WIDTH - filled) + "] "
                self.stream.write(f"\r\x1b[2K{bar}{text}")
                self._drawn = True
            else:
                self.stream.write(f"newslib: progress: {text}\n")
            self.stream.flush()
        except (OSError, ValueError):  # stderr gone: progress is not worth failing a run
            self.mode = "off"

    def clear(self) -> None:
        """Erase a drawn bar, so that another line can be written on stderr (the next update redraws it)."""
        if self.mode == "bar" and self._drawn:
            try:
                self.stream.write("\r\x1b[2K")
                self.stream.flush()
            except (OSError, ValueError):
                self.mode = "off"
            self._drawn = False

    def close(self) -> None:
        """Clear the bar, or write the last line of a log."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.mode == "bar" and self._drawn:
                self.stream.write("\r\x1b[2K")
                self.stream.flush()
            elif self.mode == "log":
                self.stream.write(f"newslib: progress: done, {self.line()}\n")
                self.stream.flush()
        except (OSError, ValueError):
            pass

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
