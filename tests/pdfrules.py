"""More rules of `pdfcheck.py`: the structure tree as a whole, the files, the XMP, and
an independent reading of all of it with pypdf (not pikepdf, which writes the PDFs).

- every /ID is in the StructTreeRoot's /IDTree and every /Headers entry resolves there;
- a Figure's /BBox lies on its page, in PDF user space;
- every Sect and Art holds a heading (a part cut off by a page break has none), and no
  list or table follows another of its kind directly (one cut in two);
- a bullet is an Lbl, never NonStruct or text in the LBody;
- TOCI sit in a TOC, a TOC holds TOCI (and TOC, Caption) only;
- no words glued where a line wraps: within a paragraph, heading, cell or list item, two
  pieces of text on different lines are separated by a space (or end in a hyphen);
- fonts: no /CIDToGIDMap on a CIDFontType0;
- a creation date in the document information and in the XMP (xmp:CreateDate);
- the XMP: every rdf:Description declares the namespaces of its own properties;
- an embedded file: stream data that never ends in CR or LF, a YAML file typed
  `application/yaml`, and a /Desc that names the document (its /Title).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any
from xml.dom import minidom

import pikepdf
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

HEADINGS = {f"/H{level}" for level in range(1, 7)}
TEXT_BLOCKS = HEADINGS | {"/P", "/TH", "/TD", "/Lbl", "/LBody", "/Caption", "/TOCI"}
BULLETS = {"–", "-", "•", "·", "—"}
NO_SPACE_AFTER = ("-", "\u00ad", "/")
XMP_BUILT_IN = {"rdf", "xml", "xmlns", "x"}


def _kids(node: Any) -> list[Any]:
    kids = node.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _is_element(node: Any) -> bool:
    return isinstance(node, pikepdf.Dictionary) \
        and str(node.get("/Type", "")) not in ("/OBJR", "/MCR")


def _attributes(node: Any) -> list[Any]:
    value = node.get("/A")
    items = list(value) if isinstance(value, pikepdf.Array) else [value]
    return [item for item in items if isinstance(item, pikepdf.Dictionary)]


def _name_tree(node: Any, into: dict[bytes, Any]) -> None:
    names = list(node.get("/Names", []))
    for index in range(0, len(names) - 1, 2):
        into[bytes(names[index])] = names[index + 1]
    for kid in node.get("/Kids", []):
        _name_tree(kid, into)


class _Text:
    """The text of elements as a reader gets it: /ActualText where given, else the text
    of its marked content and its kids in order; with the line each piece is on."""

    def __init__(self, tree: Any, content: tuple[Any, Any, Any]) -> None:
        pieces, _, lines = content
        self.tree = tree
        self.text: dict[tuple[int, int], str] = {}
        for page, mcid, text in pieces:
            if mcid is not None:
                self.text[(page, mcid)] = self.text.get((page, mcid), "") + text
        self.lines = lines

    def _page(self, node: Any, page: int | None) -> int | None:
        if "/Pg" in node:
            return self.tree.pages.get(node.Pg.objgen, page)
        return page

    def pieces(self, node: Any, page: int | None = None) -> list[tuple[str, Any]]:
        """(text, line) for each piece under `node`; an /ActualText is one piece."""
        page = self._page(node, page)
        found: list[tuple[str, Any]] = []
        for kid in _kids(node):
            if isinstance(kid, int):
                key = (page, int(kid))
                found.append((self.text.get(key, ""), (page, self.lines.get(key))))
            elif isinstance(kid, pikepdf.Dictionary) and str(kid.get("/Type", "")) == "/MCR":
                kid_page = self._page(kid, page)
                key = (kid_page, int(kid.MCID))
                found.append((self.text.get(key, ""), (kid_page, self.lines.get(key))))
            elif _is_element(kid):
                inner = self.pieces(kid, page)
                if "/ActualText" in kid:
                    line = next((where for _, where in inner), None)
                    found.append((str(kid.ActualText), line))
                else:
                    found.extend(inner)
        return found

    def of(self, node: Any) -> str:
        return "".join(text for text, _ in self.pieces(node))


def _glued(pieces: list[tuple[str, Any]]) -> list[str]:
    glued = []
    previous: tuple[str, Any] | None = None
    for text, line in pieces:
        if not text:
            continue
        if previous is not None and line != previous[1] and not previous[0][-1].isspace() \
                and not text[0].isspace() and not previous[0].endswith(NO_SPACE_AFTER):
            glued.append(f"{previous[0][-20:]}|{text[:20]}")
        previous = (text, line)
    return glued


def check_structure(pdf: pikepdf.Pdf, tree: Any, content: Any, checked: Any) -> None:
    """The rules above that look at the structure tree (`tree` from pdfcheck)."""
    root = pdf.Root.StructTreeRoot
    named: dict[bytes, Any] = {}
    if "/IDTree" in root:
        _name_tree(root.IDTree, named)
    text = _Text(tree, content)
    counts: Counter[str] = checked.counts
    for element in tree.elements:
        kind = str(element.get("/S", ""))
        page = tree.pages.get(element.Pg.objgen, -1) + 1 if "/Pg" in element else "?"
        if "/ID" in element:
            counts["ids"] += 1
            target = named.get(bytes(element.ID))
            if target is None or target.objgen != element.objgen:
                checked.fail(f"/ID {bytes(element.ID)!r} (page {page}) is not in the /IDTree")
        for attributes in _attributes(element):
            for header in attributes.get("/Headers", []):
                counts["headers"] += 1
                if bytes(header) not in named:
                    checked.fail(f"/Headers {bytes(header)!r} (page {page}) resolves to no "
                                 "element of the /IDTree")
            if kind == "/Figure" and "/BBox" in attributes:
                _check_bbox(element, attributes.BBox, page, checked)
        kid_kinds = [str(kid.get("/S", "")) for kid in _kids(element) if _is_element(kid)]
        if kind in ("/Sect", "/Art") and not _has_heading(element):
            checked.fail(f"{kind} on page {page} has no heading (a part cut off by a page "
                         "break?)")
        for before, after in zip(kid_kinds, kid_kinds[1:], strict=False):
            if before == after and before in ("/L", "/Table"):
                checked.fail(f"two {before[1:]} elements in a row on page {page} (one cut in "
                             "two by a page break?)")
        if kind == "/TOC":
            counts["toc"] += 1
            wrong = [k for k in kid_kinds if k not in ("/TOC", "/TOCI", "/Caption")]
            if wrong:
                checked.fail(f"TOC holds {', '.join(sorted(set(wrong)))}")
        parent = tree.parent.get(element.objgen)
        if kind == "/TOCI" and (parent is None or str(parent.get("/S")) != "/TOC"):
            checked.fail(f"TOCI on page {page} outside a TOC")
        if kind == "/Lbl":
            counts["labels"] += 1
        if kind not in ("/Lbl", "/Span") and text.of(element).strip() in BULLETS \
                and text.of(element).strip():
            checked.fail(f"a bullet is {kind} on page {page}, not an Lbl")
        if kind in TEXT_BLOCKS:
            for glued in _glued(text.pieces(element))[:3]:
                checked.fail(f"words glued at a line break in {kind} on page {page}: "
                             f"{glued!r}")


def _has_heading(element: Any) -> bool:
    stack = list(_kids(element))
    while stack:
        node = stack.pop()
        if _is_element(node):
            if str(node.get("/S", "")) in HEADINGS:
                return True
            stack.extend(_kids(node))
    return False


def _check_bbox(element: Any, bbox: Any, page: Any, checked: Any) -> None:
    box = [float(value) for value in bbox]
    media = [float(value) for value in element.Pg.MediaBox] if "/Pg" in element else None
    if len(box) != 4 or media is None:
        checked.fail(f"Figure on page {page} has a /BBox without a page")
        return
    x1, y1, x2, y2 = box
    if not (media[0] - 1 <= x1 < x2 <= media[2] + 1 and media[1] - 1 <= y1 < y2 <= media[3] + 1):
        checked.fail(f"Figure /BBox {box} on page {page} lies outside the page {media}")


def check_files(pdf: pikepdf.Pdf, checked: Any) -> None:
    """Fonts, creation date, XMP namespaces, embedded files (see above)."""
    for item in pdf.objects:
        if isinstance(item, pikepdf.Dictionary) and item.get("/Subtype") == "/CIDFontType0" \
                and "/CIDToGIDMap" in item:
            checked.fail(f"CIDFontType0 font {item.get('/BaseFont')} has a /CIDToGIDMap")
    if "/CreationDate" not in pdf.docinfo:
        checked.fail("the document information has no /CreationDate")
    xmp = pdf.Root.Metadata.read_bytes() if "/Metadata" in pdf.Root else b""
    if b"xmp:CreateDate" not in xmp:
        checked.fail("the XMP has no xmp:CreateDate")
    for problem in xmp_namespace_problems(xmp):
        checked.fail(problem)
    title = str(pdf.docinfo.get("/Title", ""))
    embedded = pdf.Root.get("/Names", {}).get("/EmbeddedFiles", {}).get("/Names", [])
    for spec in list(embedded)[1::2]:
        name = str(spec.get("/UF", spec.get("/F", "")))
        stream = spec.EF.F
        if stream.read_raw_bytes().endswith((b"\r", b"\n")):
            checked.fail(f"the stream data of attached {name} ends in CR or LF (PDF/A 6.1.7)")
        if name.endswith((".yaml", ".yml")) and str(stream.get("/Subtype")) != \
                "/application/yaml":
            checked.fail(f"attached {name} is typed {stream.get('/Subtype')}, not "
                         "application/yaml")
        if not title or title not in str(spec.get("/Desc", "")):
            checked.fail(f"the description of attached {name} ({spec.get('/Desc')!s}) does "
                         f"not name the document ({title})")


def xmp_namespace_problems(xmp: bytes) -> list[str]:
    """Prefixes used in an rdf:Description that it does not declare itself (xmpbox)."""
    if not xmp:
        return ["no XMP metadata"]
    try:
        document = minidom.parseString(xmp)
    except Exception as error:  # noqa: BLE001 - any parse error is the finding
        return [f"the XMP does not parse: {error}"]
    problems = []
    for description in document.getElementsByTagName("rdf:Description"):
        declared = {name.split(":", 1)[1] for name in description.attributes.keys()
                    if name.startswith("xmlns:")}
        used = set()
        for name in description.attributes.keys():
            if ":" in name:
                used.add(name.split(":", 1)[0])
        for node in description.getElementsByTagName("*"):
            used.add(node.tagName.split(":", 1)[0] if ":" in node.tagName else "")
            used.update(name.split(":", 1)[0] for name in node.attributes.keys()
                        if ":" in name)
        missing = sorted(used - declared - XMP_BUILT_IN - {""})
        if missing:
            problems.append(f"XMP: an rdf:Description uses {', '.join(missing)} without "
                            "declaring the namespace on itself")
    return problems


def _resolved(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def check_independently(path: Path) -> list[str]:
    """The structure tree, its /IDTree, the XMP and the attachment as pypdf reads them."""
    problems: list[str] = []
    reader = PdfReader(path, strict=True)
    xmp = reader.xmp_metadata
    if xmp is None or not xmp.dc_title or xmp.xmp_create_date is None:
        problems.append("pypdf reads no dc:title or xmp:CreateDate from the XMP")
    root = _resolved(reader.root_object.get("/StructTreeRoot"))
    if root is None:
        return problems + ["pypdf finds no structure tree"]
    ids: dict[str, Any] = {}
    stack = [_resolved(root.get("/IDTree"))] if "/IDTree" in root else []
    while stack:
        node = stack.pop()
        names = list(node.get("/Names", ArrayObject()))
        for index in range(0, len(names) - 1, 2):
            ids[str(names[index])] = names[index + 1]
        stack.extend(_resolved(kid) for kid in node.get("/Kids", ArrayObject()))
    elements = 0
    walk = [(root, kid) for kid in _list(root.get("/K"))]
    while walk:
        parent, node = walk.pop()
        element = _resolved(node)
        if not isinstance(element, DictionaryObject) or element.get("/Type") in ("/OBJR",
                                                                                  "/MCR"):
            continue
        elements += 1
        if parent is not root:
            declared = element.get("/P")
            if not isinstance(declared, IndirectObject) \
                    or declared.idnum != parent.indirect_reference.idnum:
                problems.append(f"{element.get('/S')}: its /P is not the element that "
                                "holds it")
        for attributes in _list(element.get("/A")):
            attributes = _resolved(attributes)
            if isinstance(attributes, DictionaryObject):
                for header in _list(attributes.get("/Headers")):
                    if str(header) not in ids:
                        problems.append(f"/Headers {header} does not resolve in the /IDTree")
        walk.extend((element, kid) for kid in _list(element.get("/K")))
    if elements == 0:
        problems.append("pypdf finds no structure elements")
    for name, contents in reader.attachments.items():
        if not contents or not contents[0]:
            problems.append(f"pypdf cannot read the attached {name}")
    return problems[:20]


def _list(value: Any) -> list[Any]:
    value = _resolved(value)
    if value is None:
        return []
    return list(value) if isinstance(value, ArrayObject) else [value]

