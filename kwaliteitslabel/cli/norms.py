"""`kwaliteitslabel norms ...`: the commission's commands for the framework files.

The framework code is imported inside each command, so that `--help` loads none of it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli import norms_report
from kwaliteitslabel.cli.errors import show_error
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import command, err, out, print_json
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.framework import locate
    from kwaliteitslabel.framework.check import CheckResult
    from kwaliteitslabel.framework.loaded import Framework

app = typer.Typer(no_args_is_help=True)  # its help: CHILDREN in cli/app.py


@app.command()
def check(
    folder: Annotated[Path | None, typer.Argument(help=help_text("help.norms.check.folder"),
                                                  show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.framework import locate
    from kwaliteitslabel.framework.check import check_folder
    from kwaliteitslabel.framework.mapping import KIND_WORDS

    path, source = locate.chosen(folder)
    result = check_folder(path)
    framework = result.framework
    if as_json:
        print_json(_check_json(result, source))
        if not result.ok:
            raise typer.Exit(1)
        return
    if not result.ok:
        shown = word("cli.norms.check.framework_in", path=escape(str(path)), source=source.word)
        err.print(f"[dim]{shown}[/dim]")
    for warning in result.warnings:
        err.print(f"[yellow]{escape(str(warning))}[/yellow]", soft_wrap=True)
    if not result.ok:
        show_error(InvalidInput(word("cli.norms.check.errors", path=path), result.problems))
        raise typer.Exit(1)
    assert framework is not None
    counts = Counter(norm.area for norm in framework.norms)
    split = " / ".join(f"{area.name} {counts[area.id]}" for area in framework.manifest.areas)
    manifest = framework.manifest
    out.print("[green]✓[/green] " + word("cli.norms.check.ok", version=escape(framework.version),
                                         title=escape(manifest.title), status=manifest.status))
    out.print(word("cli.norms.check.folder", path=escape(str(framework.path)),
                   source=source.word))
    out.print(word("cli.norms.check.valid", validity=locate.validity(manifest)))
    out.print(word("cli.norms.check.norms", count=len(framework.norms), split=escape(split)))
    out.print(word("cli.norms.check.core", count=sum(norm.core for norm in framework.norms)))
    if result.mapping is not None and result.older is not None:
        kinds = Counter(origin.kind for origin in result.mapping.origins.values())
        shown = ", ".join(f"{KIND_WORDS[kind]} {count}" for kind, count in kinds.items())
        out.print(word("cli.norms.check.origin", version=escape(result.older.version),
                       path=escape(str(result.older.path)), kinds=shown))
    out.print(word("cli.norms.check.fingerprint", fingerprint=framework.fingerprint))


def _check_json(result: CheckResult, source: locate.Source) -> dict[str, object]:
    data: dict[str, object] = {"ok": result.ok, "path": str(result.folder),
                               "source": source.kind,
                               "problems": [p.as_json() for p in result.problems],
                               "warnings": [p.as_json() for p in result.warnings]}
    framework = result.framework
    if framework is not None:
        counts = Counter(norm.area for norm in framework.norms)
        data |= {"version": framework.version, "fingerprint": framework.fingerprint,
                 "path": str(framework.path), "norms": len(framework.norms),
                 "areas": {area.id: counts[area.id] for area in framework.manifest.areas},
                 "core": sum(norm.core for norm in framework.norms),
                 "valid_from": framework.manifest.valid_from,
                 "valid_until": framework.manifest.valid_until}
    if result.mapping is not None:
        data["mapping"] = {
            "from_version": result.mapping.from_version,
            "kinds": dict(Counter(o.kind for o in result.mapping.origins.values()))}
    return data


@app.command("list")
def list_norms(
    area: Annotated[str | None, typer.Option(help=help_text("help.norms.list.area"))] = None,
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.framework import locate
    from kwaliteitslabel.messages import closest

    framework = locate.load_chosen(norms)
    area_ids = [a.id for a in framework.manifest.areas]
    if area is not None and area not in area_ids:
        hint = closest(area, area_ids)
        raise InvalidInput(word("cli.norms.unknown_area", area=area)
                           + (word("cli.usage.did_you_mean", name=hint) if hint else "")
                           + word("cli.norms.list.choose_from", choices=", ".join(area_ids)))
    selected = [n for n in framework.norms if area is None or n.area == area]
    if as_json:
        print_json([{"id": n.id, "area": n.area, "title": n.title, "core": n.core,
                     "competencies": n.competencies, "values": n.values} for n in selected])
        return
    table = Table(title=word("cli.norms.list.title", version=framework.version),
                  show_lines=False)
    table.add_column("id", style="bold")
    table.add_column(word("cli.norms.list.area"))
    table.add_column(word("cli.norms.list.norm_title"))
    table.add_column(word("cli.norms.list.core"), justify="center")
    table.add_column(word("cli.norms.list.competencies"))
    names = {a.id: a.name for a in framework.manifest.areas}
    for norm in selected:
        table.add_row(norm.id, escape(names.get(norm.area, norm.area)), escape(norm.title),
                      "●" if norm.core else "", ", ".join(norm.competencies))
    out.print(table)


@app.command()
def show(
    norm_id: Annotated[str, typer.Argument(
        metavar="ID", help=help_text("help.norms.show.norm_id"))],
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.framework import locate

    framework = locate.load_chosen(norms)
    norm = framework.norm(norm_id)
    if norm is None:
        raise InvalidInput(word("cli.norms.show.unknown", norm=norm_id,
                                version=framework.version,
                                command=command("norms", "list", norms=norms)))
    if as_json:
        print_json({"area": norm.area, **norm.model_dump(mode="json")})
        return
    from kwaliteitslabel.walk.norm_view import render_norm

    out.print(render_norm(framework, norm), soft_wrap=False)


@app.command()
def schema(
    manifest: Annotated[bool, typer.Option(
        "--manifest", help=help_text("help.norms.schema.manifest"))] = False,
    area: Annotated[str | None, typer.Option(help=help_text("help.norms.schema.area"))] = None,
    write: Annotated[bool, typer.Option(
        "--write", help=help_text("help.norms.schema.write"))] = False,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.framework import locate
    from kwaliteitslabel.framework.schema import (
        SCHEMA_FOLDER,
        manifest_schema,
        norm_file_schema,
        write_schemas,
    )

    framework = locate.load_chosen(norms)
    if write:
        changed = write_schemas(framework)
        written = word("cli.norms.schema.written", version=escape(framework.version),
                       folder=escape(str(framework.path / SCHEMA_FOLDER)))
        out.print("[green]✓[/green] " + written
                  + ("" if changed else word("cli.norms.schema.up_to_date")))
        for path in changed:
            out.print(word("cli.norms.schema.updated", path=escape(str(path))))
        return
    if manifest:
        print_json(manifest_schema(framework))
        return
    chosen_area = None
    if area is not None:
        ids = [a.id for a in framework.manifest.areas]
        if area not in ids:
            raise InvalidInput(word("cli.norms.schema.unknown_area", area=area,
                                    choices=", ".join(ids)))
        chosen_area = framework.area(area)
    print_json(norm_file_schema(framework, chosen_area))


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help=help_text("help.norms.diff.old"))],
    new: Annotated[Path, typer.Argument(help=help_text("help.norms.diff.new"))],
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.cli.diff_view import print_diff
    from kwaliteitslabel.framework.diff import diff_frameworks
    from kwaliteitslabel.framework.mapping import load_mapping

    before, after = _load(old), _load(new)
    result = diff_frameworks(before, after, load_mapping(after.path))
    if as_json:
        print_json(result.as_json())
        return
    out.print(word("cli.norms.diff.between", old_version=escape(before.version),
                   old=escape(str(old)), new_version=escape(after.version),
                   new=escape(str(new))))
    if result.empty:
        out.print(f"[green]{word('cli.norms.diff.none')}[/green]")
        return
    print_diff(result, before, after)


def _load(folder: Path) -> Framework:
    from kwaliteitslabel.framework import locate

    return locate.load_cached(locate.resolve_folder(folder))


app.command("report")(norms_report.report)
