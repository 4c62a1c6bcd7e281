"""How extraction is executed: in this process, on a pool of local processes, or on Dask.

Every engine runs the same unit of work, `api.extract_chunk`, on the same chunks of source
paths, and yields results in input order, so the output is byte-identical whichever engine
runs it. Only a bounded window of chunks is in flight at any time: memory stays flat however
large the corpus, and sheets are written as soon as their turn comes.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .api import ChunkJob, Extracted, extract_chunk, failed_chunk, get_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

    from .pipeline import PipelineSettings

ENGINES = ("local", "dask")
# Bytes of source text per chunk at most (32 ordinary articles hold about 64 KB): a run of long
# articles in a big corpus makes no heavier batch than a small corpus meets.
CHUNK_BYTES = 80 * 1024
# Chunks in flight per worker: enough that workers never wait for the parent to write,
# few enough that results held for ordering stay a handful of chunks.
WINDOW_PER_WORKER = 4
# A pipeline the parent already built, inherited by forked workers so they skip the model load.
_INHERITED: dict[PipelineSettings, Language] = {}
_Window = deque[tuple[list[Path], Future[list[Extracted]]]]


class EngineError(RuntimeError):
    """An engine could not start (missing optional extra, unreachable scheduler)."""


def run_extraction(paths: Iterable[Path], job: ChunkJob, *, n_process: int = 1,
                   engine: str = "local", scheduler: str | None = None,
                   nlp: Language | None = None, chunk_size: int | None = None,
                   start_method: str | None = None) -> Iterator[Extracted]:
    """Results for `paths` in input order. Workers start here, before the first result is asked for.

    Starting eagerly means a missing extra or a bad scheduler address fails before any
    output, and forked workers are created before any progress-bar thread exists.
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    chunks = _chunks(paths, chunk_size or job.batch_size)
    if engine == "dask":
        return _DaskRunner(job, scheduler, n_process).results(chunks)
    if n_process <= 1:
        pipeline = nlp or get_pipeline(job.settings)
        return (item for chunk in chunks for item in extract_chunk(chunk, job, pipeline))
    return _PoolRunner(job, n_process, nlp, start_method).results(chunks)


def default_start_method() -> str:
    """fork on Linux: workers inherit the loaded model and data copy-on-write and start at once.

    Elsewhere spawn (fork is unsafe with macOS system libraries and absent on Windows); each
    worker then builds its pipeline from the same settings, so the output is the same.
    """
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _chunks(paths: Iterable[Path], size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Path]]:
    """`size` sources at most, and no more once they hold `max_bytes`: the memory a spaCy
    batch takes follows its text, so a run of long articles in a big corpus cannot raise the
    peak above a small corpus's (a chunk of ordinary articles is far below the cap)."""
    chunk: list[Path] = []
    held = 0
    for path in paths:
        chunk.append(path)
        held += _size(path)
        if len(chunk) >= max(1, size) or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0  # unreadable: the loader reports it, naming the file


def _work(chunk: list[Path], job: ChunkJob) -> list[Extracted]:
    """Runs in a pool worker: reuse the inherited pipeline when forked, else build it once."""
    return extract_chunk(chunk, job, _INHERITED.get(job.settings))


