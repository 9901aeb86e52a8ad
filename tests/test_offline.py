"""newslib works with no network at all: models and lexicons ship in the package, nothing is downloaded.

Two checks: the CLI in a network namespace without interfaces (``unshare -n``, available as root; skipped
with the reason where the kernel or container refuses it), and, everywhere, the library with every socket
connection refused in-process.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("Talks resume in Geneva\n"
           "The minister said on Tuesday that the talks would continue, according to officials.\n"
           "\u201cWe may need more time,\u201d Mr. Smith told reporters. It is not yet clear when they end.\n")


@pytest.fixture(scope="module")
def netns():
    """A command prefix that runs inside a fresh network namespace, after checking that it is offline."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare(1) not installed")
    # The probe only lists the namespace's interfaces (/proc/self/net/dev): it sends no packet anywhere.
    probe = [unshare, "-n", "--", sys.executable, "-c",
             "lines = open('/proc/self/net/dev').read().splitlines()[2:]\n"
             "print(' '.join(sorted(l.split(':')[0].strip() for l in lines)))"]
    try:
        proc = subprocess.run(probe, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"unshare -n cannot run here: {exc}")
    if proc.returncode != 0:
        pytest.skip(f"unshare -n refused (needs root or CAP_SYS_ADMIN): {proc.stderr.strip()[:200]}")
    assert proc.stdout.split() == ["lo"], proc.stdout  # no interface but loopback (which starts down)
    return [unshare, "-n", "--"]


@pytest.mark.parametrize("command", ["tokenize", "tag"])
def test_cli_in_a_namespace_without_network(netns, tmp_path, command):
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([*netns, sys.executable, "-m", "newslib.cli", command, str(p)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    doc = json.loads(proc.stdout)
    assert doc["title"] == "Talks resume in Geneva"
    assert len(doc["sentences"]) == 4
    if command == "tag":
        assert any(a["cue"]["text"] == "said" for a in doc["attributions"])
        assert doc["sentences"][2]["hedges"]  # "may" loads the hedge lexicon or model from the package


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError(f"newslib tried to open a network connection to {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))


def test_library_opens_no_connection(no_sockets, tmp_path):
    import newslib
    from newslib.tokenize import tokenize

    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    assert len(tokenize(p)) == 4
    tagged = newslib.tag(p)
    assert tagged.attribution_records and tagged.hedge_records
    assert tagged.to_dict()["title"] == "Talks resume in Geneva"
