"""Many reports at once, one process per core; one failure never stops the others."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from kwaliteitslabel.report.job import Done, make_report_safely
from kwaliteitslabel.report.paths import Target


def workers_for(count: int) -> int:
    return max(1, min(count, os.cpu_count() or 1))


class Batch:
    """Submit with `start()` (before any progress display starts its thread), then
    iterate `results()` in the order the reports finish."""

    def __init__(self, targets: list[Target], *, lang: str = "nl",
                 norms: Path | None = None, workers: int | None = None) -> None:
        self.targets = targets
        self.lang = lang
        self.norms = norms
        self.workers = workers or workers_for(len(targets))
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[Future[Done], Target] = {}

    def start(self) -> None:
        # fork: the workers inherit the loaded WeasyPrint and framework code
        context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        self._futures = {self._pool.submit(make_report_safely, target, self.lang,
                                           self.norms): target for target in self.targets}

    def results(self) -> Iterator[Done]:
        if self._pool is None:
            self.start()
        try:
            for future in as_completed(self._futures):
                target = self._futures[future]
                try:
                    yield future.result()
                except BrokenProcessPool as error:
                    yield Done(target.source, target.output, bug=True,
                               error=f"het proces voor dit rapport stopte onverwacht ({error})")
        finally:
            assert self._pool is not None
            self._pool.shutdown(wait=True, cancel_futures=True)


def render_many(targets: list[Target], *, lang: str = "nl", norms: Path | None = None,
                workers: int | None = None) -> Iterator[Done]:
    batch = Batch(targets, lang=lang, norms=norms, workers=workers)
    batch.start()
    yield from batch.results()
