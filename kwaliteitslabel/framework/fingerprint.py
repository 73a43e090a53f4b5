"""The fingerprint of a framework: SHA-256 over what audits are tested against.

Comments, quoting and layout never change it; neither do the fields that only say when
a framework applies (status, adoption and validity dates), so that the commission can
mark a version as lapsed without cutting its audits loose. Likewise whose text it is
(`source`), the prints it had before a text correction (`earlier_prints`) and when a
law or code a norm cites stops holding (a reference's dates and successor), and the
words a report uses for a route or a verdict (and the keys and words typed for a verdict):
the commission records those without re-pinning its audits. A field left at its default
is left out, so a new optional field in a later release changes no existing print.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from kwaliteitslabel.framework.model import REFERENCE_LIFECYCLE, Manifest, Norm

LIFECYCLE_FIELDS = frozenset({"status", "adopted", "valid_from", "valid_until", "source",
                              "earlier_prints"})

# What a report calls a route, in Dutch and English: words, not what is tested.
ROUTE_WORD_FIELDS = frozenset({"title", "explanation", "en"})
# What the walk and the reports call a verdict, and the keys and words typed for it.
SCALE_WORD_FIELDS = frozenset({"short", "keys", "aliases", "said", "en"})

# Fields added after the first release; an audit pinned before then was pinned to a
# print of everything else, in full (the `legacy` print).
LATER_MANIFEST_FIELDS = frozenset({"valid_from", "valid_until", "routes", "evidence_kinds",
                                   "deciding_body", "signatures_required", "source",
                                   "earlier_prints"})
LATER_AREA_FIELDS = frozenset({"id_prefix"})
LATER_NORM_FIELDS = frozenset({"levels", "references"})


def _norm_content(norm: Norm) -> dict[str, Any]:
    data = norm.model_dump(mode="json", exclude_defaults=True)
    for reference in data.get("references", []):
        for key in REFERENCE_LIFECYCLE:
            reference.pop(key, None)
    return {"area": norm.area, **data}


def canonical(manifest: Manifest, norms: Sequence[Norm]) -> dict[str, Any]:
    """The framework's content as plain data, independent of how the files are written."""
    return {
        "manifest": manifest.model_dump(
            mode="json", exclude_defaults=True,
            exclude={**dict.fromkeys(LIFECYCLE_FIELDS, True),
                     "routes": {"__all__": set(ROUTE_WORD_FIELDS)},
                     "scale": {"__all__": set(SCALE_WORD_FIELDS)}}),
        "norms": [_norm_content(norm) for norm in norms],
    }


def _digest(data: dict[str, Any]) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(manifest: Manifest, norms: Sequence[Norm]) -> str:
    return _digest(canonical(manifest, norms))


def legacy_fingerprint(manifest: Manifest, norms: Sequence[Norm]) -> str:
    """The print of the first release: every field of that time, defaults included."""
    dumped = manifest.model_dump(mode="json", exclude={
        **dict.fromkeys(LATER_MANIFEST_FIELDS, True),
        "scale": {"__all__": set(SCALE_WORD_FIELDS)}})
    for area in dumped["areas"]:
        for key in LATER_AREA_FIELDS:
            area.pop(key, None)
    return _digest({
        "manifest": dumped,
        "norms": [{"area": norm.area,
                   **norm.model_dump(mode="json", exclude=set(LATER_NORM_FIELDS))}
                  for norm in norms],
    })
