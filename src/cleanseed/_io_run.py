"""Ordered, bounded parallel map over batches, on :mod:`concurrent.futures`.

Results come back in input order; at most ``in_flight`` batches are
submitted and not yet consumed, so memory stays bounded however long the
input is. With one job everything runs in this process (no pool start-up).
"""

from __future__ import annotations

import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, TypeVar

from ._io import InputError

__all__ = ["WorkerDied", "ordered_map"]


class WorkerDied(InputError):
    """A worker process ended abruptly (killed by a signal, by the out-of-memory killer, or a crash)."""

B = TypeVar("B")
R = TypeVar("R")


def _init_worker(initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    # Ctrl-C goes to the whole process group: let the parent handle it, so
    # that workers die quietly instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    initializer(*initargs)


def ordered_map(
    fn: Callable[[B], R],
    batches: Iterable[B],
    *,
    jobs: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...] = (),
    in_flight: int | None = None,
) -> Iterator[R]:
    """``fn`` applied to each batch, in order, on ``jobs`` worker processes.

    ``initializer(*initargs)`` runs once in each worker (or here, with one
    job). Closing the returned iterator early cancels the batches not yet
    started and shuts the pool down.
    """
    if jobs <= 1:
        initializer(*initargs)
        for batch in batches:
            yield fn(batch)
        return
    limit = in_flight or 2 * jobs
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(initializer, initargs))
    pending: deque[Future[R]] = deque()
    finished = False
    try:
        for batch in batches:
            pending.append(pool.submit(fn, batch))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    except BrokenProcessPool:
        raise WorkerDied("a worker process died (killed, out of memory or crashed); "
                         "the output ends after the last complete batch") from None
    finally:
        for f in pending:
            f.cancel()
        # Interrupted or stopped early: do not wait for the batches still running.
        pool.shutdown(wait=finished, cancel_futures=True)
