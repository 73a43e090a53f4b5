"""Audits for the report tests, built through the public API, and a PDF reader."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.create import new_audit
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer, save_header
from kwaliteitslabel.framework.locate import load_chosen
from tests.conftest import Run

Verdicts = Callable[[str], str | None]

EXAMPLE_AUDITS = Path(__file__).resolve().parents[2] / "audits"
EXAMPLES = ("certificerend", "combinatie", "intercollegiaal", "zelfevaluatie")


def all_met(norm_id: str) -> str | None:
    return "voldoet"


def positive(norm_id: str) -> str | None:
    """A positive certifying audit: three norms partly met, each with an improvement."""
    return "voldoet_deels" if norm_id in ("V4", "D7", "O12") else "voldoet"


def negative(norm_id: str) -> str | None:
    if norm_id == "O5":
        return "voldoet_niet"
    return "voldoet_deels" if norm_id in ("V4", "D7") else "voldoet"


def draft(norm_id: str) -> str | None:
    return "voldoet" if norm_id in ("V1", "V2", "D1") else None


def answer_for(norm_id: str, verdict: str) -> Answer:
    improvements = []
    if verdict in ("voldoet_deels", "voldoet_niet"):
        improvements = [{"text": f"Verbeterplan voor {norm_id} opstellen en in het "
                         "teamoverleg bespreken.", "deadline": dt.date(2027, 6, 1),
                         "owner": "teamleider"}]
    return Answer(
        score=verdict,
        findings=f"Bevinding bij {norm_id}: medewerkers lichten de werkwijze toe met "
                 "voorbeelden uit de praktijk.",
        evidence=[{"kind": "interview", "source": "medewerkers",
                   "note": "zes sociaal werkers gesproken"},
                  {"kind": "document", "reference": "Werkplan 2026", "note": "paragraaf 3"}],
        strengths=[f"Sterk punt bij {norm_id}."] if norm_id in ("V1", "D3", "O2") else [],
        improvements=improvements, assessed_by="Anne Jansen", replace_lists=True)


BODY = "Certificering Delta Noord"
PEER = "Welzijn Buurdorp"
GRANTED = {"granted": True, "date": dt.date(2026, 10, 20), "by": "beheercommissie "
           "Kwaliteitslabel", "number": "KL-2026-007"}


def people(route: str) -> list[dict[str, str]]:
    """Who assesses on `route`, as the route requires (an audit duo, toetsers, or both)."""
    duo = [{"name": "Anne Jansen", "organisation": BODY, "role": "lead auditor"},
           {"name": "Bram de Wit", "organisation": BODY}]
    toetsers = [{"name": "Carla Smit", "organisation": PEER, "role": "toetser"},
                {"name": "Daan Kok", "organisation": PEER, "role": "toetser"}]
    own = [{"name": "Anne Jansen", "organisation": "Stichting Welzijn Testdorp",
            "role": "kwaliteitsadviseur"}]
    return {"certificerend": duo, "intercollegiaal": toetsers,
            "combinatie": duo + toetsers}.get(route, own)


def build_audit(path: Path, route: str, verdicts: Verdicts, *,
                organisation: str = "Stichting Welzijn Testdorp",
                answers: dict[str, Answer] | None = None,
                extra: dict | None = None) -> Path:
    """Create an audit at `path` with a verdict per norm (None leaves a norm open), with
    the people its route requires."""
    framework = load_chosen()
    loaded = new_audit(path, organisation=organisation, route=route, framework=framework,
                       auditors=people(route), fte=80,
                       start=dt.date(2026, 10, 5))
    document = loaded.document
    tree = document.tree
    tree["dates"]["end"] = dt.date(2026, 10, 7)
    tree["participants"] = CommentedSeq([
        CommentedMap(role="medewerkers", count=14),
        CommentedMap(role="clienten", count=6, note="twee groepsgesprekken"),
        CommentedMap(role="bestuurder", count=2)])
    if "certifying_body" in tree:
        tree["certifying_body"] = BODY
    if "peer_organisations" in tree:
        tree["peer_organisations"] = CommentedSeq([PEER])
    extra = dict(extra or {})
    decision = extra.pop("decision", None)
    for key, value in extra.items():
        tree[key] = value
    path.write_bytes(document.dump())
    loaded = load_audit(path)
    for norm in framework.norms:
        answer = (answers or {}).get(norm.id)
        verdict = verdicts(norm.id)
        if answer is None and verdict is None:
            continue
        loaded = save_answer(loaded, norm.id, answer or answer_for(norm.id, verdict))
    if decision is not None:  # recorded as `audit decide` does: for exactly this audit
        from kwaliteitslabel.audit import signing
        from kwaliteitslabel.audit.model import Decision

        key = signing.load_private(EXAMPLE_AUDITS / "voorbeeldsleutel.pem")
        signed = signing.sign(Decision.model_validate(decision), loaded.audit, key)
        save_header(loaded, {"decision": signed.model_dump(mode="json", exclude_none=True)})
    return path


class Pdf:
    """A rendered PDF: its text per page, attachments and metadata."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self.reader = PdfReader(io.BytesIO(self.data))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]
        self.text = "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The text without white space, for matching text that may wrap."""
        return "".join(self.text.split())


@functools.cache
def pdf_of(path: Path) -> Pdf:
    """`Pdf(path)`, read once per worker: a shared PDF is read by many tests."""
    return Pdf(path)


def flat(text: str) -> str:
    return "".join(text.split())


class SavedRun(Run):
    """What a CLI run printed, kept beside the PDFs it made for the other workers."""

    @classmethod
    def keep(cls, result, path: Path) -> None:
        path.write_text(json.dumps({"exit_code": result.exit_code, "stdout": result.stdout,
                                    "stderr": result.stderr}), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> SavedRun:
        return cls(**json.loads(path.read_text(encoding="utf-8")))
