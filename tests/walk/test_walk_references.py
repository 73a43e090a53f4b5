"""The plain walk's norm card notes a law the norm cites that no longer holds."""

from __future__ import annotations

import io
import shutil

from rich.console import Console

from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.plain import Walkthrough
from tests.conftest import AUDITS


def test_the_norm_card_names_o16s_superseded_law(tmp_path):
    path = tmp_path / "zelfevaluatie.yaml"  # audit days in 2026, framework 2019
    shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
    screen = io.StringIO()
    console = Console(file=screen, width=200, color_system=None, highlight=False)
    Walkthrough(load_audit(path), console, io.StringIO("g O16\nq\n"), echo=True).run()
    shown = " ".join(screen.getvalue().split())
    assert ("! O16 noemt de Wet Huis voor klokkenluiders; sinds 2023-02-18 geldt de Wet "
            "bescherming klokkenluiders") in shown
    before = shown[:shown.index("O16 noemt")]
    assert "Integriteit, gedragscode en meldregeling" in before  # on O16's card
