"""What the HTML says and WeasyPrint's tag tree leaves out or gets wrong.

WeasyPrint 70 builds the PDF structure tree from the boxes. While one PDF is written,
each element it makes passes through `_Tagger.build`, which adds:

- `lang="nl"` on an element (a Dutch norm text inside an English report) as the
  element's /Lang, as PDF/UA and WCAG 3.1.2 ask for parts in another language;
- `<th scope="row|col">` as the cell's /Scope (Row or Column);
- `aria-hidden="true"`: the element stays out of the tree, like the page margins; the
  finishing step (`finish.py`) then marks its content as an artifact;
- a link annotation's /Contents: its link's own text (or its `title`), not the anchor id;
- `data-tag="TOC"` / `"TOCI"` on the contents' lists and items: TOC and TOCI elements;
- a `::before` bullet of a list item as the item's Lbl (WeasyPrint makes it NonStruct);
- a Figure's /BBox in PDF user space (WeasyPrint writes CSS pixels from the top);
- a space where a line wraps: the text of a line's last piece gets an /ActualText with
  the space the layout dropped, so that a reader never hears "Voldoetdeels";
- an element that continues on a later page (a section, a list, a table cut by a page
  break) is marked with `KL_CONTINUES`, pointing at its first part; `finish.py` merges
  the parts into one element.

The private parts of WeasyPrint this needs are in `weasy_private.py`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pydyf

from kwaliteitslabel.report import weasy_private as weasy
from kwaliteitslabel.report.visible import visible

SCOPES = {"row": "/Row", "rowgroup": "/Row", "col": "/Column", "colgroup": "/Column"}
NOT_OWN = ("html", "body")  # their boxes pass on their children's elements
# elements that group others: their text is read part by part, never as one run
GROUPING = {"section", "article", "nav", "main", "ul", "ol", "dl", "table", "thead",
            "tbody", "tfoot", "tr", "div", "figure", "{http://www.w3.org/2000/svg}svg"}
KL_CONTINUES = "KLContinues"  # removed again by finish.py
NO_SPACE_AFTER = ("-", "\u00ad", "/")


def _text(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _last_text(box: Any) -> Any:
    for child in reversed(weasy.children(box)):
        if weasy.is_text(child):
            if (getattr(child, "text", "") or "").strip():  # a space left at the end: none
                return child
            continue
        found = _last_text(child)
        if found is not None:
            return found
    return None


def _line_ends(box: Any) -> list[Any]:
    """The text box that ends each line inside `box`, in order."""
    ends = []
    for child in weasy.children(box):
        if weasy.is_line(child):
            last = _last_text(child)
            if last is not None:
                ends.append(last)
        elif not weasy.is_text(child) and not weasy.is_inline(child):
            ends.extend(_line_ends(child))
    return ends


def _wrapped_lines(box: Any, tags: Any) -> dict[int, str]:
    """MCID -> text plus a space, for every line in `box` that ends in a word; the last
    line's under the key -1 - MCID (it needs a space only if the box goes on on a later
    page)."""
    wrapped = {}
    ends = _line_ends(box)
    for index, text_box in enumerate(ends):
        text, mcid = getattr(text_box, "text", ""), weasy.mcid_of(tags, text_box)
        if mcid is not None and text and not text[-1].isspace() \
                and not text.endswith(NO_SPACE_AFTER):
            wrapped[mcid if index < len(ends) - 1 else -1 - mcid] = text + " "
    return wrapped


class _Tagger:
    """The wrapper of WeasyPrint's builder for one PDF; remembers first parts of elements."""

    def __init__(self, original: weasy.Builder) -> None:
        self.original = original
        self.first: dict[tuple[int, str, int], tuple[Any, bytes]] = {}
        # the span that ends the latest part of an element, and its text with a space
        self.last_line: dict[tuple[int, str, int], tuple[Any, str]] = {}
        self.open: list[int] = []  # the elements whose boxes are being built, outermost first

    def build(self, box: Any, parent: Any, pdf: Any, page_number: int, nums: Any,
              annotations: Any, tags: Any) -> Iterator[Any]:
        args = (box, parent, pdf, page_number, nums, annotations, tags)
        real = weasy.own_box(box)
        element = getattr(real, "element", None)
        tag = getattr(real, "element_tag", None)
        if element is None or tag in NOT_OWN:
            yield from self.original(*args)
            return
        if element.get("aria-hidden") == "true":
            # built (so that its marked content is accounted for), never linked
            for _ in self.original(*args):
                pass
            return
        annotation = getattr(real, "link_annotation", None)
        if annotation is not None:
            description = element.get("title") or _text(element)
            if description:
                annotation["Contents"] = pydyf.String(visible(description))
        wrapped = {} if tag in GROUPING or weasy.is_inline(real) \
            else _wrapped_lines(real, tags)
        # an anonymous box inside an element's box has the same element: tell them apart
        depth = self.open.count(id(element))
        self.open.append(id(element))
        try:
            for struct in self.original(*args):
                self._semantics(struct, element, str(tag), parent, real, pdf, page_number)
                last = self._spaces(wrapped, nums, pdf)
                self._continuation(struct, element, depth, last)
                yield struct
        finally:
            self.open.pop()

    def _semantics(self, struct: Any, element: Any, tag: str, parent: Any, box: Any,
                   pdf: Any, page_number: int) -> None:
        kind = struct.get("S")
        lang = element.get("lang")
        if lang and "Lang" not in struct:
            struct["Lang"] = pydyf.String(lang)
        if tag == "th" and kind == "/TH":
            struct["A"]["Scope"] = SCOPES.get(element.get("scope", ""), "/Column")
        if kind == "/Figure" and isinstance(struct.get("A"), dict):
            struct["A"]["BBox"] = weasy.figure_bbox(box, pdf, page_number)
        wanted = element.get("data-tag")
        if wanted == "TOC" and kind == "/L":
            struct["S"] = "/TOC"
        elif wanted == "TOCI" and kind == "/LBody":
            struct["S"] = "/NonStruct"
        elif wanted == "TOCI" and kind == "/LI":
            struct["S"] = "/TOCI"
            _flatten(pdf, struct, "/NonStruct")
        elif tag.endswith("::before") and parent.get("S") == "/LBody":
            struct["S"] = "/Lbl"
        elif kind == "/LI":
            _lift_labels(pdf, struct)

    @staticmethod
    def _spaces(wrapped: dict[int, str], nums: Any, pdf: Any) -> tuple[Any, str] | None:
        """Sets the /ActualText of wrapped lines; returns the last line's span and text."""
        last = None
        for key, text in wrapped.items():
            mcid = key if key >= 0 else -1 - key
            span = weasy.resolve(pdf, nums.get(mcid))
            if span is None or span.get("S") != "/Span" or list(span["K"]) != [mcid]:
                continue
            if key >= 0:
                span["ActualText"] = pydyf.String(text)
            else:
                last = (span, text)
        wrapped.clear()
        return last

    def _continuation(self, struct: Any, element: Any, depth: int,
                      last: tuple[Any, str] | None) -> None:
        key = (id(element), str(struct.get("S")), depth)
        if key in self.first:
            struct[KL_CONTINUES] = self.first[key][1]
            before = self.last_line.pop(key, None)
            if before is not None:  # the text goes on on this page: a space at the break
                before[0]["ActualText"] = pydyf.String(before[1])
        else:
            self.first[key] = (element, struct.reference)  # the element kept alive
        if last is not None:
            self.last_line[key] = last


