"""A walk entered after the audit days keeps the day the verdicts were given
(`audit run --at DATE`), as `audit set --at` does."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.session import WalkSession
from tests.system import environment

DOCUMENT = {"kind": "document", "note": "methodiekhandboek"}
INTERVIEW = {"kind": "interview", "source": "medewerkers", "note": "zes gesproken"}


def test_the_walk_saves_the_day_it_was_given(new_audit):
    path = new_audit()
    loaded = load_audit(path)
    day = loaded.audit.dates.start
    session = WalkSession(loaded, at=day)
    saved = session.save("V1", Answer(score="voldoet", evidence=[INTERVIEW, DOCUMENT]))
    assert saved.status == "saved"
    result = load_audit(path).audit.result("V1")
    assert result is not None and result.assessed_at is not None
    assert result.assessed_at.date() == day


def test_audit_run_refuses_a_day_before_the_audit_or_in_the_future(new_audit):
    path = new_audit()
    start = load_audit(path).audit.dates.start
    for day, words in ((start - dt.timedelta(days=1), "voor de eerste auditdag"),
                       (dt.date.today() + dt.timedelta(days=3), "in de toekomst")):
        done = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "audit", "run",
                               str(path), "--plain", "--at", day.isoformat()],
                              input="q\n", capture_output=True, text=True,
                              env=environment(), timeout=60)
        assert done.returncode == 1, done.stdout + done.stderr
        assert words in done.stdout + done.stderr
        assert "Traceback" not in done.stderr
