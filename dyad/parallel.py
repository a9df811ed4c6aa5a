"""Coding on many cores or many machines: batches of documents to worker processes, results in order.

One entry point, ``code_parallel``, serves the CLI and the API:

- ``workers=1``: in this process (the reference result);
- ``workers=N``: a pool of N local processes; each loads the spaCy model and the coder once, when
  it starts, and codes whole batches (spaCy's own ``nlp.pipe(n_process=N)`` measured 1.2-1.4x on
  two cores, as it ships every sentence's Doc back through a pipe);
- ``scheduler="tcp://host:8786"``: the same batches as tasks on an existing Dask cluster; each
  worker process builds its coder on its first task and keeps it (``pipeline.get_coder`` is cached
  per process). Batches, not sentences, because a Dask task costs ~3 ms of overhead.

Whatever the route, the output is the same ``CodedDocument`` list in input order: the caller (the
store, ``code_documents``) writes results on its side, never the workers. On a Dask cluster of
other machines, every worker needs dyad installed, and ``actor_files`` must be paths the workers
can read.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from itertools import islice
from typing import Any

from .errors import DyadError
from .pipeline import CodedDocument, code_batch
from .records import Document

BATCH_DOCUMENTS = 32  # documents per task: big enough to hide a task's overhead, small to balance
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: keeps workers busy, bounds the memory held
CONNECT_SECONDS = 30  # how long to wait for a Dask scheduler before giving up


def code_parallel(
    documents: Iterable[Document],
    *,
    workers: int = 1,
    scheduler: Any = None,
    batch_size: int = BATCH_DOCUMENTS,
    actor_files: tuple[str, ...] = (),
) -> Iterator[CodedDocument]:
    """Code documents in ``workers`` local processes or on a Dask cluster; yield them in order.

    ``scheduler`` is a Dask scheduler address (or a ``distributed.Client``); it takes precedence
    over ``workers``. Documents are read lazily, a few batches ahead of the results.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    batches = _batches(documents, batch_size)
    if scheduler is not None:
        yield from _on_dask(batches, scheduler, actor_files)
    elif workers > 1:
        yield from _on_pool(batches, workers, actor_files)
    else:
        for batch in batches:
            yield from code_batch(batch, actor_files)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _in_order(
    batches: Iterator[list[Document]],
    submit: Callable[[list[Document]], Future[list[CodedDocument]]],
    window: int,
) -> Iterator[CodedDocument]:
    """Keep ``window`` batches in flight; hand results back in submission order."""
    pending: deque[Future[list[CodedDocument]]] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


# -- local processes --------------------------------------------------------------------------


def _on_pool(
    batches: Iterator[list[Document]], workers: int, actor_files: tuple[str, ...]
) -> Iterator[CodedDocument]:
    # spawn, not fork: a forked child would inherit the parent's threads and locks (Dask's,
    # DuckDB's) in whatever state they were; spawn is also what macOS and Windows do.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=warm_worker, initargs=(actor_files,)
    )
    try:
        yield from _in_order(
            batches,
            lambda batch: pool.submit(code_batch, batch, actor_files),
            workers * IN_FLIGHT_PER_WORKER,
        )
    finally:  # also when the caller stops early: queued batches are dropped, not coded
        pool.shutdown(wait=True, cancel_futures=True)


def warm_worker(actor_files: tuple[str, ...] = ()) -> None:
    """Load the spaCy model and the coder in this worker process, once, before any task."""
    from .nlp import load_nlp
    from .pipeline import get_coder

    load_nlp()
    get_coder(actor_files)


# -- Dask -------------------------------------------------------------------------------------


def _on_dask(
    batches: Iterator[list[Document]], scheduler: Any, actor_files: tuple[str, ...]
) -> Iterator[CodedDocument]:
    from distributed import Client

    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS) if own else scheduler
    except (OSError, TimeoutError) as exc:
        raise DyadError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        threads = sum(client.nthreads().values()) or 1
        yield from _in_order(
            batches,
            lambda batch: client.submit(dask_task, batch, actor_files, pure=False),
            threads * IN_FLIGHT_PER_WORKER,
        )
    finally:
        if own:
            client.close()


def dask_task(documents: list[Document], actor_files: tuple[str, ...]) -> list[CodedDocument]:
    """One batch on a Dask worker; one batch at a time per process, whatever its thread count."""
    with _worker_lock():
        return code_batch(documents, actor_files)


@cache
def _worker_lock() -> threading.Lock:
    # A Dask worker may run several tasks on threads of one process; the spaCy pipeline and the
    # coder's caches are not made for concurrent use, and the GIL would gain nothing anyway.
    return threading.Lock()
