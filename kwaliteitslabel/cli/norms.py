"""`kwaliteitslabel norms ...`: the commission's commands for the framework files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli import norms_report
from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework import locate
from kwaliteitslabel.framework.diff import diff_frameworks
from kwaliteitslabel.framework.load import Framework, load_framework
from kwaliteitslabel.framework.schema import manifest_schema, norm_file_schema

app = typer.Typer(help="Het normenkader: controleren, bekijken, vergelijken.",
                  no_args_is_help=True)


@app.command()
@reports_errors
def check(
    folder: Annotated[Path | None, typer.Argument(help="Map met kader.yaml (standaard: het "
                                                  "meegeleverde kader).", show_default=False)]
    = None,
    as_json: JsonOption = False,
) -> None:
    """Controleer een normenkader en meld elke fout met bestand:regel:kolom."""
    framework = locate.load_chosen(folder)
    counts = Counter(norm.area for norm in framework.norms)
    if as_json:
        print_json({"version": framework.version, "fingerprint": framework.fingerprint,
                    "path": str(framework.path), "norms": len(framework.norms),
                    "areas": {area.id: counts[area.id] for area in framework.manifest.areas},
                    "core": sum(norm.core for norm in framework.norms)})
        return
    split = " / ".join(f"{area.name} {counts[area.id]}" for area in framework.manifest.areas)
    out.print(f"[green]✓[/green] Normenkader {escape(framework.version)} is in orde: "
              f"{escape(framework.manifest.title)} ({framework.manifest.status})")
    out.print(f"  map:           {escape(str(framework.path))}")
    out.print(f"  normen:        {len(framework.norms)} ({escape(split)})")
    out.print(f"  kernnormen:    {sum(norm.core for norm in framework.norms)}")
    out.print(f"  vingerafdruk:  sha256:{framework.fingerprint}")


@app.command("list")
@reports_errors
def list_norms(
    area: Annotated[str | None, typer.Option(help="Alleen dit aandachtsgebied (id).")] = None,
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Toon alle normen, of die van één aandachtsgebied."""
    framework = locate.load_chosen(norms)
    area_ids = [a.id for a in framework.manifest.areas]
    if area is not None and area not in area_ids:
        raise InvalidInput(f"onbekend aandachtsgebied '{area}'; kies uit {', '.join(area_ids)}")
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
    for norm in selected:
        table.add_row(norm.id, norm.area, escape(norm.title), "●" if norm.core else "",
                      ", ".join(norm.competencies))
    out.print(table)


@app.command()
@reports_errors
def show(
    norm_id: Annotated[str, typer.Argument(metavar="ID", help="Norm-id, bijv. V1.")],
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Toon één norm volledig: de norm, toelichting, toetsvragen en bewijs."""
    framework = locate.load_chosen(norms)
    norm = framework.norm(norm_id)
    if norm is None:
        raise InvalidInput(f"norm '{norm_id}' bestaat niet in normenkader "
                           f"{framework.version}; zie 'kwaliteitslabel norms list'")
    if as_json:
        print_json({"area": norm.area, **norm.model_dump(mode="json")})
        return
    from kwaliteitslabel.walk.norm_view import render_norm

    out.print(render_norm(framework, norm), soft_wrap=False)


@app.command()
@reports_errors
def schema(
    manifest: Annotated[bool, typer.Option("--manifest", help="Het schema van kader.yaml in "
                                           "plaats van dat van een normbestand.")] = False,
) -> None:
    """Print het JSON Schema van de normbestanden, voor een editor (VS Code YAML)."""
    print_json(manifest_schema() if manifest else norm_file_schema())


@app.command()
@reports_errors
def diff(
    old: Annotated[Path, typer.Argument(help="Map van het oude kader.")],
    new: Annotated[Path, typer.Argument(help="Map van het nieuwe kader.")],
    as_json: JsonOption = False,
) -> None:
    """Vergelijk twee versies: toegevoegde, vervallen en gewijzigde normen, per veld."""
    before, after = _load(old), _load(new)
    result = diff_frameworks(before, after)
    if as_json:
        print_json(result.as_json())
        return
    out.print(f"Verschil tussen normenkader {escape(before.version)} ({escape(str(old))}) en "
              f"{escape(after.version)} ({escape(str(new))})")
    if result.empty:
        out.print("[green]Geen inhoudelijke verschillen.[/green]")
        return
    for norm_id in result.added:
        out.print(f"[green]+ {norm_id}[/green] toegevoegd: {escape(_title(after, norm_id))}")
    for norm_id in result.removed:
        out.print(f"[red]- {norm_id}[/red] vervallen: {escape(_title(before, norm_id))}")
    for norm_id, changes in result.changed.items():
        out.print(f"[yellow]~ {norm_id}[/yellow] gewijzigd:")
        for change in changes:
            out.print(f"    {change.field}:")
            out.print(f"      [red]- {escape(_short(change.old))}[/red]")
            out.print(f"      [green]+ {escape(_short(change.new))}[/green]")
    for change in result.manifest:
        out.print(f"[yellow]~ kader.yaml[/yellow] {change.field}: "
                  f"{escape(_short(change.old))} → {escape(_short(change.new))}")


def _load(folder: Path) -> Framework:
    return load_framework(locate.resolve_folder(folder))


def _title(framework: Framework, norm_id: str) -> str:
    norm = framework.norm(norm_id)
    return norm.title if norm is not None else norm_id


def _short(value: object) -> str:
    text = "(leeg)" if value is None else str(value)
    return text if len(text) <= 400 else text[:397] + "..."


app.command("report")(norms_report.report)
