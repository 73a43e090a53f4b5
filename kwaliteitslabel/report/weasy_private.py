"""The one place that reaches into WeasyPrint's (and pydyf's) private parts.

WeasyPrint 70 builds the PDF structure tree in `weasyprint.pdf.tags._build_box_tree`, a
generator called once per box, recursively, through the module's global name. Wrapping
that name is how `tagging.py` adds what the HTML says and the tree leaves out. What it
relies on, and nothing more, is here:

- `_build_box_tree(box, parent, pdf, page_number, nums, annotations, tags)`, looked up
  through the module at every recursive call, yielding the pydyf dictionaries it makes;
- boxes: `AbsolutePlaceholder._box`, `element`, `element_tag`, `link_annotation`,
  `children`, `text`, line and text boxes; `content_box_x/y`, `width`, `height` in CSS
  pixels from the top left of the page (the Figure /BBox WeasyPrint writes);
- `tags[text_box]["mcid"]` before the builder pops it, `nums[mcid]` after, and pydyf's
  `pdf.objects`, `pdf.page_references` and `object.number`.

`surface_problems()` says, in words, what of this a WeasyPrint release changed; a test
runs it, so that raising the pin in `pyproject.toml` fails with a message rather than a
structure tree that silently lost its fixes.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pydyf
from weasyprint.formatting_structure import boxes
from weasyprint.layout.absolute import AbsolutePlaceholder
from weasyprint.pdf import tags as weasy_tags

BUILDER_PARAMETERS = ["box", "parent", "pdf", "page_number", "nums", "annotations", "tags"]
PX = 0.75  # one CSS pixel in PDF points

Builder = Callable[..., Iterator[Any]]


@contextlib.contextmanager
def wrapped_tag_builder(wrap: Callable[[Builder], Builder]) -> Iterator[None]:
    """While active, every box of a PDF being written is tagged through `wrap(original)`."""
    original = weasy_tags._build_box_tree
    weasy_tags._build_box_tree = wrap(original)
    try:
        yield
    finally:
        weasy_tags._build_box_tree = original


def own_box(box: Any) -> Any:
    """The box itself, for an absolutely positioned box's placeholder."""
    return box._box if isinstance(box, AbsolutePlaceholder) else box


def is_line(box: Any) -> bool:
    return isinstance(box, boxes.LineBox)


def is_text(box: Any) -> bool:
    return isinstance(box, boxes.TextBox)


def is_inline(box: Any) -> bool:
    return isinstance(box, boxes.InlineBox)


def children(box: Any) -> list[Any]:
    return list(getattr(box, "children", ()) or ())


def resolve(pdf: Any, reference: Any) -> Any:
    """The pydyf object behind a reference (`b"12 0 R"`), or None."""
    if not isinstance(reference, bytes | str):
        return None
    number = int(reference.split()[0])
    objects = pdf.objects
    return objects[number] if 0 < number < len(objects) else None


def page_height(pdf: Any, page_number: int) -> float:
    """The height in points of a page being written."""
    page = resolve(pdf, pdf.page_references[page_number])
    box = page["MediaBox"]
    return float(box[3]) - float(box[1])


def figure_bbox(box: Any, pdf: Any, page_number: int) -> pydyf.Array:
    """The figure's content box in PDF user space (points, origin at the bottom left)."""
    height = page_height(pdf, page_number)
    x1, y1 = box.content_box_x() * PX, box.content_box_y() * PX
    x2, y2 = x1 + box.width * PX, y1 + box.height * PX
    return pydyf.Array([round(x1, 2), round(height - y2, 2), round(x2, 2),
                        round(height - y1, 2)])


def mcid_of(tags: Any, text_box: Any) -> int | None:
    """The MCID WeasyPrint gave a text box's marked content, before the builder takes it."""
    kid = tags.get(text_box) if hasattr(tags, "get") else None
    return int(kid["mcid"]) if kid is not None else None


def surface_problems() -> list[str]:
    """What WeasyPrint changed of the surface above (empty while it holds)."""
    problems = []
    builder = getattr(weasy_tags, "_build_box_tree", None)
    if builder is None or not inspect.isgeneratorfunction(builder):
        problems.append("weasyprint.pdf.tags._build_box_tree is gone or no longer a generator")
    else:
        names = list(inspect.signature(builder).parameters)
        if names != BUILDER_PARAMETERS:
            problems.append(f"_build_box_tree takes {names}, not {BUILDER_PARAMETERS}")
        source = inspect.getsource(builder)
        if "_build_box_tree(" not in source.split("def _build_box_tree", 1)[1]:
            problems.append("_build_box_tree no longer calls itself by its module name")
        if "content_box_x()" not in source or "'BBox'" not in source:
            problems.append("_build_box_tree writes a Figure's /BBox differently (it was "
                            "CSS pixels from the top; tagging converts it)")
        if "tags.pop(" not in source:
            problems.append("_build_box_tree no longer takes text boxes' MCIDs from `tags`")
    if "_box" not in inspect.getsource(AbsolutePlaceholder.__init__):
        problems.append("AbsolutePlaceholder no longer keeps its box in `_box`")
    for name in ("LineBox", "TextBox", "InlineBox", "ParentBox"):
        if not hasattr(boxes, name):
            problems.append(f"weasyprint.formatting_structure.boxes.{name} is gone")
    probe = pydyf.PDF()
    for name in ("objects", "page_references"):
        if not hasattr(probe, name):
            problems.append(f"pydyf.PDF has no `{name}`")
    if not isinstance(pydyf.Dictionary().reference, bytes):
        problems.append("pydyf references are no longer bytes like b'12 0 R'")
    return problems

