"""A PDF/UA and PDF/A structure checker for our own PDFs (reports, booklets, certificates).

    check_pdf(path, lang="en", parts={"nl"}) -> Checked   (its .problems should be empty)
    python tests/pdfcheck.py FILE.pdf [--lang en] [--parts nl]   prints what it found

It reads the PDF with pikepdf and checks the rules a PDF/UA-1 checker applies to what
our templates make, plus what we promise on top:

- the catalog: /Lang, /MarkInfo /Marked, DisplayDocTitle, the structure tree;
- XMP: PDF/A-3 level A and PDF/UA-1 identification (with the extension schema);
- one /AF entry per embedded file, each with an /AFRelationship;
- lists: every LI in an L, an L holds only L, LI and Caption, an LI only Lbl and LBody;
- tables: every TH has a /Scope, rows sit in tables, cells in rows;
- every Figure has a non-empty /Alt;
- headings start at H1 and never skip a level;
- all content is either in the structure tree (its MCID maps to the element that lists
  it) or an artifact; page furniture (headers, footers, page numbers) is an artifact;
- /Lang on parts that differ: every /Lang is one of `lang` and `parts`, and each of
  `parts` is used;
- link annotations sit in a Link element and describe their target (not an anchor id);
- no run of leader dots is text;
- qpdf finds no syntax errors, and no stream's end is ambiguous (CR before CR LF).

`text_by_lang` gives the tagged text per language, for tests that look at the words.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

HEADINGS = {f"/H{level}": level for level in range(1, 7)}
LEADER = re.compile(r"\.{5,}|(\. ){5,}")
TEXT_SHOW = {"Tj", "TJ", "'", '"'}
SCOPES = {"/Row", "/Column", "/Both"}


@dataclass
class Checked:
    """What the checker found: `problems` (empty when the PDF passes) and counts."""

    problems: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def fail(self, message: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(message)

    def summary(self) -> str:
        order = ["pages", "elements", "marked", "artifacts", "headings", "figures", "tables",
                 "th", "lists", "links", "lang parts", "attachments"]
        counts = ", ".join(f"{key} {self.counts[key]}" for key in order)
        verdict = "passes" if not self.problems else f"{len(self.problems)} problem(s)"
        return f"{verdict}: {counts}"


def _kids(node: pikepdf.Object) -> list[pikepdf.Object]:
    kids = node.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _name(node: pikepdf.Object) -> str:
    return str(node.get("/S", ""))


def _attributes(node: pikepdf.Object) -> list[pikepdf.Object]:
    value = node.get("/A")
    if value is None:
        return []
    return [item for item in (value if isinstance(value, pikepdf.Array) else [value])
            if isinstance(item, pikepdf.Dictionary)]


class _Tree:
    """The structure tree in document order, with each element's parent and page."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        self.elements: list[pikepdf.Object] = []
        self.parent: dict[tuple[int, int], pikepdf.Object | None] = {}
        self.mcids: dict[tuple[int, int], set[int]] = defaultdict(set)  # (page, mcid) owners
        self.owner: dict[tuple[int, int], tuple[int, int]] = {}
        self.annotations: set[tuple[int, int]] = set()
        root = pdf.Root.StructTreeRoot
        for kid in _kids(root):
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
        for kid in _kids(node):
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
            if _name(parent) in kinds:
                return True
            parent = self.parent.get(parent.objgen)
        return False


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


def marked_content(pdf: pikepdf.Pdf, checked: Checked | None = None
                   ) -> list[tuple[int, int | None, str]]:
    """Every piece of text shown, as (page, MCID or None for an artifact, text).

    With `checked`, content outside both (text or images that are neither tagged nor an
    artifact) is reported. Read once per file (the pages are parsed one by one)."""
    pieces, outside, _ = _marked_content(Path(pdf.filename))
    if checked is not None:
        for problem in outside:
            checked.fail(problem)
    return pieces


Content = tuple[list[tuple[int, int | None, str]], list[str], dict[tuple[int, int], float]]


