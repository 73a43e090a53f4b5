"""What the walk shows: the wording per route, the keys, an answer, the progress."""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.progress import Progress
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk.scale_view import help_rows, key_label

# The organisation assesses itself in a zelfevaluatie; on every other route an
# auditor gives the verdict.
SELF = {
    "score": "In hoeverre voldoet uw organisatie aan deze norm?",
    "findings": "Hoe ziet u dat terug in uw organisatie? (één regel)",
    "evidence": "Waaruit blijkt dat? Eén bron per regel",
    "strengths": "Wat gaat goed? Eén punt per regel",
    "improvements": "Wat kan beter? Eén verbeterpunt per regel",
    "reason": "Waarom is deze norm voor uw organisatie niet van toepassing?",
}
AUDITOR = {
    "score": "Uw oordeel over {id}?",
    "findings": "Bevindingen: wat zag en hoorde u? (één regel)",
    "evidence": "Bewijs, één bron per regel",
    "strengths": "Sterke punten, één per regel",
    "improvements": "Verbeterpunten, één per regel",
    "reason": "Waarom is {id} hier niet van toepassing?",
}

EVIDENCE_HINT = ("  soort/bron: notitie · soort: document, gesprek of observatie\n"
                 "  bijv. gesprek/medewerkers: zes sociaal werkers gesproken")


PEER = {**AUDITOR, "score": "Uw oordeel als toetser over {id}?"}


def wording(assessors: str) -> dict[str, str]:
    """The questions in the words of who assesses on the route (from the manifest)."""
    return {"organisatie": SELF, "toetsers": PEER}.get(assessors, AUDITOR)


def id_ranges(framework: Framework) -> str:
    """'V1–V16, D1–D16, O1–O20': the norm ids per area, for hints."""
    ranges = []
    for area in framework.manifest.areas:
        ids = [norm.id for norm in framework.norms_in(area.id)]
        if ids:
            ranges.append(f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else ids[0])
    return ", ".join(ranges)


def header(norm: Norm, area_name: str, state: Progress) -> str:
    core = " · kernnorm" if norm.core else ""
    return f"{norm.id} · {area_name}{core} · {state.scored}/{state.total} beoordeeld"


def score_keys(framework: Framework, norm: Norm, current: str | None) -> Text:
    """The verdict keys this norm allows, then the other keys, wrapped under the question."""
    levels = [level for level in framework.manifest.scale
              if level.allowed_on_core or not norm.core]
    refused = [level for level in framework.manifest.scale if level not in levels]
    verdicts = " · ".join(f"{key_label(framework, level.id)} {level.name.lower()}"
                          for level in levels)
    if refused:
        verdicts += f"  (kernnorm: geen {', '.join(level.id for level in refused)})"
    lines = [f"  {verdicts}"]
    if current is not None:
        lines.append(f"  Enter: oordeel houden ({framework.level(current).name.lower()})")
    lines.append("  g vragen · g V7 naar norm · s overslaan · b terug · p voortgang · ? · q stop")
    return Text("\n".join(lines), style="dim")


