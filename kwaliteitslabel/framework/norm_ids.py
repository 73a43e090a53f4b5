"""Norm ids as people read a list of them: runs of one area in a row as `V4–V16`."""

from __future__ import annotations

import re

ID = re.compile(r"^(\D+)(\d+)$")


def id_runs(norm_ids: list[str]) -> list[str]:
    """`V2–V16`, `D4`: three or more ids of one area with numbers in a row as one run."""
    runs: list[list[str]] = []
    last: tuple[str, int] | None = None
    for norm_id in norm_ids:
        match = ID.match(norm_id)
        here = (match.group(1), int(match.group(2))) if match else None
        if runs and here and last and here == (last[0], last[1] + 1):
            runs[-1].append(norm_id)
        else:
            runs.append([norm_id])
        last = here
    return [part for run in runs
            for part in ([f"{run[0]}–{run[-1]}"] if len(run) > 2 else run)]


def run_size(part: str) -> int:
    """How many ids a part of `id_runs` stands for."""
    if "–" not in part:
        return 1
    first, last = (ID.match(end) for end in part.split("–"))
    return int(last.group(2)) - int(first.group(2)) + 1 if first and last else 1
