"""Many fictional audits for the register's tests, its statistics and its benchmark.

Each is one of the example audits with another organisation and place, its dates moved
back by a random number of days (so validities spread over the years), some verdicts
changed (some norms fail more often, and more often on one route than another), and,
where it had a decision, the decision's print taken anew so that it holds. Deterministic
for a given seed.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from kwaliteitslabel.audit.basis import advice_basis_of
from kwaliteitslabel.audit.model import Audit, Decision
from kwaliteitslabel.audit.signing import load_private, sign
from kwaliteitslabel.framework.locate import find_version

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_KEY = load_private(ROOT / "audits" / "voorbeeldsleutel.pem")  # says it is an example
TEMPLATES = {  # file: (weight, furthest shift back in days)
    "certificerend.yaml": (4, 2100),
    "certificerend-advies.yaml": (1, 2100),
    "intercollegiaal.yaml": (3, 2100),
    "combinatie.yaml": (1, 2100),
    "zelfevaluatie.yaml": (1, 2100),
    "certificerend-2017.yaml": (1, 800),
}
PLACES = ["Aldewold", "Beekmonde", "Dijkerveen", "Eemhoven", "Geestwijk", "Heidebroek",
          "IJsselham", "Kreekrade", "Lindewaard", "Meerzicht", "Noordhaven", "Oosterduin",
          "Polderstad", "Rijnvoort", "Schelpdijk", "Terpeloo", "Uiterwaard", "Veldhoven-Oost",
          "Waalzicht", "Zandvoorde", "Ëdewold", "Brêgeham"]
KINDS = ["Stichting Welzijn", "Sociaal Werk", "Stichting Sociaal Werk", "Welzijnsgroep",
         "Buurtwerk"]
HARD = {"D5": 0.35, "O3": 0.3, "V16": 0.25, "D9": 0.2, "O14": 0.2}  # chance of `deels`
POINTS = ["Leg de afspraken met cliënten schriftelijk vast en evalueer ze elk kwartaal.",
          "Betrek de cliëntenraad eerder bij het beleid.",
          "Maak de scholing van vrijwilligers structureel.",
          "Evalueer de samenwerking met de gemeente jaarlijks."]


def _shift(value: Any, days: int) -> Any:
    if isinstance(value, dict):
        return {key: _shift(item, days) for key, item in value.items()}
    if isinstance(value, list):
        return [_shift(item, days) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value - dt.timedelta(days=days)
    return value


def _templates() -> dict[str, Any]:
    yaml = YAML(typ="safe")
    return {name: yaml.load((ROOT / "audits" / name).read_text(encoding="utf-8"))
            for name in TEMPLATES}


def _vary(data: dict[str, Any], rng: random.Random, core: set[str], strict: bool) -> None:
    """Change some verdicts; `strict` keeps a certifying audit within the rules."""
    deels = sum(1 for result in data["results"].values() if result.get("score") ==
                "voldoet_deels")
    lenient = data["route"] == "intercollegiaal"
    for norm_id, result in data["results"].items():
        if result.get("score") != "voldoet":
            continue
        chance = HARD.get(norm_id, 0.03) * (0.4 if lenient else 1.0)
        roll = rng.random()
        if roll < chance and (not strict or deels < 5):
            result["score"] = "voldoet_deels"
            result["improvements"] = [rng.choice(POINTS)]
            deels += 1
        elif not strict and roll < chance * 1.3:
            result["score"] = "voldoet_niet"
            result["improvements"] = [rng.choice(POINTS)]
        elif norm_id not in core and roll > 0.985:
            result["score"] = "nvt"
            result["nvt_reason"] = "De organisatie biedt deze dienst niet aan."
            result.pop("improvements", None)


def generate_audits(folder: Path, count: int, *, seed: int = 7,
                    today: dt.date | None = None) -> list[Path]:
    """Write `count` audits into `folder`; return their paths."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    templates = _templates()
    framework = find_version("2019")
    assert framework is not None
    core = {norm.id for norm in framework.norms if norm.core}
    names = list(TEMPLATES)
    weights = [TEMPLATES[name][0] for name in names]
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        name = rng.choices(names, weights)[0]
        data = _shift(copy.deepcopy(templates[name]), rng.randint(0, TEMPLATES[name][1]))
        place = rng.choice(PLACES)
        data["organisation"] = f"{rng.choice(KINDS)} {place} {number + 1}"
        data["place"] = place
        decided = data.get("decision") is not None
        if name != "certificerend-2017.yaml":
            _vary(data, rng, core, strict=decided or name == "certificerend-advies.yaml")
        if data.get("advice") is not None:  # the advice's print, of the varied audit
            data["advice"]["basis"] = advice_basis_of(Audit.model_validate(data))
        if decided:
            data["decision"]["number"] = f"KL-{data['decision']['date'].year}-{number + 1:04d}"
            audit = Audit.model_validate(data)
            signed = sign(Decision.model_validate(data["decision"]), audit, EXAMPLE_KEY)
            data["decision"] = signed.model_dump(mode="python", exclude_none=True,
                                                 exclude_defaults=True)
            if rng.random() < 0.05 and data["decision"]["date"] < today:
                kind = rng.choice(["geschorst", "ingetrokken"])
                since = min(today, data["decision"]["date"] + dt.timedelta(days=30))
                data["sanction"] = {"kind": kind, "date": since,
                                    "reason": "Klacht gegrond verklaard",
                                    "by": "beheercommissie Kwaliteitslabel"}
        path = folder / f"audit-{number + 1:04d}.yaml"
        with path.open("w", encoding="utf-8") as handle:
            yaml.dump(data, handle)
        paths.append(path)
    return paths
