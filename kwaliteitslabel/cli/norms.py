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
from kwaliteitslabel.cli.errors import reports_errors, show_error
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import command, err, out, print_json
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text

if TYPE_CHECKING:
    from kwaliteitslabel.framework import locate
    from kwaliteitslabel.framework.check import CheckResult
    from kwaliteitslabel.framework.loaded import Framework

app = typer.Typer(no_args_is_help=True)  # its help: CHILDREN in cli/app.py


@app.command()
@reports_errors
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
        err.print(f"[dim]Normenkader in {escape(str(path))} ({source.word})[/dim]")
    for warning in result.warnings:
        err.print(f"[yellow]{escape(str(warning))}[/yellow]", soft_wrap=True)
    if not result.ok:
        show_error(InvalidInput(f"{path}: fouten", result.problems))
        raise typer.Exit(1)
    assert framework is not None
    counts = Counter(norm.area for norm in framework.norms)
    split = " / ".join(f"{area.name} {counts[area.id]}" for area in framework.manifest.areas)
    out.print(f"[green]✓[/green] Normenkader {escape(framework.version)} is in orde: "
              f"{escape(framework.manifest.title)} ({framework.manifest.status})")
    out.print(f"  map:           {escape(str(framework.path))} ({source.word})")
    out.print(f"  geldig:        {locate.validity(framework.manifest)}")
    out.print(f"  normen:        {len(framework.norms)} ({escape(split)})")
    out.print(f"  kernnormen:    {sum(norm.core for norm in framework.norms)}")
    if result.mapping is not None and result.older is not None:
        kinds = Counter(origin.kind for origin in result.mapping.origins.values())
        shown = ", ".join(f"{KIND_WORDS[kind]} {count}" for kind, count in kinds.items())
        out.print(f"  herkomst:      uit {escape(result.older.version)} "
                  f"({escape(str(result.older.path))}): {shown}")
    out.print(f"  vingerafdruk:  sha256:{framework.fingerprint}")


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
@reports_errors
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
        raise InvalidInput(f"onbekend aandachtsgebied '{area}'"
                           + (f"; bedoelt u '{hint}'?" if hint else "")
                           + f" Kies uit {', '.join(area_ids)}")
    selected = [n for n in framework.norms if area is None or n.area == area]
    if as_json:
        print_json([{"id": n.id, "area": n.area, "title": n.title, "core": n.core,
                     "competencies": n.competencies, "values": n.values} for n in selected])
        return
    table = Table(title=f"Normenkader {framework.version}", show_lines=False)
    table.add_column("id", style="bold")
    table.add_column("gebied")
    table.add_column("titel")
    table.add_column("kern", justify="center")
    table.add_column("competenties")
    names = {a.id: a.name for a in framework.manifest.areas}
    for norm in selected:
        table.add_row(norm.id, escape(names.get(norm.area, norm.area)), escape(norm.title),
                      "●" if norm.core else "", ", ".join(norm.competencies))
    out.print(table)


@app.command()
@reports_errors
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
        raise InvalidInput(f"norm '{norm_id}' bestaat niet in normenkader "
                           f"{framework.version}; zie: "
                           f"{command('norms', 'list', norms=norms)}")
    if as_json:
        print_json({"area": norm.area, **norm.model_dump(mode="json")})
        return
    from kwaliteitslabel.walk.norm_view import render_norm

    out.print(render_norm(framework, norm), soft_wrap=False)


@app.command()
@reports_errors
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
        out.print(f"[green]✓[/green] Schema's van normenkader {escape(framework.version)} in "
                  f"{escape(str(framework.path / SCHEMA_FOLDER))}"
                  + ("" if changed else " (al bijgewerkt)"))
        for path in changed:
            out.print(f"  bijgewerkt: {escape(str(path))}")
        return
    if manifest:
        print_json(manifest_schema(framework))
        return
    chosen_area = None
    if area is not None:
        ids = [a.id for a in framework.manifest.areas]
        if area not in ids:
            raise InvalidInput(f"onbekend aandachtsgebied '{area}'; kies uit {', '.join(ids)}")
        chosen_area = framework.area(area)
    print_json(norm_file_schema(framework, chosen_area))


@app.command()
@reports_errors
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
    out.print(f"Verschil tussen normenkader {escape(before.version)} ({escape(str(old))}) en "
              f"{escape(after.version)} ({escape(str(new))})")
    if result.empty:
        out.print("[green]Geen inhoudelijke verschillen.[/green]")
        return
    print_diff(result, before, after)


def _load(folder: Path) -> Framework:
    from kwaliteitslabel.framework import locate

    return locate.load_cached(locate.resolve_folder(folder))


app.command("report")(norms_report.report)
