"""Reading our own tagged PDFs as a reader of the structure tree does: the tree in
document order (each element's parent, page and language), the text shown per marked
content, and the tagged text per language. `pdfcheck.py` checks the rules on it; tests
look at the words with `tagged_texts` and `text_by_lang`."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pikepdf

TEXT_SHOW = {"Tj", "TJ", "'", '"'}


def kids(node: pikepdf.Object) -> list[pikepdf.Object]:
    kids = node.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def element_name(node: pikepdf.Object) -> str:
    return str(node.get("/S", ""))


def attributes(node: pikepdf.Object) -> list[pikepdf.Object]:
    value = node.get("/A")
    if value is None:
        return []
    return [item for item in (value if isinstance(value, pikepdf.Array) else [value])
            if isinstance(item, pikepdf.Dictionary)]


class StructureTree:
    """The structure tree in document order, with each element's parent and page."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        self.elements: list[pikepdf.Object] = []
        self.parent: dict[tuple[int, int], pikepdf.Object | None] = {}
        self.mcids: dict[tuple[int, int], set[int]] = defaultdict(set)  # (page, mcid) owners
        self.owner: dict[tuple[int, int], tuple[int, int]] = {}
        self.annotations: set[tuple[int, int]] = set()
        root = pdf.Root.StructTreeRoot
        for kid in kids(root):
            self._walk(kid, None, None)

    def _walk(self, node: pikepdf.Object, parent: pikepdf.Object | None,
              page: int | None) -> None:
        if isinstance(node, int):
            if page is not None and parent is not None:
                self.owner[(page, int(node))] = parent.objgen
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        kind = str(node.get("/Type", ""))
        if kind == "/OBJR":
            self.annotations.add(node.Obj.objgen)
            return
        if kind == "/MCR":
            mcr_page = self.pages.get(node.Pg.objgen, page) if "/Pg" in node else page
            if mcr_page is not None and parent is not None:
                self.owner[(mcr_page, int(node.MCID))] = parent.objgen
            return
        self.elements.append(node)
        self.parent[node.objgen] = parent
        if "/Pg" in node:
            page = self.pages.get(node.Pg.objgen, page)
        for kid in kids(node):
            self._walk(kid, node, page)

    def lang_of(self, node: pikepdf.Object | None, default: str) -> str:
        while node is not None:
            if "/Lang" in node:
                return str(node.Lang)
            node = self.parent.get(node.objgen)
        return default

    def inside(self, node: pikepdf.Object, kinds: set[str]) -> bool:
        parent = self.parent.get(node.objgen)
        while parent is not None:
            if element_name(parent) in kinds:
                return True
            parent = self.parent.get(parent.objgen)
        return False


def page_of(tree: StructureTree, element: pikepdf.Object) -> int | str:
    if "/Pg" in element:
        return tree.pages.get(element.Pg.objgen, -1) + 1
    return "?"


