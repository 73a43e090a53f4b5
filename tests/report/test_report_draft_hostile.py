"""An incomplete audit full of markup and URLs: a marked draft, shown literally, reading nothing."""

from __future__ import annotations

import sys

import pytest
from report_helpers import Pdf, build_audit, draft, flat
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel.audit.answer import Answer

SECRET = "GEHEIM-7f3a9c"

# Everything Python opens or connects to while the report is made (audit hooks stay
# installed for the session, so they only record while `WATCH` is on).
WATCH = {"on": False}
OPENED: list[str] = []
NETWORK: list[str] = []


def _hook(event: str, args: tuple) -> None:
    if not WATCH["on"]:
        return
    if event == "open" and isinstance(args[0], str | bytes):
        OPENED.append(str(args[0]))
    elif event.startswith("socket.") or event == "urllib.Request":
        NETWORK.append(event)


sys.addaudithook(_hook)


def hostile_texts(secret_url: str) -> dict[str, str]:
    return {
        "organisation": 'Stichting <script>alert("x")</script> & Co',
        "findings": f'Zie <img src="{secret_url}"> en <link rel="stylesheet" '
                    'href="http://127.0.0.1:9/x.css">',
        "evidence": '<a href="file:///etc/passwd">wachtwoorden</a>',
        "strength": "http://127.0.0.1:9/tracker.png",
        "improvement": f"url({secret_url}) </style><style>body{{display:none}}</style>",
        "characterisation": f'<iframe src="{secret_url}"></iframe> <object data="x">',
        "auditor": 'Anne "><img src=x onerror=alert(1)> Jansen',
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, run_cli):
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    texts = hostile_texts(secret.as_uri())
    v1 = Answer(score="voldoet", findings=texts["findings"],
                evidence=[{"kind": "document", "note": texts["evidence"]}],
                strengths=[texts["strength"]], assessed_by=texts["auditor"],
                replace_lists=True)
    v2 = Answer(score="voldoet_deels", findings="Deels.",
                improvements=[{"text": texts["improvement"]}], replace_lists=True)
    audit = build_audit(folder / "concept.yaml", "certificerend", draft,
                        organisation=texts["organisation"], answers={"V1": v1, "V2": v2},
                        extra={"characterisation": texts["characterisation"],
                               "auditors": CommentedSeq([CommentedMap(name=texts["auditor"]),
                                                         CommentedMap(name="Bram de Wit")])})
    OPENED.clear()
    NETWORK.clear()
    WATCH["on"] = True
    try:
        run = run_cli("report", audit, "-o", folder / "concept.pdf")
    finally:
        WATCH["on"] = False
    return {"run": run, "pdf": Pdf(folder / "concept.pdf"), "texts": texts, "secret": secret,
            "audit": audit, "opened": list(OPENED), "network": list(NETWORK)}


def test_renders_and_says_it_is_a_draft(hostile):
    assert hostile["run"].exit_code == 0, hostile["run"].output
    assert "CONCEPT" in hostile["run"].stdout


def test_concept_on_every_page(hostile):
    pdf = hostile["pdf"]
    assert len(pdf.pages) > 10
    for number, page in enumerate(pdf.pages, start=1):
        assert "CONCEPT" in page, f"page {number} has no CONCEPT mark"


def test_a_draft_is_never_a_final_report(hostile):
    text = hostile["pdf"].text
    assert "CONCEPT – geen definitief rapport" in hostile["pdf"].pages[0]
    assert "Concept: nog geen definitief rapport" in text
    assert "Er is nog geen advies: de audit is niet afgerond." in text
    assert "Een concept wordt niet ondertekend." in text
    assert "Ondergetekenden verklaren" not in text
    assert "GECERTIFICEERD" not in text
    assert "46 van de 49 normen" in text


def test_markup_and_urls_show_up_literally(hostile):
    text = hostile["pdf"].flat
    for name, value in hostile["texts"].items():
        assert flat(value) in text, name


def test_no_file_is_read_and_nothing_is_fetched(hostile):
    secret = str(hostile["secret"])
    assert any(path.endswith("concept.yaml") for path in hostile["opened"])  # hook works
    assert not [path for path in hostile["opened"] if path in (secret, "/etc/passwd")]
    assert hostile["network"] == []
    assert SECRET.encode() not in hostile["pdf"].data
    assert SECRET not in hostile["pdf"].text
    attachments = hostile["pdf"].reader.attachments
    assert list(attachments) == ["concept.yaml"]
    assert attachments["concept.yaml"] == [hostile["audit"].read_bytes()]


def test_metadata_carry_the_text_not_markup_effects(hostile):
    meta = hostile["pdf"].reader.metadata
    assert meta.title.endswith(hostile["texts"]["organisation"])
    assert hostile["texts"]["auditor"] in meta.author
