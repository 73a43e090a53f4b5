"""Whose text a framework is, and whether it is still that text.

The manifest's `source` says who wrote the norm texts (the beheercommissie, which adopts
them, or kwaliteitslabel's own formulation from public sources) and lists the prints of
the text as that source issued it. A framework whose print is not among them was edited
since: "gewijzigd, niet vastgesteld", whatever its `status` says.
"""

from __future__ import annotations

from typing import Literal

from kwaliteitslabel.framework.loaded import Framework

Standing = Literal["vastgesteld", "eigen_formulering", "gewijzigd", "onbekend"]


def text_standing(framework: Framework) -> Standing:
    """vastgesteld: the commission's adopted text, unchanged; eigen_formulering: the
    tool's own text, unchanged; gewijzigd: edited since its source issued it; onbekend:
    the manifest does not say whose text it is."""
    source = framework.manifest.source
    if source is None:
        return "onbekend"
    if framework.fingerprint not in source.prints:
        return "gewijzigd"
    if source.by == "beheercommissie" and framework.manifest.status in ("vastgesteld",
                                                                         "vervallen"):
        return "vastgesteld"
    return "eigen_formulering" if source.by == "kwaliteitslabel" else "gewijzigd"


def adopted_by_commission(framework: Framework) -> bool:
    """Whether the texts are the commission's, as it adopted them."""
    return text_standing(framework) == "vastgesteld"