def current_answer(framework: Framework, result: NormResult) -> RenderableType:
    """The answer stored for a norm, as a small table with hanging indents."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True, min_width=14)
    grid.add_column()
    who = " · ".join(part for part in (
        result.assessed_by,
        result.assessed_at.strftime("%Y-%m-%d %H:%M") if result.assessed_at else None) if part)
    score = framework.level(result.score).name if result.score else "nog geen oordeel"
    title = Text.assemble(("Huidig antwoord: ", "bold"), (score, "bold"),
                          (f"  ({who})" if who else "", "dim"))
    if result.nvt_reason:
        grid.add_row("  reden nvt", Text(result.nvt_reason))
    if result.findings:
        grid.add_row("  bevindingen", Text(result.findings))
    for item in result.evidence:
        grid.add_row("  bewijs", Text(describe_evidence(item)))
    for strength in result.strengths:
        grid.add_row("  sterk punt", Text(strength))
    for improvement in result.improvements:
        grid.add_row("  verbeterpunt", Text(improvement.text))
    for note in result.notes:  # e.g. the old verdicts after `audit migrate`, to confirm
        grid.add_row("  notitie", Text(note))
    return Group(title, grid) if grid.rows else title


def progress_view(state: Progress) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for area in state.areas:
        filled = round(12 * area.scored / area.total) if area.total else 0
        shown = ", ".join(area.open[:6]) + (f" (+{len(area.open) - 6})"
                                            if len(area.open) > 6 else "")
        grid.add_row(f"  {area.name}", "█" * filled + "░" * (12 - filled),
                     f"{area.scored}/{area.total}", f"open: {shown}" if shown else "klaar")
    counts = " · ".join(f"{verdict.replace('_', ' ')} {count}"
                        for verdict, count in state.counts.items())
    return Group(Text(f"Voortgang: {state.scored} van {state.total} normen beoordeeld",
                      style="bold"), grid, Text(f"  {counts}", style="dim"))


def help_view(framework: Framework) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for keys, meaning in (
        *help_rows(framework),
        ("Enter", "het huidige oordeel houden, als de norm er al een heeft"),
        ("s", "overslaan: naar de volgende norm, er wordt niets bewaard"),
        ("b", "terug naar de vorige norm"),
        ("g V7 of V7", "naar norm V7"),
        ("p", "voortgang per gebied en de open normen"),
        ("t", "de hele normtekst opnieuw tonen"),
        ("q", "stoppen (bevestigde antwoorden zijn al bewaard)"),
    ):
        grid.add_row(f"  {keys}", meaning)
    return Group(
        Text("Toetsen bij het oordeel", style="bold"), grid, "",
        Text("Na het oordeel volgen bevindingen (één regel), dan bewijs, sterke punten en "
             "verbeterpunten, elk één per regel; een lege regel sluit een lijst af. Staat "
             "er al iets, dan houdt Enter dat, komen nieuwe regels erbij en maakt '-' de "
             "lijst leeg. Bij een verplicht antwoord brengt 'b' u terug naar het oordeel."),
        Text("Bewijs typt u als:"), Text(EVIDENCE_HINT),
        Text("Het antwoord wordt bewaard zodra de verbeterpunten zijn afgesloten."))


def welcome(loaded: LoadedAudit, state: Progress) -> RenderableType:
    audit = loaded.audit
    return Group(
        Text.assemble((audit.organisation, "bold"),
                      f" · {audit.route} · normenkader {loaded.framework.version} · "
                      f"{state.scored}/{state.total} beoordeeld"),
        Text("Typ ? voor de toetsen. Elk antwoord wordt bewaard zodra u het afsluit.",
             style="dim"))


def end_of_list(path: Path, state: Progress) -> tuple[Text, str | None]:
    """What to say at the end of the list, and a command to copy (if any)."""
    if state.open:
        shown = ", ".join(state.open[:8]) + (" …" if len(state.open) > 8 else "")
        return Text.assemble(f"Nog {len(state.open)} normen open: {shown}\n",
                             (f"Enter: naar {state.open[0]} · g V7: naar een norm · "
                              "p voortgang · q stoppen", "dim")), None
    return (Text(f"Alle {state.total} normen zijn beoordeeld. De uitkomst ziet u met:"),
            _command("score", path))


def goodbye(path: Path, state: Progress, interrupted: bool,
            resume_at: str | None = None) -> tuple[Text, str]:
    """How far the audit is, and the command that goes on from here (at `resume_at`, the
    norm the walk stopped at, when that is not the first open norm)."""
    text = Text(("Onderbroken. " if interrupted else "Gestopt. ")
                + f"{state.scored} van {state.total} normen beoordeeld en bewaard.\n")
    if resume_at is not None and state.open and resume_at != state.open[0]:
        text.append(f"Verder gaan bij {resume_at}, waar u stopte (eerste open norm: "
                    f"{state.open[0]}):")
        return text, _command("run", path)
    if state.open:
        text.append(f"Verder gaan bij {state.open[0]}, de eerste open norm:")
        return text, _command("run", path)
    text.append("Alle normen zijn beoordeeld. De uitkomst ziet u met:")
    return text, _command("score", path)


def _command(name: str, path: Path) -> str:
    return f"  kwaliteitslabel audit {name} {shlex.quote(str(path))}"


def answer_text(norm_id: str, answer: Answer) -> str:
    """An answer as plain lines, to copy by hand when it can be saved nowhere."""
    lines = [f"{norm_id}: {answer.score}"]
    if answer.findings:
        lines.append(f"  bevindingen: {answer.findings}")
    lines += [f"  bewijs: {describe_evidence(item)}" for item in answer.evidence]
    lines += [f"  sterk punt: {text}" for text in answer.strengths]
    lines += [f"  verbeterpunt: {item.get('text', '')}" for item in answer.improvements]
    if answer.nvt_reason:
        lines.append(f"  reden: {answer.nvt_reason}")
    return "\n".join(lines)
