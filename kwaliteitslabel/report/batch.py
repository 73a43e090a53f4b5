"""Many reports at once, one process per report and at most one per core.

Each report gets a process of its own, so that a process that dies (killed, out of
memory) takes only its own report with it: that report is tried once more, and the
others go on. A process pool cannot promise this: one dead worker breaks all of it.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Literal

from kwaliteitslabel.report.job import Done, make_report_safely
from kwaliteitslabel.report.paths import Target
from kwaliteitslabel.report.resources import died

# spawn: the one start method of every system (fork does not exist on Windows, and
# forking a process with threads, as a progress display has, is unsafe)
START_METHOD: Literal["spawn", "fork"] = "spawn"  # tests choose fork to inherit a fault
ATTEMPTS = 2  # a report whose process died is tried once more


def workers_for(count: int) -> int:
    return max(1, min(count, os.cpu_count() or 1))


def _work(sender: Connection, target: Target, lang: str, norms: Path | None) -> None:
    sender.send(make_report_safely(target, lang, norms))
    sender.close()


@dataclass
class _Running:
    target: Target
    attempt: int
    process: BaseProcess
    receiver: Connection


def _received(running: _Running) -> Done | None:
    """The report the process sent back, if it did (a dead process sends nothing)."""
    try:
        if running.receiver.poll():
            sent: Done = running.receiver.recv()
            return sent
    except (EOFError, OSError):
        pass
    return None


class Batch:
    """`start()` (before any progress display starts its thread), then iterate
    `results()` in the order the reports finish."""

    def __init__(self, targets: list[Target], *, lang: str = "nl",
                 norms: Path | None = None, workers: int | None = None) -> None:
        self.targets = targets
        self.lang = lang
        self.norms = norms
        self.workers = workers or workers_for(len(targets))
        self._context: SpawnContext | ForkContext = (
            multiprocessing.get_context("fork") if START_METHOD == "fork"
            else multiprocessing.get_context("spawn"))
        self._waiting: list[tuple[Target, int]] = [(target, 1) for target in targets]
        self._running: list[_Running] = []

    def start(self) -> None:
        while self._waiting and len(self._running) < self.workers:
            target, attempt = self._waiting.pop(0)
            receiver, sender = self._context.Pipe(duplex=False)
            process = self._context.Process(target=_work,
                                            args=(sender, target, self.lang, self.norms))
            process.start()
            sender.close()
            self._running.append(_Running(target, attempt, process, receiver))

    def results(self) -> Iterator[Done]:
        self.start()
        try:
            while self._running:
                finished = self._collect()
                if finished is None:
                    time.sleep(0.02)
                    continue
                self.start()
                if isinstance(finished, Done):
                    yield finished
        finally:
            for running in self._running:
                running.process.kill()
                running.process.join()

    def _collect(self) -> Done | bool | None:
        """A finished report, True for a report sent back to try again, None: no news."""
        for running in list(self._running):
            alive = running.process.is_alive()
            done = _received(running)  # after the check: a report sent just before the end
            if done is not None:
                self._finish(running)
                if running.attempt > 1:
                    retried = ("het eerste proces voor dit rapport stopte onverwacht; de "
                               "tweede poging lukte")
                    done.notice = f"{done.notice} {retried}" if done.notice else retried
                return done
            if not alive:
                self._finish(running)
                if running.attempt < ATTEMPTS:
                    self._waiting.insert(0, (running.target, running.attempt + 1))
                    return True
                return Done(running.target.source, running.target.output,
                            error="het proces voor dit rapport stopte twee keer: "
                                  f"{died(running.process.exitcode)}; de andere "
                                  "rapporten gingen door")
        return None

    def _finish(self, running: _Running) -> None:
        self._running.remove(running)
        running.receiver.close()
        running.process.join()


def render_many(targets: list[Target], *, lang: str = "nl", norms: Path | None = None,
                workers: int | None = None) -> Iterator[Done]:
    batch = Batch(targets, lang=lang, norms=norms, workers=workers)
    batch.start()
    yield from batch.results()
