"""Running the pipeline's unit of work over many batches: in this process, in a process pool, or on Dask.

:func:`map_batches` maps a picklable top-level function (:func:`newslib.pipeline.tag_batch`, or one built on
it) over a stream of batches and yields the results **in the batches' order**, so that a run's output is the
same whichever way it ran. It keeps a bounded number of batches in flight (about two per worker), so memory
stays flat however long the input stream is.

- ``jobs=1``: in this process, one batch after another.
- ``jobs=N`` (``0``: one per core): a ``concurrent.futures`` process pool started with the ``forkserver``
  method where the platform has it, else ``spawn`` (never ``fork``: a forked copy of a process that already
  runs threads can deadlock). Each worker loads the lexicons and models once.
- ``dask="tcp://host:8786"``: the batches run as tasks on that Dask distributed cluster; ``dask="local"``
  starts a ``LocalCluster`` of ``jobs`` single-threaded worker processes for the run (``jobs`` 0 or 1: one
  per core). Each batch is one task, submitted with its data, so a worker lost mid-run costs only a retry of
  the batches it held (Dask reschedules them; a batch whose worker dies more often than the scheduler's
  ``distributed.scheduler.allowed-failures`` (default 3) stops the run, and a task that raises is retried
  ``retries`` times); each batch's result is taken once, so no article is lost or doubled. Workers need newslib installed, nothing else: inputs are
  read here and sent with the batch, results come back here.
"""
from __future__ import annotations

import collections
import gc
import multiprocessing
import os
from typing import Callable, Iterable, Iterator

from .errors import NewslibError

_tuned = False


def cpu_count() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    if jobs is None:
        return 1
    if jobs < 0:
        raise NewslibError(f"--jobs {jobs}: expected 0 (one per core) or a positive number")
    return cpu_count() if jobs == 0 else jobs


def call_tuned(fn: Callable, *args):
    """``fn(*args)`` in a worker process; after its first call there, the objects then alive (lexicons and
    models, loaded by that call) are frozen out of the cyclic garbage collector's passes and its young
    generation's threshold is raised, as :func:`newslib.pipeline.tag_corpus` does in a single process."""
    global _tuned
    result = fn(*args)
    if not _tuned:
        _tuned = True
        gc.freeze()
        gc.set_threshold(20_000, *gc.get_threshold()[1:])
    return result


def _worker_init(parent: int) -> None:
    """Workers leave Ctrl-C to the parent process, which stops the pool (no traceback from each worker), and
    end when the parent is gone (killed with SIGKILL, it cannot stop them), instead of waiting forever."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid was reused by another user's process: the parent is gone
                os._exit(1)

    threading.Thread(target=watch, name="newslib-parent-watch", daemon=True).start()


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _ordered(submit: Callable, wait: Callable, batches: Iterable, ahead: int) -> Iterator:
    """Submit up to ``ahead`` batches, yield the oldest one's result when it is ready, submit the next."""
    pending: collections.deque = collections.deque()
    it = iter(batches)
    exhausted = False
    while True:
        while not exhausted and len(pending) < ahead:
            try:
                batch = next(it)
            except StopIteration:
                exhausted = True
                break
            pending.append(submit(batch))
        if not pending:
            return
        yield wait(pending.popleft())


def map_batches(fn: Callable, batches: Iterable, *args, jobs: int | None = 1, dask: str | None = None,
                retries: int = 2, report: Callable[[str], None] | None = None) -> Iterator:
    """``fn(batch, *args)`` for each batch, in order (see the module docstring). ``report`` receives one-line
    notices (the Dask dashboard's address)."""
    if dask:
        local_workers = resolve_jobs(jobs) if jobs and jobs > 1 else cpu_count()
        yield from _map_dask(fn, batches, args, dask, local_workers, retries, report)
        return
    n = resolve_jobs(jobs)
    if n == 1:
        for batch in batches:
            yield fn(batch, *args)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=n, mp_context=_context(), initializer=_worker_init,
                               initargs=(os.getpid(),))
    try:
        def wait(future):
            try:
                return future.result()
            except BrokenProcessPool:
                raise NewslibError("a worker process died (killed, or out of memory); the results written so far "
                                   "are complete, rerun to finish") from None

        yield from _ordered(lambda b: pool.submit(call_tuned, fn, b, *args), wait, batches, 2 * n)
    finally:
        # On an error or interrupt, batches not started yet are dropped and running ones are not waited for.
        pool.shutdown(wait=True, cancel_futures=True)


def _map_dask(fn, batches, args, address: str, local_workers: int, retries: int, report) -> Iterator:
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - a dependency of newslib
        raise NewslibError("--dask needs the 'distributed' package (pip install 'dask[distributed]')") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0")
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise NewslibError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    try:
        if report:
            report(f"dask: scheduler {client.scheduler.address}, dashboard {client.dashboard_link}")
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            raise NewslibError(f"{address}: the Dask scheduler has no workers (waited 60 s)") from None
        threads = sum(client.nthreads().values()) or 1
        counter = iter(range(1 << 62))
        token = os.urandom(4).hex()

        def submit(batch):
            return client.submit(call_tuned, fn, batch, *args, key=f"newslib-batch-{token}-{next(counter)}",
                                 retries=retries, pure=False)

        def wait(future):
            try:
                return future.result()
            except Exception as exc:
                if type(exc).__name__ == "KilledWorker":
                    raise NewslibError("a batch killed several Dask workers in turn (out of memory?); "
                                       "the results written so far are complete") from None
                raise
            finally:
                future.release()

        yield from _ordered(submit, wait, batches, 2 * threads + 2)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
