"""`norms check`'s warnings about the scale: a verdict without English words, and norms
that do not say what a counted verdict looks like on them (the walk shows the others)."""

from __future__ import annotations

from kwaliteitslabel import yaml_lines
from kwaliteitslabel.errors import Problem
from kwaliteitslabel.framework.load import MANIFEST_NAME
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.norm_ids import id_runs


def scale_warnings(framework: Framework) -> list[Problem]:
    manifest = framework.path / MANIFEST_NAME
    warnings = []
    described = [norm for norm in framework.norms if norm.levels]
    for index, level in enumerate(framework.manifest.scale):
        if level.en is None or (level.counted and any(
                level.id not in (norm.levels or {}) for norm in described)):
            line, column = yaml_lines.in_file(manifest, ("scale", index, "id"))
        if level.en is None:
            warnings.append(Problem(
                str(manifest), line, column,
                f"let op: oordeel {level.id} heeft geen Engelse woorden; een rapport in het "
                "Engels toont de Nederlandse. Voeg onder het oordeel toe: en: met name (en "
                "eventueel short)"))
        lacking = [norm.id for norm in described
                   if level.counted and level.id not in (norm.levels or {})]
        if lacking:
            warnings.append(Problem(
                str(manifest), line, column,
                f"let op: {len(lacking)} normen beschrijven niet wat '{level.name}' kenmerkt "
                f"({', '.join(id_runs(lacking))}); de walk en het boekje tonen dan alleen "
                f"de andere oordelen. Voeg bij die normen onder levels toe: {level.id}: ..."))
    return warnings
