"""`kwaliteitslabel audit improvements FILE`: the organisation's improvement plan, listed
and set (an action added with --norm and --action, one changed or removed by --item)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import err, out, print_json
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.terms import PLAN_STATUSES
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:  # the core is imported inside the command: help stays light
    from kwaliteitslabel.audit.load import LoadedAudit

def improvements_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.audit_file"),
                                         readable=False)],
    norm: Annotated[str | None, typer.Option(
        "--norm", help=help_text("help.audit.improvements.norm"), show_default=False)] = None,
    action: Annotated[str | None, typer.Option(
        "--action", help=help_text("help.audit.improvements.action"), show_default=False)] = None,
    owner: Annotated[str | None, typer.Option(
        "--owner", help=help_text("help.audit.improvements.owner"), show_default=False)] = None,
    deadline: Annotated[str | None, typer.Option(
        "--deadline",
help=help_text("help.audit.improvements.deadline"), show_default=False)] = None,
    plan_status: Annotated[str | None, typer.Option(
        "--status", help=help_text("help.audit.improvements.plan_status",
                                  statuses=", ".join(PLAN_STATUSES)),
        show_default=False)] = None,
    item: Annotated[int | None, typer.Option(
        "--item", help=help_text("help.audit.improvements.item"),
        show_default=False)] = None,
    remove: Annotated[bool, typer.Option(
        "--remove", help=help_text("help.audit.improvements.remove"))] = False,
    force: Annotated[bool, typer.Option(
        "--force", help=help_text("help.audit.improvements.force"))] = False,
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.audit.load import load_audit

    changing = any(value is not None for value in (norm, action, owner, deadline,
                                                   plan_status)) or remove
    if item is None and not changing:
        loaded = load_audit(file, norms, editable=False)
        if as_json:
            print_json(_as_json(loaded))
        else:
            _show(loaded)
        return
    if as_json:
        raise typer.BadParameter(word("cli.audit_plan.json_with_list"), param_hint="--json")
    if remove and (item is None or any(value is not None for value in (
            norm, action, owner, deadline, plan_status))):
        raise typer.BadParameter(word("cli.audit_plan.remove_alone"), param_hint="--remove")
    if item is None and (norm is None or action is None):
        absent = [name for name, value in (("--norm NORM", norm),
                                           (word("cli.audit_plan.action_option"), action))
                  if value is None]
        raise typer.BadParameter(word("cli.audit_plan.new_action",
                                      absent=word("cli.audit_plan.and").join(absent)),
                                 param_hint="--norm")
    if item is not None and not changing:
        raise typer.BadParameter(word("cli.audit_plan.what_changes"), param_hint="--item")
    loaded = load_audit(file, norms)
    fields = _fields(loaded, norm=norm, action=action, owner=owner, deadline=deadline,
                     status=plan_status)
    if item is None:
        fields.setdefault("status", "gepland")
    from kwaliteitslabel.audit.store import save_plan

    saved = save_plan(loaded, fields, number=item, remove=remove, force=force)
    plan = saved.audit.improvement_plan
    if remove:
        out.print("[green]✓[/green] " + word("cli.audit_plan.removed", item=item,
                                             file=escape(str(file)), left=len(plan)))
    else:
        number = item or len(plan)
        out.print("[green]✓[/green] " + word("cli.audit_plan.saved", number=number,
                                             norm=plan[number - 1].norm,
                                             file=escape(str(file))))
    _say_missing(saved, err)


def _fields(loaded: LoadedAudit, *, norm: str | None, action: str | None, owner: str | None,
            deadline: str | None, status: str | None) -> dict[str, Any]:
    """The given options as plain data for the plan, each checked."""
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.plan import PLAN_STATUS_KEYS, plan_status_of
    from kwaliteitslabel.messages import closest

    fields: dict[str, Any] = {}
    if norm is not None:
        fields["norm"] = loaded.framework.known_norm(norm, "--norm").id
    if action is not None:
        fields["action"] = details.text("--action", action)
    if owner is not None:
        fields["owner"] = details.line("--owner", owner)
    if deadline is not None:
        day = details.day("--deadline", deadline)
        start = loaded.audit.dates.start
        if day < start:
            raise InvalidInput(word("cli.audit_plan.deadline_early", day=day, start=start))
        fields["deadline"] = day
    if status is not None:
        chosen = plan_status_of(status)
        if chosen is None:
            typed = [key for key in PLAN_STATUS_KEYS if len(key) > 1]
            hint = closest(status.lower(), typed)
            raise InvalidInput(word("cli.audit_follow_up.unknown_status", status=status)
                               + (word("cli.audit_follow_up.did_you_mean",
                                       hint=PLAN_STATUS_KEYS[hint]) if hint else "")
                               + word("cli.audit_follow_up.choose_from",
                                      choices=", ".join(PLAN_STATUSES)) + ".")
        fields["status"] = chosen
    return fields


def _as_json(loaded: LoadedAudit) -> dict[str, Any]:
    from kwaliteitslabel.audit.plan import plan_required, without_plan

    audit, framework = loaded.audit, loaded.framework
    return {"file": str(loaded.path), "organisation": audit.organisation,
            "required": plan_required(framework, audit),
            "items": [{"item": number, **item.model_dump(mode="json")}
                      for number, item in enumerate(audit.improvement_plan, start=1)],
            "without_plan": without_plan(framework, audit)}


def _show(loaded: LoadedAudit) -> None:
    audit, framework = loaded.audit, loaded.framework
    plan = audit.improvement_plan
    count = word("cli.audit_plan.actions", count=len(plan)) if plan \
        else word("cli.audit_plan.no_actions")
    out.print(word("cli.audit_plan.header", organisation=escape(audit.organisation),
                   file=escape(str(loaded.path)), count=count))
    for number, entry in enumerate(plan, start=1):
        norm = framework.norm(entry.norm)
        title = f" {norm.title}" if norm is not None else ""
        parts = [word(f"cli.audit_plan.status.{entry.status}"),
                 word("cli.audit_plan.deadline", date=entry.deadline) if entry.deadline
                 else word("cli.audit_plan.no_deadline"),
                 word("cli.audit_plan.owner", owner=entry.owner) if entry.owner
                 else word("cli.audit_plan.no_owner")]
        out.print(f"{number}. {entry.norm}{escape(title)}")
        out.print(f"   {escape(' '.join(entry.action.split()))}")
        out.print(f"   {escape(' · '.join(parts))}")
    _say_missing(loaded, out)


def _say_missing(loaded: LoadedAudit, console: Any) -> None:
    """Name the norms that still lack an action with a deadline, and whether the route
    needs one before a positive advice."""
    from kwaliteitslabel.audit.plan import plan_required, without_plan

    missing = without_plan(loaded.framework, loaded.audit)
    if not missing:
        return
    why = word("cli.audit_plan.required") if plan_required(loaded.framework, loaded.audit) \
        else ""
    console.print(word("cli.audit_plan.without_plan", norms=", ".join(missing), why=why),
                  soft_wrap=True)
