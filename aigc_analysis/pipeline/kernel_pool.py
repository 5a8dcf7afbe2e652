"""Notebook kernels that run several notebooks each, one after another (issue 18).

Starting a kernel and importing pandas, matplotlib, seaborn and the package costs a notebook
kernel 2-4 s of CPU, more than most notebooks spend on their own work. A :class:`KernelPool`
starts ``size`` kernels once per build and feeds them notebooks from a queue; papermill still
executes each notebook (parameters, per-cell metadata, the failing cell named), through an
engine that hands nbclient the pooled kernel instead of a new one.

Between two notebooks :func:`kernel_reset` (run inside the kernel) returns it to the state a
new kernel has after the warm-up imports: empty namespace, execution count 1, matplotlib
settings, warning filters, working folder, ``sys.path`` and environment as after the warm-up,
no open figure. Imported modules stay loaded: that is the saving. A kernel that saw a failing
notebook, a timeout or its own death is shut down and replaced, so a broken state never
reaches the next notebook.

The functions ``kernel_warm`` and ``kernel_reset`` run in the kernel process; everything else
runs in the build process. This module imports nothing heavy at import time.
"""
from __future__ import annotations

import os
import queue
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Modules every package notebook imports in its setup cell (``notebook_api.setup`` and the
#: figure and narrative calls): imported once per kernel, while the build extracts.
WARM_IMPORTS = (
    "aigc_analysis.pipeline.notebook_api", "aigc_analysis.present.style", "aigc_analysis.present.charts",
    "aigc_analysis.tables.views", "aigc_analysis.present.narrative", "aigc_analysis.tables.store",
    "aigc_analysis.present.formatting", "aigc_analysis.present.provenance", "aigc_analysis.tables.plausibility",
    "pyarrow.parquet", "IPython.display",
)
# Not jieba: imported here by name it would load ``pkg_resources`` (0.15 s); every notebook's
# setup imports it without (``fact_tables.import_jieba``, 0.03 s).

#: Engine name registered with papermill for pooled kernels.
ENGINE_NAME = "aigc-kernel-pool"

#: Arguments of every kernel: quiet kernel log (an interrupt before shutdown would print
#: "KeyboardInterrupt caught" on the build's stderr) and history in memory (as nbclient does).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL", "--HistoryManager.hist_file=:memory:"]

#: Seconds to wait for a kernel to answer after start, and for the warm-up and reset code.
START_TIMEOUT_S = 120
CONTROL_TIMEOUT_S = 300


# ---------------------------------------------------------------------------------------------
# Inside the kernel
# ---------------------------------------------------------------------------------------------
@dataclass
class _KernelState:
    """What :func:`kernel_reset` restores (taken at the end of :func:`kernel_warm`)."""

    cwd: str
    path: list
    environ: dict
    filters: list
    rc: dict | None


_state: _KernelState | None = None


def kernel_warm(modules: list[str], matplotlib_inline: bool) -> None:
    """Import ``modules`` and record the state every notebook then starts from.

    ``matplotlib_inline`` runs ``%matplotlib inline`` first, as the package notebooks' setup
    does, so the recorded matplotlib settings are those a notebook sees after its own call.
    """
    import gc
    import importlib
    import warnings

    global _state
    if matplotlib_inline:
        from IPython import get_ipython

        get_ipython().run_line_magic("matplotlib", "inline")
    for name in modules:
        importlib.import_module(name)
    rc = None
    if "matplotlib" in sys.modules:
        import matplotlib

        rc = dict(matplotlib.rcParams)
    _state = _KernelState(cwd=os.getcwd(), path=list(sys.path), environ=dict(os.environ),
                          filters=list(warnings.filters), rc=rc)
    # The warm-up's objects (pandas, matplotlib, the package: about 140 000) live as long as
    # the kernel: frozen, no collection walks them again. Each reset's full collection
    # (IPython's reset calls gc.collect) fell from 0.08 s to 0.004 s, and the collections
    # while a notebook runs walk only its own objects.
    gc.collect()
    gc.freeze()


def kernel_reset() -> None:
    """Return the kernel to the state :func:`kernel_warm` recorded (before each notebook)."""
    import warnings

    from IPython import get_ipython

    if _state is None:
        raise RuntimeError("kernel_reset before kernel_warm")
    shell = get_ipython()
    # new_session: In/Out history and the execution count start again at 1, as in a new kernel
    shell.reset(new_session=True)
    os.chdir(_state.cwd)
    sys.path[:] = _state.path
    if dict(os.environ) != _state.environ:
        os.environ.clear()
        os.environ.update(_state.environ)
    # A warning shown once in an earlier notebook must show again: restoring the filters and
    # marking them changed empties every module's "already warned" registry.
    warnings.filters[:] = _state.filters
    warnings.onceregistry.clear()
    warnings._filters_mutated()
    if "matplotlib" in sys.modules:
        import matplotlib

        if "matplotlib.pyplot" in sys.modules:
            sys.modules["matplotlib.pyplot"].close("all")
        rc = _state.rc
        if rc is None:  # matplotlib came with a notebook: back to the defaults it loaded with
            rc = {k: v for k, v in matplotlib.rcParamsOrig.items() if k != "backend"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated keys warn when set, even to themselves
            matplotlib.rcParams.update(rc)


# ---------------------------------------------------------------------------------------------
# In the build process
# ---------------------------------------------------------------------------------------------
def ipc_kernel_manager_class():
    """A kernel manager talking to its kernel over local sockets.

    Over TCP every kernel prints a warning about unencrypted traffic on stderr; IPC keeps the
    build's output to what the build says.
    """
    import uuid

    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            # Each kernel needs its own socket path prefix, short enough for AF_UNIX (108 B);
            # the sockets are removed when the kernel shuts down.
            kwargs.setdefault("ip", os.path.join(tempfile.gettempdir(),
                                                 f"aigc-kernel-{uuid.uuid4().hex[:12]}"))
            super().__init__(**kwargs)

    return IPCKernelManager


_engine_registered = False
_engine_lock = threading.Lock()

#: Optional modules that jsonschema imports when installed (JupyterLab's jupyter-events pulls
#: this one in): it builds a grammar at import, 1.5-4.5 s measured, for IRI format checks
#: that notebook validation never uses. nbformat imports jsonschema, papermill imports nbformat.
SLOW_OPTIONAL_IMPORTS = ("rfc3987_syntax",)


def skip_slow_optional_imports() -> None:
    """Make :data:`SLOW_OPTIONAL_IMPORTS` look absent in this process (before nbformat loads).

    jsonschema treats a missing optional module as "format not checked", which is what it
    does on any machine without JupyterLab. Does nothing once jsonschema is imported.
    """
    if "jsonschema" in sys.modules:
        return
    for name in SLOW_OPTIONAL_IMPORTS:
        sys.modules.setdefault(name, None)


def _register_engine() -> None:
    """Register the papermill engine that runs a notebook on a pooled kernel."""
    global _engine_registered
    with _engine_lock:
        if _engine_registered:
            return
        skip_slow_optional_imports()
        from papermill.clientwrap import PapermillNotebookClient
        from papermill.engines import NBClientEngine, papermill_engines
        from papermill.log import logger
        from papermill.utils import merge_kwargs, remove_args

        class PooledKernelEngine(NBClientEngine):
            """papermill's nbclient engine, on a kernel that is already running."""

            @classmethod
            def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False,
                                         stdout_file=None, stderr_file=None, start_timeout=60,
                                         execution_timeout=None, pooled=None, **kwargs):
                kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
                final = merge_kwargs(kwargs, timeout=execution_timeout,
                                     startup_timeout=start_timeout, kernel_name=kernel_name,
                                     log=logger, log_output=log_output,
                                     stdout_file=stdout_file, stderr_file=stderr_file)
                # With a kernel manager and client given, nbclient neither starts nor shuts
                # down a kernel: the pool owns both.
                client = PapermillNotebookClient(nb_man, km=pooled.km, **final)
                client.kc = pooled.kc
                # papermill writes the whole notebook (images included) at the start and end
                # of every cell, 20-30 writes a notebook and 0.5-0.8 s of the build's CPU; the
                # file is still written when the run starts and ends (notebook_complete, also
                # after a dead kernel or a timeout) and after a failing cell.
                output_path, nb_man.output_path = nb_man.output_path, None
                try:
                    return client.execute()
                finally:
                    nb_man.output_path = output_path

        papermill_engines.register(ENGINE_NAME, PooledKernelEngine)
        _engine_registered = True


class KernelError(RuntimeError):
    """A kernel that could not start, warm up or reset (one-line message)."""


class PooledKernel:
    """One kernel process and its client, used from one thread only.

    The client's sockets belong to the event loop of the thread that made them (nbclient's
    ``run_sync`` keeps one loop per thread), so a kernel never changes threads.
    """

    def __init__(self, cwd: Path, warm_modules: tuple[str, ...], matplotlib_inline: bool):
        self.cwd = Path(cwd)
        self.warm_modules = list(warm_modules)
        self.matplotlib_inline = matplotlib_inline
        self.km = None
        self.kc = None

    def start(self) -> None:
        """Start the kernel in ``cwd`` and run the warm-up imports."""
        from jupyter_core.utils import run_sync

        self.km = ipc_kernel_manager_class()(kernel_name="python3")
        run_sync(self.km.start_kernel)(cwd=str(self.cwd), extra_arguments=list(KERNEL_ARGUMENTS))
        self.kc = self.km.client()
        self.kc.start_channels()
        run_sync(self.kc.wait_for_ready)(timeout=START_TIMEOUT_S)
        self.kc.allow_stdin = False
        self.control("import aigc_analysis.pipeline.kernel_pool as _aigc_pool\n"
                     f"_aigc_pool.kernel_warm({self.warm_modules!r}, {self.matplotlib_inline!r})\n"
                     "del _aigc_pool\n", "warm-up")

    def control(self, code: str, what: str) -> None:
        """Run ``code`` silently (no history, no execution count); raise on any error."""
        from jupyter_core.utils import run_sync

        try:
            reply = run_sync(self.kc.execute_interactive)(
                code, silent=True, store_history=False, allow_stdin=False,
                timeout=CONTROL_TIMEOUT_S, output_hook=lambda msg: None)
        except TimeoutError:
            raise KernelError(f"kernel {what} took more than {CONTROL_TIMEOUT_S} s") from None
        content = reply["content"]
        if content.get("status") != "ok":
            raise KernelError(f"kernel {what} failed: {content.get('ename')}: "
                              f"{_first_line(content.get('evalue'))}")

    def reset(self) -> None:
        """Return the kernel to its warm state (before each notebook)."""
        # kernel_reset empties the namespace, the name bound here included
        self.control("import aigc_analysis.pipeline.kernel_pool as _aigc_pool\n_aigc_pool.kernel_reset()\n",
                     "reset")

    def shutdown(self) -> None:
        """Stop the kernel (already dead is fine) and release its sockets and files.

        At once, not gracefully: a pooled kernel holds nothing to save, and its orderly exit
        (interpreter teardown with pandas and matplotlib loaded) would hold up the build's end.
        """
        from jupyter_core.utils import run_sync

        km, kc, self.km, self.kc = self.km, self.kc, None, None
        if kc is not None:
            kc.stop_channels()
        if km is not None:
            if run_sync(km.is_alive)():
                run_sync(km.shutdown_kernel)(now=True)
            run_sync(km.cleanup_resources)()


@dataclass
class Job:
    """One notebook to run: ``run(kernel)`` executes it and returns True when it succeeded."""

    name: str
    run: Callable[[PooledKernel | None, str], bool]


class KernelPool:
    """``size`` threads, each owning one kernel, running queued jobs one after another.

    Kernels start as soon as the pool starts (so they warm up while the build extracts);
    jobs are added later with :meth:`submit` and the pool is drained with :meth:`close`.
    A job is called with its kernel, or with None and the reason when no kernel could be
    started (the job then reports its notebook as failed).
    """

    def __init__(self, size: int, cwd: Path, warm_modules: tuple[str, ...] = (),
                 matplotlib_inline: bool = False):
        self.size = max(1, size)
        self.cwd = Path(cwd)
        self.warm_modules = tuple(warm_modules)
        self.matplotlib_inline = matplotlib_inline
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._errors: list[BaseException] = []
        self._finished = False

    def start(self) -> KernelPool:
        for i in range(self.size):
            thread = threading.Thread(target=self._worker, name=f"aigc-kernel-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def submit(self, job: Job) -> None:
        self._jobs.put(job)

    def finish(self, cancel: bool = False) -> None:
        """No more jobs: each kernel shuts down after the jobs already queued (``cancel``:
        after the job it is running). Returns at once; :meth:`close` waits."""
        while cancel:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        if not self._finished:
            self._finished = True
            for _ in self._threads:
                self._jobs.put(None)

    def close(self, cancel: bool = False) -> None:
        """:meth:`finish`, then wait until every kernel is shut down."""
        self.finish(cancel)
        for thread in self._threads:
            thread.join()
        self._threads = []
        if self._errors:
            raise self._errors[0]

    def _new_kernel(self) -> tuple[PooledKernel | None, str]:
        kernel = PooledKernel(self.cwd, self.warm_modules, self.matplotlib_inline)
        try:
            kernel.start()
        except Exception as exc:  # reported by every job that needed this kernel
            kernel.shutdown()
            return None, f"kernel did not start: {type(exc).__name__}: {_first_line(exc)}"
        return kernel, ""

    def _worker(self) -> None:
        kernel, problem = self._new_kernel()
        try:
            # After the kernel process is launched: papermill takes a second or more to import.
            _register_engine()
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                if kernel is None:  # replaced after a failure, or the last start failed
                    kernel, problem = self._new_kernel()
                if kernel is not None:
                    try:
                        kernel.reset()
                    except Exception as exc:  # a kernel that cannot reset is replaced
                        kernel.shutdown()
                        kernel, problem = self._new_kernel()
                        if kernel is None:
                            problem = f"{_first_line(exc)}; {problem}"
                try:
                    ok = job.run(kernel, problem)
                except BaseException as exc:  # a bug in the job itself: the build stops
                    self._errors.append(exc)
                    return
                if not ok and kernel is not None:
                    # Failed, timed out or died: its state is unknown, the next job gets a new one.
                    kernel.shutdown()
                    kernel = None
        finally:
            if kernel is not None:
                kernel.shutdown()
            _close_thread_loop()


def _close_thread_loop() -> None:
    """Close the event loop nbclient's ``run_sync`` left this thread: it holds a socket pair
    that would otherwise be reported unclosed (ResourceWarning) when collected."""
    from jupyter_core.utils import ensure_event_loop

    ensure_event_loop().close()


def _first_line(value) -> str:
    text = str(value or "").strip()
    return text.splitlines()[0] if text else ""
