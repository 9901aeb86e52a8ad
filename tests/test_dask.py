"""Dask runs: a real ``dask scheduler`` and ``dask worker`` processes on 127.0.0.1 (random free ports, bounded
in time, always torn down). The batches run there must give exactly the local run's output, and a worker
killed mid-run must cost its batches a retry, never a lost or doubled article."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from newslib.parquet import TABLE_NAMES, read_table
from newslib.parquet.schema import columns

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DASK = str(Path(PY).parent / "dask")
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"
pytestmark = pytest.mark.skipif(not os.path.exists(DASK), reason="the dask command is not installed beside python")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and ``n`` single-threaded workers without nannies (a killed worker stays dead)."""

    def __init__(self, tmp: Path, n: int = 2):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.log = open(tmp / "dask.log", "wb")
        common = dict(cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.scheduler = subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port",
                                           self.address.rsplit(":", 1)[1], "--dashboard-address",
                                           f"127.0.0.1:{free_port()}", "--idle-timeout", "300"], **common)
        self.workers = [subprocess.Popen([DASK, "worker", self.address, "--nthreads", "1", "--no-nanny",
                                          "--name", f"w{i}", "--memory-limit", "0", "--death-timeout", "30",
                                          "--local-directory", str(tmp / f"w{i}")], **common) for i in range(n)]
        from distributed import Client

        with Client(self.address, timeout="60s") as client:
            client.wait_for_workers(n, timeout=120)

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc.poll() is None:
                proc.terminate()
        for proc in [*self.workers, self.scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=20)
        self.log.close()


@pytest.fixture
def cluster(tmp_path):
    c = Cluster(tmp_path)
    try:
        yield c
    finally:
        c.close()


def newslib(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "newslib.cli", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, **kw)


def make_corpus(d: Path, n: int) -> Path:
    d.mkdir()
    seed = SEED.read_text(encoding="utf-8").split("\n")
    for k in range(n):
        (d / f"s{k:03d}.txt").write_text(f"Item {k}: guarantees\n" + "\n".join(seed[1 + k % 9: 4 + k % 13]) + "\n",
                                         encoding="utf-8")
    (d / "zz-binary.txt").write_bytes(b"\x00\x01GIF89a" * 20)
    return d


def frames(root) -> dict[str, pd.DataFrame]:
    return {t: read_table(root, t)[[c for c in columns(t) if c != "run"]] for t in TABLE_NAMES}


def test_a_real_cluster_gives_the_local_output_and_tables(cluster, tmp_path):
    d = make_corpus(tmp_path / "in", 12)
    local = newslib("tag", d, "--format", "jsonl", "--batch-size", "4")
    remote = newslib("tag", d, "--format", "jsonl", "--batch-size", "4", "--dask", cluster.address)
    assert local.returncode == remote.returncode == 1
    assert remote.stdout == local.stdout and len(local.stdout.splitlines()) == 12
    assert f"dask: scheduler {cluster.address}, dashboard http://127.0.0.1:" in remote.stderr
    assert "zz-binary.txt: binary file" in remote.stderr and "1 of 13 inputs failed" in remote.stderr

    assert newslib("tag", d, "--format", "parquet", "--out", tmp_path / "one", "--batch-size", "4").returncode == 1
    proc = newslib("tag", d, "--format", "parquet", "--out", tmp_path / "dask", "--batch-size", "4",
                   "--dask", cluster.address)
    assert proc.returncode == 1, proc.stderr
    a, b = frames(tmp_path / "one"), frames(tmp_path / "dask")
    for t in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[t], b[t])
    assert len(b["errors"]) == 1 and len(b["articles"]) == 12


def test_a_worker_killed_mid_run_costs_a_retry_not_an_article(cluster, tmp_path):
    d = make_corpus(tmp_path / "in", 48)
    out = tmp_path / "ds"
    run = subprocess.Popen([PY, "-m", "newslib.cli", "tag", d, "--format", "parquet", "--out", out,
                            "--batch-size", "2", "--dask", cluster.address], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and len(list((out / "articles").glob("part-*"))) < 2:
            time.sleep(0.05)
        victim = cluster.workers[0]
        victim.send_signal(signal.SIGKILL)
        stdout, stderr = run.communicate(timeout=600)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert victim.wait(timeout=10) == -signal.SIGKILL
    parts = len(list((out / "articles").glob("part-*")))
    assert run.returncode == 1, stderr
    assert parts == 25  # 48 articles and the binary file in batches of 2
    arts = read_table(out, "articles")
    assert len(arts) == 48 and arts["article_id"].is_unique
    assert sorted(arts["input"]) == sorted(str(p) for p in d.glob("s*.txt"))
    sents = read_table(out, "sentences")
    assert not sents.duplicated(["article_id", "sentence"]).any()
    local = newslib("tag", d, "--format", "parquet", "--out", tmp_path / "local", "--batch-size", "2")
    a, b = frames(tmp_path / "local"), frames(out)
    for t in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[t], b[t])


def test_dask_local_starts_and_stops_its_own_cluster(tmp_path):
    d = make_corpus(tmp_path / "in", 3)
    local = newslib("tag", d, "--format", "jsonl")
    proc = newslib("tag", d, "--format", "jsonl", "--dask", "local", "--jobs", "1")
    assert proc.returncode == local.returncode == 1
    assert proc.stdout == local.stdout and "dask: scheduler tcp://127.0.0.1:" in proc.stderr
    assert "dashboard http://127.0.0.1:" in proc.stderr and "Traceback" not in proc.stderr
    bad = newslib("tag", d, "--dask", f"tcp://127.0.0.1:{free_port()}")
    assert bad.returncode == 2 and "cannot reach the Dask scheduler" in bad.stderr and bad.stdout == ""
