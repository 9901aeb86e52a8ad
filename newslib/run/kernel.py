"""The kernel a run executes on: started before papermill is even imported, warmed up with what the notebook
will import and load, and stopped in a thread while the HTML is made."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

#: What each known notebook will import and load, done by the kernel while papermill is still being imported
#: here: its modules, then one tiny ``tag()`` call that loads lexicons and models (each is cached once per
#: process). Silent execution defines no names: the notebook's namespace is untouched.
_PLOT = ("pandas", "matplotlib.pyplot", "newslib.analysis", "newslib.figures")
_TAG = '__import__("newslib").tag("Warm-up title\\nThe council said on Monday that the bridge may close.")'
WARM_UP: dict[str, tuple[str, ...]] = {
    "article": tuple(f"__import__({m!r})" for m in (*_PLOT, "newslib.render")) + (_TAG,),
    "corpus": tuple(f"__import__({m!r})" for m in (*_PLOT, "seaborn", "tqdm")) + (_TAG,),
    "evaluation": tuple(f"__import__({m!r})" for m in (*_PLOT, "seaborn", "newslib.evaluation.polnear",
                                                       "newslib.evaluation.uncertainty")) + (_TAG,),
}


@dataclass
class Kernel:
    """A started kernel (``manager``) and the client that sent its warm-up (``warm_client``, or None); or,
    when it could not start, ``error``, which the execution step raises in its place."""

    manager: object | None
    warm_client: object | None = None
    error: BaseException | None = None

    def stop_in_thread(self) -> threading.Thread | None:
        """Start stopping the kernel in a thread (joined by the caller), so that the HTML is made meanwhile."""
        if self.manager is None:
            return None
        stopper = threading.Thread(target=stop_kernel, args=(self.manager, self.warm_client))
        stopper.start()
        return stopper


def start_kernel(cwd: Path, statements: tuple[str, ...]) -> Kernel:
    """A started ``python3`` kernel in ``cwd`` with ``statements`` queued on it (each on its own, errors
    ignored: the notebook's own cells report any real problem). Never raises: a kernel that cannot start
    (no such kernel, cannot launch...) comes back with its ``error``."""
    try:
        km, kc = _start(cwd, statements)
    except Exception as exc:
        return Kernel(None, None, exc)
    return Kernel(km, kc)


def _start(cwd: Path, statements: tuple[str, ...]):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(cwd), extra_arguments=["--IPKernelApp.log_level=ERROR"])
    kc = None
    if statements:
        code = "".join(f"try:\n    {stmt}\nexcept Exception:\n    pass\n" for stmt in statements)
        # The request must wait for the kernel to be ready (ipykernel drops a too early one and stops
        # answering), and only one client may wait at a time: so this client first, papermill's after.
        try:
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=120)
            kc.execute(code, silent=True, store_history=False)
        except Exception:
            if kc is not None:
                kc.stop_channels()
            kc = None
    return km, kc


def stop_kernel(km, kc=None) -> None:
    if kc is not None:
        try:
            kc.stop_channels()
        except Exception:  # pragma: no cover
            pass
    try:
        km.shutdown_kernel(now=True)
    except Exception:  # pragma: no cover - already gone
        pass