class _PoolRunner:
    """A local process pool fed a bounded window of chunks; results come back in input order.

    concurrent.futures rather than multiprocessing.Pool: a worker that dies (segfault, OOM
    kill) breaks the executor visibly instead of hanging the run, so it can be restarted and
    the sources that killed it reported as failures.
    """

    def __init__(self, job: ChunkJob, n_process: int, nlp: Language | None,
                 start_method: str | None) -> None:
        self.job = job
        self.n_process = n_process
        self.context = multiprocessing.get_context(start_method or default_start_method())
        if self.context.get_start_method() == "fork":
            _INHERITED[job.settings] = nlp or get_pipeline(job.settings)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(self.n_process, mp_context=self.context)
        # Submitting no-ops makes every worker exist now, before the caller starts threads.
        for done in [executor.submit(int) for _ in range(self.n_process)]:
            done.result()
        return executor

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def results(self, chunks: Iterator[list[Path]]) -> Iterator[Extracted]:
        window: _Window = deque()
        limit = WINDOW_PER_WORKER * self.n_process
        try:
            for chunk in chunks:
                window.append((chunk, self.executor.submit(_work, chunk, self.job)))
                if len(window) >= limit:
                    yield from self._collect(window)
            while window:
                yield from self._collect(window)
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _collect(self, window: _Window) -> list[Extracted]:
        chunk, future = window.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # Some chunk in flight killed its worker; every pending future is lost with the
            # pool. Rerun this chunk alone to learn whether it was the culprit, resubmit the rest.
            self._restart()
            results = self._alone(chunk)
            for i, (other, _) in enumerate(window):
                window[i] = (other, self.executor.submit(_work, other, self.job))
            return results
        except Exception as err:  # e.g. a result that cannot be pickled: this chunk only
            return failed_chunk(chunk, self.job, err)

    def _alone(self, chunk: list[Path]) -> list[Extracted]:
        """Run a chunk on its own; if it kills a worker again, run its sources one by one."""
        try:
            return self.executor.submit(_work, chunk, self.job).result()
        except BrokenProcessPool as err:
            self._restart()
            if len(chunk) == 1:
                return failed_chunk(chunk, self.job, err)
        results: list[Extracted] = []
        for path in chunk:
            results.extend(self._alone([path]))
        return results


class _DaskRunner:
    """The same chunks as tasks on a Dask distributed cluster (a LocalCluster if no address).

    Tasks finish in any order; results wait in a bounded window until their turn to be
    written, so memory stays flat and the output order is the input order.
    """

    def __init__(self, job: ChunkJob, scheduler: str | None, n_process: int) -> None:
        distributed = _import_distributed()
        self.job = job
        self.cluster: Any = None
        try:
            if scheduler:
                self.client = distributed.Client(scheduler, timeout="30s")
            else:
                # One thread per worker process: the work holds the GIL, processes give parallelism.
                # The scheduler's web routes on a free port: with None it takes 8787, and a second
                # run on the same machine then fails to start its cluster.
                self.cluster = distributed.LocalCluster(
                    n_workers=max(1, n_process), threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=40)
                self.client = distributed.Client(self.cluster)
        except (OSError, TimeoutError, ValueError) as err:
            self._close()
            where = scheduler or "a local cluster"
            raise EngineError(f"cannot connect to Dask scheduler at {where}: {err}") from err
        self.as_completed = distributed.as_completed
        self.limit = WINDOW_PER_WORKER * max(1, sum(self.client.nthreads().values()))

    def _close(self) -> None:
        for closable in (getattr(self, "client", None), self.cluster):
            if closable is not None:
                closable.close()

    def results(self, chunks: Iterator[list[Path]]) -> Iterator[Extracted]:
        pending: dict[str, tuple[int, list[Path]]] = {}
        finished: dict[int, list[Extracted]] = {}
        completed = self.as_completed()
        submitted = written = 0
        try:
            while True:
                while submitted - written < self.limit and (chunk := next(chunks, None)):
                    future = self.client.submit(extract_chunk, chunk, self.job, pure=False)
                    pending[future.key] = (submitted, chunk)
                    completed.add(future)
                    submitted += 1
                while written in finished:
                    yield from finished.pop(written)
                    written += 1
                if not pending:
                    if submitted == written:
                        return
                    continue
                future = next(completed)
                index, chunk = pending.pop(future.key)
                finished[index] = self._outcome(future, chunk)
        finally:
            self._close()

    def _outcome(self, future: Any, chunk: list[Path]) -> list[Extracted]:
        """A finished task's results; a failed task becomes per-source failures."""
        try:
            if future.status == "finished":
                return list(future.result())
            err = future.exception()
        finally:
            future.release()
        if len(chunk) == 1:
            return failed_chunk(chunk, self.job, err)
        # Retry the sources one by one, so only the one that breaks a worker is lost.
        singles = [self.client.submit(extract_chunk, [path], self.job, pure=False)
                   for path in chunk]
        self.client.gather(singles, errors="skip")
        results: list[Extracted] = []
        for path, single in zip(chunk, singles, strict=True):
            if single.status == "finished":
                results.extend(single.result())
            else:
                results.extend(failed_chunk([path], self.job, single.exception()))
            single.release()
        return results


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise EngineError("the dask engine needs the optional extra: "
                          "pip install 'bagouz-extract[dask]'") from err
    return distributed
