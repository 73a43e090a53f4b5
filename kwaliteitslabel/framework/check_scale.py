"""`norms check`'s warnings about the scale: a verdict without English words, and norms
that do not say what a counted verdict looks like on them (the walk shows the others)."""

from __future__ import annotations

from kwaliteitslabel import yaml_lines
from kwaliteitslabel.errors import Problem
from kwaliteitslabel.framework.load import MANIFEST_NAME
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.norm_ids import id_runs
from kwaliteitslabel.words import word


def scale_warnings(framework: Framework) -> list[Problem]:
    manifest = framework.path / MANIFEST_NAME
    warnings = []
    described = [norm for norm in framework.norms if norm.levels]
    for index, level in enumerate(framework.manifest.scale):
        lacking = [norm.id for norm in described
                   if level.counted and level.id not in (norm.levels or {})]
        if level.en is not None and not lacking:
            continue
        line, column = yaml_lines.in_file(manifest, ("scale", index, "id"))
        if level.en is None:
            warnings.append(Problem(
                str(manifest), line, column,
                word("framework.check.verdict_without_english", verdict=level.id)))
        if lacking:
            warnings.append(Problem(
                str(manifest), line, column,
                word("framework.check.levels_lacking", count=len(lacking), name=level.name,
                     norms=", ".join(id_runs(lacking)), verdict=level.id)))
    return warnings
