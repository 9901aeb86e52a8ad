"""Dask with a real scheduler and two worker processes on 127.0.0.1, against the local run, in the same run.

Starts ``dask scheduler`` and two ``dask worker --nthreads 1`` processes (as CI can), writes the Parquet
dataset of ``--n`` PolNeAR dev articles (default all 84) once with ``--jobs 2`` on this machine and once with
``--dask tcp://127.0.0.1:PORT``, checks that every table is identical, and reports the overhead per batch two
ways: the difference of the two runs' wall times over the number of batches, and the round trip of an
empty task (a batch of articles sent to a worker, its length sent back) over 200 batches. Tears the cluster
down at the end, whatever happens.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, polnear_texts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=0, help="articles (0: all 84 of PolNeAR dev)")
    ap.add_argument("--batch-size", type=int, default=8)
    args = ap.parse_args()
    from newslib.parallel import map_batches
    from newslib.parquet import TABLE_NAMES, read_table
    from newslib.pipeline import batches, read_inputs

    files = [str(p) for p in polnear_texts("dev", args.n or None)]
    dask_bin = str(Path(sys.executable).parent / "dask")
    newslib_bin = str(Path(sys.executable).parent / "newslib")
    tmp = Path(tempfile.mkdtemp(prefix="newslib-cluster-"))
    address = f"tcp://127.0.0.1:{free_port()}"
    log = open(tmp / "dask.log", "wb")
    procs = [subprocess.Popen([dask_bin, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                               "--dashboard-address", f"127.0.0.1:{free_port()}", "--idle-timeout", "900"],
                              stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)]
    try:
        procs += [subprocess.Popen([dask_bin, "worker", address, "--nthreads", "1", "--name", f"bench-{i}",
                                    "--memory-limit", "0", "--local-directory", str(tmp / f"w{i}")],
                                   stdout=log, stderr=subprocess.STDOUT, cwd=ROOT) for i in range(2)]
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)

        def run(out: Path, *extra: str) -> float:
            t0 = time.perf_counter()
            proc = subprocess.run([newslib_bin, "tag", *files, "--format", "parquet", "--out", str(out),
                                   "--batch-size", str(args.batch_size), "--progress", "off", *extra],
                                  cwd=ROOT, capture_output=True, text=True)
            if proc.returncode != 0:
                sys.exit(f"newslib tag {' '.join(extra)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
            return time.perf_counter() - t0

        # warm the workers (imports, lexicons and models) so that both runs start alike
        run(tmp / "warm", "--dask", address)
        t_dask = run(tmp / "dask", "--dask", address)
        t_local = run(tmp / "local", "--jobs", "2")
        same = all(read_table(tmp / "local", t).drop(columns=["run"], errors="ignore")
                   .equals(read_table(tmp / "dask", t).drop(columns=["run"], errors="ignore")) for t in TABLE_NAMES)
        n_batches = -(-len(files) // args.batch_size)
        items = list(read_inputs(files[:args.batch_size]))
        trips = 200
        t0 = time.perf_counter()
        assert sum(map_batches(len, (items for _ in range(trips)), dask=address)) == trips * len(items)
        t_trip = (time.perf_counter() - t0) / trips
        print(f"texts: {len(files)} PolNeAR dev articles, {n_batches} batches of {args.batch_size}")
        print(f"--jobs 2 on this machine     : {t_local:6.2f} s")
        print(f"--dask, scheduler + 2 workers: {t_dask:6.2f} s (workers warm)")
        print(f"tables identical             : {same}")
        print(f"overhead per batch (difference of the runs / batches): {(t_dask - t_local) / n_batches * 1000:+.0f} ms")
        print(f"round trip of one batch of {len(items)} articles through the scheduler (empty task): "
              f"{t_trip * 1000:.1f} ms")
        if not same:
            sys.exit("tables differ")
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