def _to_unicode(font: pikepdf.Object) -> dict[bytes, str]:
    """A font's ToUnicode CMap as code -> text (bfchar and bfrange)."""
    if "/ToUnicode" not in font:
        return {}
    data = font.ToUnicode.read_bytes().decode("latin-1")
    table: dict[bytes, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            table[bytes.fromhex(code)] = bytes.fromhex(text).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, start in re.findall(
                r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            width = len(low) // 2
            first = int.from_bytes(bytes.fromhex(start), "big")
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                table[code.to_bytes(width, "big")] = chr(first + offset)
    return table


def _decode(raw: bytes, table: dict[bytes, str]) -> str:
    width = len(next(iter(table))) if table else 1
    return "".join(table.get(raw[i:i + width], "\ufffd") for i in range(0, len(raw), width))


def _shown(operands: list[pikepdf.Object], table: dict[bytes, str]) -> str:
    parts = []
    for operand in operands:
        items = operand if isinstance(operand, pikepdf.Array) else [operand]
        for item in items:
            if isinstance(item, pikepdf.String):
                parts.append(_decode(bytes(item), table))
            elif isinstance(item, int | float) or hasattr(item, "as_integer_ratio"):
                if float(item) < -200:  # a wide gap in a TJ array reads as a space
                    parts.append(" ")
    return "".join(parts)


def marked_content(pdf: pikepdf.Pdf) -> list[tuple[int, int | None, str]]:
    """Every piece of text shown, as (page, MCID or None for an artifact, text). Read once
    per file (the pages are parsed one by one)."""
    return content_of(Path(pdf.filename))[0]


def outside_content(pdf: pikepdf.Pdf) -> list[str]:
    """Text or images that are neither tagged nor an artifact, one line each."""
    return content_of(Path(pdf.filename))[1]


Content = tuple[list[tuple[int, int | None, str]], list[str], dict[tuple[int, int], float]]


@functools.cache
def content_of(path: Path) -> Content:
    with pikepdf.open(path) as pdf:
        return _parse_content(pdf)


def _parse_content(pdf: pikepdf.Pdf) -> Content:
    pieces: list[tuple[int, int | None, str]] = []
    outside: list[str] = []
    lines: dict[tuple[int, int], float] = {}  # (page, MCID) -> the baseline of its text
    for number, page in enumerate(pdf.pages):
        fonts = page.Resources.get("/Font", pikepdf.Dictionary())
        tables = {str(name): _to_unicode(font) for name, font in fonts.items()}
        table: dict[bytes, str] = {}
        stack: list[int | None | str] = []  # MCID, None (artifact), "other" (no MCID)
        for instruction in pikepdf.parse_content_stream(page):
            operator, operands = str(instruction.operator), list(instruction.operands)
            if operator == "BDC" or operator == "BMC":
                tag = str(operands[0])
                props = operands[1] if operator == "BDC" else None
                if tag == "/Artifact":
                    stack.append(None)
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    stack.append(int(props.MCID))
                else:
                    stack.append("other")
            elif operator == "EMC":
                if stack:
                    stack.pop()
            elif operator == "Tf":
                table = tables.get(str(operands[0]), {})
            elif operator == "Tm":
                where = next((item for item in reversed(stack) if item != "other"), None)
                if isinstance(where, int):
                    lines.setdefault((number, where), round(float(operands[5]), 1))
            elif operator in TEXT_SHOW or operator == "Do":
                where = next((item for item in reversed(stack) if item != "other"), "none")
                if where == "none":
                    outside.append(f"page {number + 1}: {operator} outside any tagged "
                                   "content or artifact")
                    continue
                if operator in TEXT_SHOW:
                    mcid = where if isinstance(where, int) else None
                    pieces.append((number, mcid, _shown(operands, table)))
    return pieces, outside, lines


@dataclass(frozen=True)
class Tagged:
    """The text of one structure element, as a reader of the tree gets it."""

    kind: str  # "/H1", "/P", "/Link", ...
    page: int  # 1-based
    lang: str
    text: str
    in_figure: bool


@functools.cache
def tagged_texts(path: Path, default: str) -> list[Tagged]:
    """Every structure element that owns text, in document order, with its language (its
    own or an ancestor's /Lang, else `default`); a Figure's text is its /Alt."""
    with pikepdf.open(path) as pdf:
        tree = StructureTree(pdf)
        pieces: dict[tuple[int, int], list[str]] = defaultdict(list)
        for page, mcid, text in marked_content(pdf):
            if mcid is not None and (page, mcid) in tree.owner:
                pieces[tree.owner[(page, mcid)]].append(text)
        found = []
        for element in tree.elements:
            figure = element_name(element) == "/Figure"
            text = str(element.get("/Alt", "")) if figure \
                else "".join(pieces.get(element.objgen, []))
            if text:
                found.append(Tagged(element_name(element), page_of(tree, element),
                                    tree.lang_of(element, default), text,
                                    figure or tree.inside(element, {"/Figure"})))
    return found


def text_by_lang(path: Path, default: str) -> dict[str, str]:
    """The tagged text of a PDF per language; text drawn inside a Figure is left out
    (its /Alt is what is read), artifacts too."""
    texts: dict[str, list[str]] = defaultdict(list)
    for item in tagged_texts(path, default):
        if item.kind == "/Figure" or not item.in_figure:
            texts[item.lang].append(item.text)
    return {lang: " ".join(parts) for lang, parts in texts.items()}