@functools.cache
def _marked_content(path: Path) -> Content:
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
        tree = _Tree(pdf)
        pieces: dict[tuple[int, int], list[str]] = defaultdict(list)
        for page, mcid, text in marked_content(pdf):
            if mcid is not None and (page, mcid) in tree.owner:
                pieces[tree.owner[(page, mcid)]].append(text)
        found = []
        for element in tree.elements:
            figure = _name(element) == "/Figure"
            text = str(element.get("/Alt", "")) if figure \
                else "".join(pieces.get(element.objgen, []))
            if text:
                found.append(Tagged(_name(element), _page(tree, element),
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


def _check_catalog(pdf: pikepdf.Pdf, lang: str, checked: Checked) -> None:
    root = pdf.Root
    if str(root.get("/Lang", "")) != lang:
        checked.fail(f"catalog /Lang is {root.get('/Lang')!s}, expected {lang}")
    if not root.get("/MarkInfo", {}).get("/Marked"):
        checked.fail("catalog /MarkInfo /Marked is not true")
    if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
        checked.fail("viewer preferences do not show the document title")
    if "/StructTreeRoot" not in root:
        checked.fail("no structure tree")
    xmp = root.Metadata.read_bytes().decode("utf-8", "replace") if "/Metadata" in root else ""
    for needed, what in (('pdfaid:part="3"', "PDF/A-3"), ('pdfaid:conformance="A"', "level A"),
                         ('pdfuaid:part="1"', "PDF/UA-1"),
                         ("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
                          "the extension schema for pdfuaid"), ("<dc:title>", "a dc:title")):
        if needed not in xmp:
            checked.fail(f"XMP metadata lacks {what} ({needed})")
    if "/Filter" in root.get("/Metadata", {}):
        checked.fail("the XMP metadata stream is compressed")
    embedded = root.get("/Names", {}).get("/EmbeddedFiles", {}).get("/Names", [])
    specs = [item for item in list(embedded)[1::2]]
    files = list(root.get("/AF", []))
    checked.counts["attachments"] = len(specs)
    if len(files) != len({item.objgen for item in files}):
        checked.fail(f"/AF lists an associated file more than once ({len(files)} entries)")
    if {item.objgen for item in files} != {item.objgen for item in specs}:
        checked.fail("/AF and the embedded files differ")
    for spec in specs:
        if "/AFRelationship" not in spec:
            checked.fail(f"embedded file {spec.get('/F')} has no /AFRelationship")
    for problem in pdf.check_pdf_syntax():
        checked.fail(f"qpdf: {problem}")


def _check_elements(tree: _Tree, lang: str, parts: set[str], checked: Checked) -> None:
    previous = 0
    used_langs = set()
    for element in tree.elements:
        kind = _name(element)
        parent = tree.parent.get(element.objgen)
        parent_kind = _name(parent) if parent is not None else "/Document"
        kid_kinds = [_name(kid) for kid in _kids(element) if isinstance(kid, pikepdf.Dictionary)
                     and str(kid.get("/Type", "")) not in ("/OBJR", "/MCR")]
        if "/Lang" in element:
            value = str(element.Lang)
            used_langs.add(value)
            checked.counts["lang parts"] += value != lang
            if value not in parts | {lang}:
                checked.fail(f"{kind} has /Lang {value}, not one of {sorted(parts | {lang})}")
        if kind == "/LI" and parent_kind != "/L":
            checked.fail(f"LI inside {parent_kind}, not in an L")
        if kind == "/L":
            checked.counts["lists"] += 1
            wrong = [k for k in kid_kinds if k not in ("/L", "/LI", "/Caption")]
            if wrong:
                checked.fail(f"L holds {', '.join(sorted(set(wrong)))}")
        if kind == "/LI":
            wrong = [k for k in kid_kinds if k not in ("/Lbl", "/LBody")]
            if wrong:
                checked.fail(f"LI holds {', '.join(sorted(set(wrong)))}")
        if kind == "/Table":
            checked.counts["tables"] += 1
            wrong = [k for k in kid_kinds
                     if k not in ("/TR", "/THead", "/TBody", "/TFoot", "/Caption")]
            if wrong:
                checked.fail(f"Table holds {', '.join(sorted(set(wrong)))}")
        if kind == "/TR" and parent_kind not in ("/Table", "/THead", "/TBody", "/TFoot"):
            checked.fail(f"TR inside {parent_kind}")
        if kind in ("/TH", "/TD") and parent_kind != "/TR":
            checked.fail(f"{kind} inside {parent_kind}, not in a TR")
        if kind == "/TH":
            checked.counts["th"] += 1
            scopes = [str(a.get("/Scope")) for a in _attributes(element) if "/Scope" in a]
            if not scopes or any(scope not in SCOPES for scope in scopes):
                checked.fail(f"TH without a valid /Scope on page {_page(tree, element)}")
        if kind == "/Figure":
            checked.counts["figures"] += 1
            if not str(element.get("/Alt", "")).strip():
                checked.fail(f"Figure without /Alt on page {_page(tree, element)}")
        if kind in HEADINGS:
            checked.counts["headings"] += 1
            level = HEADINGS[kind]
            if level > previous + 1:
                checked.fail(f"{kind} after H{previous} skips a level "
                             f"(page {_page(tree, element)})")
            previous = level
    missing = parts - used_langs
    if missing:
        checked.fail(f"no part is marked as {', '.join(sorted(missing))}")
    checked.counts["elements"] = len(tree.elements)


def _page(tree: _Tree, element: pikepdf.Object) -> int | str:
    if "/Pg" in element:
        return tree.pages.get(element.Pg.objgen, -1) + 1
    return "?"


def _check_content(pdf: pikepdf.Pdf, tree: _Tree, checked: Checked) -> None:
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    furniture = re.compile(r"(pagina|page) \d+ (van|of) \d+")
    owned: dict[tuple[int, int], list[str]] = defaultdict(list)
    for page, mcid, text in marked_content(pdf, checked):
        if mcid is None:
            checked.counts["artifacts"] += 1
            continue
        checked.counts["marked"] += 1
        owner = tree.owner.get((page, mcid))
        if owner is None:
            checked.fail(f"page {page + 1}: MCID {mcid} is in no structure element "
                         f"(text {text[:40]!r})")
            continue
        entries = parent_tree.get(page)
        if not isinstance(entries, pikepdf.Array) or mcid >= len(entries) \
                or not isinstance(entries[mcid], pikepdf.Dictionary) \
                or entries[mcid].objgen != owner:
            checked.fail(f"page {page + 1}: the parent tree does not lead MCID {mcid} back "
                         "to its element")
        owned[owner].append(text)
    for pieces in owned.values():
        text = "".join(pieces)
        if furniture.search(text):
            checked.fail(f"page furniture {text!r} is tagged content")
        if LEADER.search(text):
            checked.fail(f"leader dots are text ({text[:30]!r})")
    checked.counts["pages"] = len(pdf.pages)


def _check_links(pdf: pikepdf.Pdf, tree: _Tree, checked: Checked) -> None:
    anchors = set()
    dests = pdf.Root.get("/Names", {}).get("/Dests", {}).get("/Names", [])
    for index in range(0, len(dests), 2):
        anchors.add(str(dests[index]))
    for number, page in enumerate(pdf.pages):
        for annotation in page.get("/Annots", []):
            if annotation.get("/Subtype") != "/Link":
                continue
            checked.counts["links"] += 1
            contents = str(annotation.get("/Contents", "")).strip()
            if not contents or contents in anchors or contents == str(annotation.get("/Dest")):
                checked.fail(f"page {number + 1}: a link's /Contents is {contents!r}, not a "
                             "description of its target")
            if annotation.objgen not in tree.annotations:
                checked.fail(f"page {number + 1}: a link annotation is in no Link element")


def _check_stream_ends(pdf: pikepdf.Pdf, data: bytes, checked: Checked) -> None:
    """No stream ends in CR before the EOL of `endstream`, where some validators would
    read CR LF as the EOL and the stream as one byte short (the attached file included)."""
    if b"\r\nendstream" in data:
        checked.fail("a stream ends in CR before the EOL of endstream (its /Length reads "
                     "as one byte too long to some validators)")


def check_pdf(path: Path, *, lang: str, parts: set[str] | None = None) -> Checked:
    """Check the PDF at `path`, written in `lang`, with parts marked in `parts`."""
    checked = Checked()
    with pikepdf.open(path) as pdf:
        _check_stream_ends(pdf, Path(path).read_bytes(), checked)
        _check_catalog(pdf, lang, checked)
        check_files(pdf, checked)
        if "/StructTreeRoot" not in pdf.Root:
            return checked
        tree = _Tree(pdf)
        _check_elements(tree, lang, set(parts or ()), checked)
        _check_content(pdf, tree, checked)
        _check_links(pdf, tree, checked)
        check_structure(pdf, tree, _marked_content(Path(path)), checked)
    for problem in check_independently(Path(path)):
        checked.fail(f"pypdf: {problem}")
    return checked


from pdfrules import check_files, check_independently, check_structure  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path, nargs="+")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--parts", action="append", default=[])
    args = parser.parse_args()
    failed = False
    for path in args.pdf:
        checked = check_pdf(path, lang=args.lang, parts=set(args.parts))
        print(f"{path}: {checked.summary()}")
        for problem in checked.problems:
            print(f"  - {problem}")
        failed |= bool(checked.problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
