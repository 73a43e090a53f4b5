"""What the HTML says and WeasyPrint's tag tree leaves out: /Lang, /Scope, hidden parts, link texts.

WeasyPrint 70 builds the PDF structure tree from the boxes, but drops four things the
templates state in plain HTML:

- `lang="nl"` on an element (a Dutch norm text inside an English report) becomes the
  element's /Lang, as PDF/UA and WCAG 3.1.2 ask for parts in another language;
- `<th scope="row|col">` becomes the cell's /Scope (Row or Column);
- `aria-hidden="true"` leaves the element out of the tree, like the page margins; the
  finishing step (`finish.py`) then marks its content as an artifact;
- a link annotation gets its link's own text (or its `title`) as /Contents, instead of
  the anchor id.

This is done by wrapping WeasyPrint's private `_build_box_tree` while one PDF is
written; `pyproject.toml` pins the WeasyPrint version this was checked against, and the
PDF checker in the tests fails if any of it goes missing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pydyf
from weasyprint.layout.absolute import AbsolutePlaceholder
from weasyprint.pdf import tags as weasy_tags

from kwaliteitslabel.report.visible import visible

SCOPES = {"row": "/Row", "rowgroup": "/Row", "col": "/Column", "colgroup": "/Column"}
NOT_OWN = ("html", "body")  # their boxes pass on their children's elements


def _text(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _wrap(original: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    def build(box: Any, parent: Any, pdf: Any, page_number: int, nums: Any,
              annotations: Any, tags: Any) -> Iterator[Any]:
        real = box._box if isinstance(box, AbsolutePlaceholder) else box
        element = getattr(real, "element", None)
        tag = getattr(real, "element_tag", None)
        if element is None or tag in NOT_OWN:
            yield from original(box, parent, pdf, page_number, nums, annotations, tags)
            return
        if element.get("aria-hidden") == "true":
            # built (so that its marked content is accounted for), never linked
            for _ in original(box, parent, pdf, page_number, nums, annotations, tags):
                pass
            return
        annotation = getattr(real, "link_annotation", None)
        if annotation is not None:
            description = element.get("title") or _text(element)
            if description:
                annotation["Contents"] = pydyf.String(visible(description))
        lang = element.get("lang")
        for struct in original(box, parent, pdf, page_number, nums, annotations, tags):
            if lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            if tag == "th" and struct.get("S") == "/TH":
                struct["A"]["Scope"] = SCOPES.get(element.get("scope", ""), "/Column")
            yield struct

    return build


@contextlib.contextmanager
def html_semantics() -> Iterator[None]:
    """While active, PDFs written by WeasyPrint carry the HTML's lang, scope and hiding."""
    original = weasy_tags._build_box_tree
    weasy_tags._build_box_tree = _wrap(original)
    try:
        yield
    finally:
        weasy_tags._build_box_tree = original
