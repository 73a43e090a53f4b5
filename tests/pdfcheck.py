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

The tagged text itself (per element, per language) is read by `pdftext.py`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pdftext import (
    StructureTree,
    attributes,
    content_of,
    element_name,
    kids,
    marked_content,
    outside_content,
    page_of,
)

HEADINGS = {f"/H{level}": level for level in range(1, 7)}
LEADER = re.compile(r"\.{5,}|(\. ){5,}")
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


def _check_elements(tree: StructureTree, lang: str, parts: set[str], checked: Checked) -> None:
    previous = 0
    used_langs = set()
    for element in tree.elements:
        kind = element_name(element)
        parent = tree.parent.get(element.objgen)
        parent_kind = element_name(parent) if parent is not None else "/Document"
        kid_kinds = [element_name(kid) for kid in kids(element)
                     if isinstance(kid, pikepdf.Dictionary)
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
            scopes = [str(a.get("/Scope")) for a in attributes(element) if "/Scope" in a]
            if not scopes or any(scope not in SCOPES for scope in scopes):
                checked.fail(f"TH without a valid /Scope on page {page_of(tree, element)}")
        if kind == "/Figure":
            checked.counts["figures"] += 1
            if not str(element.get("/Alt", "")).strip():
                checked.fail(f"Figure without /Alt on page {page_of(tree, element)}")
        if kind in HEADINGS:
            checked.counts["headings"] += 1
            level = HEADINGS[kind]
            if level > previous + 1:
                checked.fail(f"{kind} after H{previous} skips a level "
                             f"(page {page_of(tree, element)})")
            previous = level
    missing = parts - used_langs
    if missing:
        checked.fail(f"no part is marked as {', '.join(sorted(missing))}")
    checked.counts["elements"] = len(tree.elements)


def _check_content(pdf: pikepdf.Pdf, tree: StructureTree, checked: Checked) -> None:
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    furniture = re.compile(r"(pagina|page) \d+ (van|of) \d+")
    owned: dict[tuple[int, int], list[str]] = defaultdict(list)
    for problem in outside_content(pdf):
        checked.fail(problem)
    for page, mcid, text in marked_content(pdf):
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


def _check_links(pdf: pikepdf.Pdf, tree: StructureTree, checked: Checked) -> None:
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
        tree = StructureTree(pdf)
        _check_elements(tree, lang, set(parts or ()), checked)
        _check_content(pdf, tree, checked)
        _check_links(pdf, tree, checked)
        check_structure(pdf, tree, content_of(Path(path)), checked)
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
