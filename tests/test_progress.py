"""Progress on stderr: a bar on a terminal, plain lines in a log file, nothing in a pipe."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from newslib.progress import Progress, duration, mode_for


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


@pytest.mark.parametrize("seconds, text", [(0, "0s"), (42.4, "42s"), (185, "3m05s"), (7620, "2h07m")])
def test_duration(seconds, text):
    assert duration(seconds) == text


def test_log_mode_writes_a_plain_line_every_interval_with_rate_and_time_left():
    out, clock = io.StringIO(), Clock()
    p = Progress(total=1000, stream=out, mode="log", every=5, clock=clock)
    for _ in range(10):  # 100 articles a second for 10 s
        clock.t += 1
        p.update(100)
    p.close()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue() and "\x1b" not in out.getvalue()
    assert lines[0] == "newslib: progress: 500/1,000 articles (50.0%), 100.0 articles/s, 5s left"
    assert lines[1].startswith("newslib: progress: 1,000/1,000 articles (100.0%), 100.0 articles/s")
    assert lines[-1].startswith("newslib: progress: done, 1,000/1,000 articles") and len(lines) == 3


def test_skipped_units_count_as_done_but_not_in_the_rate_or_the_time_left():
    out, clock = io.StringIO(), Clock()
    p = Progress(total=1000, stream=out, mode="log", every=5, clock=clock)
    p.skip(600)  # a rerun: 600 articles already in the dataset, skipped at once
    for _ in range(5):  # then 20 articles a second for 5 s
        clock.t += 1
        p.update(20)
    assert out.getvalue().splitlines()[-1] == (
        "newslib: progress: 700/1,000 articles (70.0%), 600 skipped, 20.0 articles/s, 15s left")
    assert p.rate == 20.0


def test_log_mode_counts_failures_and_works_without_a_total():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, mode="log", every=1, clock=clock)
    clock.t = 2
    p.update(10, failed=2)
    assert out.getvalue() == "newslib: progress: 10 articles, 2 failed, 5.0 articles/s, 2s elapsed\n"


def test_bar_mode_redraws_in_place_and_clears_at_the_end():
    out, clock = io.StringIO(), Clock()
    p = Progress(total=4, stream=out, mode="bar", clock=clock)
    clock.t = 1
    p.update(1)
    assert out.getvalue().startswith("\r\x1b[2K[######------------------] 1/4 articles (25.0%)")
    assert "\n" not in out.getvalue()
    p.close()
    assert out.getvalue().endswith("\r\x1b[2K")


def test_off_writes_nothing():
    out, clock = io.StringIO(), Clock()
    with Progress(total=3, stream=out, mode="off", clock=clock) as p:
        clock.t = 100
        p.update(3)
    assert out.getvalue() == ""


def test_auto_mode_follows_the_stream(tmp_path):
    assert mode_for(io.StringIO()) == "off"  # a captured stream
    with open(tmp_path / "log", "w") as f:
        assert mode_for(f) == "log"
    code = "import sys; from newslib.progress import mode_for; print(mode_for(sys.stderr))"
    piped = subprocess.run([sys.executable, "-c", code], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert piped.stdout.strip() == "off"
    with pytest.raises(ValueError):
        mode_for(io.StringIO(), "sometimes")
