"""`kwaliteitslabel report FILE...`: render PDF reports (the only path that loads WeasyPrint)."""

from __future__ import annotations


def report() -> None:
    """Maak een PDF-rapport van een audit."""