def _flatten(pdf: Any, struct: Any, kind: str) -> None:
    """Put the kids of `struct`'s kids of type `kind` in their place."""
    kids = pydyf.Array()
    for reference in struct["K"]:
        kid = weasy.resolve(pdf, reference)
        if kid is not None and kid.get("S") == kind:
            for grandchild in kid["K"]:
                inner = weasy.resolve(pdf, grandchild)
                if inner is not None:
                    inner["P"] = struct.reference
                kids.append(grandchild)
        else:
            kids.append(reference)
    struct["K"] = kids


def _lift_labels(pdf: Any, item: Any) -> None:
    """An LI's bullet (an Lbl that WeasyPrint left inside the LBody) before the LBody."""
    kids = pydyf.Array()
    for reference in item["K"]:
        body = weasy.resolve(pdf, reference)
        if body is not None and body.get("S") == "/LBody":
            labels = [ref for ref in body["K"]
                      if getattr(weasy.resolve(pdf, ref), "get", lambda _: None)("S") == "/Lbl"]
            for label in labels:
                weasy.resolve(pdf, label)["P"] = item.reference
                kids.append(label)
            body["K"] = pydyf.Array([ref for ref in body["K"] if ref not in labels])
        kids.append(reference)
    item["K"] = kids


@contextlib.contextmanager
def html_semantics() -> Iterator[None]:
    """While active, PDFs written by WeasyPrint carry the HTML's semantics (see above)."""
    with weasy.wrapped_tag_builder(lambda original: _Tagger(original).build):
        yield
