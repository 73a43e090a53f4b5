"""The last step of every PDF: what PDF/UA-1 needs and WeasyPrint does not write itself.

- Content that is not in the structure tree (page headers, footers, "pagina N van M",
  the CONCEPT watermark) is marked as an artifact instead of as orphaned marked content,
  and the remaining marked content is numbered again without gaps.
- The catalog's /AF lists each associated file once (WeasyPrint lists the audit twice).
- The XMP metadata declares PDF/UA-1 next to PDF/A-3a, with the extension schema that
  PDF/A asks for, and is stored uncompressed so that archives can read it directly.
- No stream ends in a carriage return: before the line feed that precedes `endstream` it
  reads as one CR LF end of line, and some validators then count the stream one byte
  shorter than its /Length. A zlib stream ends in the checksum of its data, so a drawing
  stream or font program gets one more line feed in its data, the attached audit and
  other data are deflated as a PNG-predicted row (which decodes to the same bytes), and
  `pdfsave` chooses the layout of objects.

Works on the PDF's bytes with pikepdf; nothing here knows about reports.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterable

import pikepdf

from kwaliteitslabel.report.pdfsave import save_without_cr
from kwaliteitslabel.report.structure_tree import add_id_tree, merge_continuations
from kwaliteitslabel.report.xmp import namespaces_on_descriptions

UA_XMP = b"""<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" \
pdfuaid:part="1"/>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 (PDF/UA) the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
"""

ARTIFACT = pikepdf.Name.Artifact
PAGINATION = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)


def _kids(element: pikepdf.Object) -> Iterable[pikepdf.Object]:
    kids = element.get("/K")
    if kids is None:
        return ()
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _reachable(root: pikepdf.Object) -> set[tuple[int, int]]:
    """The structure elements one can reach from the root, by object id."""
    seen: set[tuple[int, int]] = set()
    stack = list(_kids(root))
    while stack:
        node = stack.pop()
        if not isinstance(node, pikepdf.Dictionary) or not node.is_indirect:
            continue
        if node.objgen in seen or node.get("/Type") in ("/OBJR", "/MCR"):
            continue
        seen.add(node.objgen)
        stack.extend(_kids(node))
    return seen


MARKED = re.compile(rb"/(\w+)\n<</MCID (\d+)>>\nBDC\n")  # as WeasyPrint writes it


def _rewritten(data: bytes, orphaned: set[int], mapping: dict[int, int]) -> bytes:
    """The content with orphaned MCIDs as artifacts and the others renumbered in order."""
    def marked(match: re.Match[bytes]) -> bytes:
        mcid = int(match.group(2))
        if mcid in orphaned:
            return b"/Artifact\n<</Type /Pagination>>\nBDC\n"
        mapping[mcid] = len(mapping)
        return b"/%s\n<</MCID %d>>\nBDC\n" % (match.group(1), mapping[mcid])

    rewritten, count = MARKED.subn(marked, data)
    if count != data.count(b"/MCID"):
        raise ValueError("marked content written in an unexpected way")
    return rewritten


def _parsed(page: pikepdf.Page, orphaned: set[int], mapping: dict[int, int]) -> bytes:
    """Like `_rewritten`, through pikepdf's content parser (slower, any layout)."""
    instructions = []
    for instruction in pikepdf.parse_content_stream(page):
        operands, operator = instruction.operands, instruction.operator
        if operator == pikepdf.Operator("BDC") and isinstance(operands[1], pikepdf.Dictionary) \
                and "/MCID" in operands[1]:
            mcid = int(operands[1].MCID)
            if mcid in orphaned:
                instruction = pikepdf.ContentStreamInstruction([ARTIFACT, PAGINATION],
                                                               pikepdf.Operator("BDC"))
            else:
                mapping[mcid] = len(mapping)
                instruction = pikepdf.ContentStreamInstruction(
                    [operands[0], pikepdf.Dictionary(MCID=mapping[mcid])],
                    pikepdf.Operator("BDC"))
        instructions.append(instruction)
    return bytes(pikepdf.unparse_content_stream(instructions))


def _renumber(pdf: pikepdf.Pdf, page: pikepdf.Page, parents: pikepdf.Array,
              reachable: set[tuple[int, int]]) -> pikepdf.Array:
    """Orphaned marked content on `page` becomes an artifact; the rest is renumbered.

    Returns the page's new parent-tree array (new MCID -> structure element)."""
    owners = list(parents)
    orphaned = {mcid for mcid, owner in enumerate(owners)
                if not isinstance(owner, pikepdf.Dictionary) or owner.objgen not in reachable}
    mapping: dict[int, int] = {}
    try:
        content = _rewritten(page.obj.Contents.read_bytes(), orphaned, mapping)
    except (ValueError, AttributeError):
        mapping.clear()
        content = _parsed(page, orphaned, mapping)
    packed = zlib.compress(content, 6)
    while packed.endswith(b"\r"):  # see _no_carriage_return_at_the_end
        content += b"\n"
        packed = zlib.compress(content, 6)
    page.obj.Contents = pdf.make_stream(packed, Filter=pikepdf.Name.FlateDecode)
    renumbered = pikepdf.Array([None] * len(mapping))
    done: set[tuple[int, int]] = set()
    for old, new in mapping.items():
        owner = owners[old]
        renumbered[new] = owner
        if owner.objgen in done:
            continue
        done.add(owner.objgen)
        items: list[object] = list(_kids(owner))  # integers come as int, not Object
        owner.K = pikepdf.Array([mapping.get(kid, kid) if isinstance(kid, int)
                                 else kid for kid in items])
    return renumbered


def _artifacts(pdf: pikepdf.Pdf) -> None:
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None:
        return
    reachable = _reachable(tree)
    nums = tree.ParentTree.Nums
    for index in range(0, len(nums), 2):
        key, value = int(nums[index]), nums[index + 1]
        if key < len(pdf.pages) and isinstance(value, pikepdf.Array):
            nums[index + 1] = _renumber(pdf, pdf.pages[key], value, reachable)


def _associated_files_once(pdf: pikepdf.Pdf) -> None:
    files = pdf.Root.get("/AF")
    if files is None:
        return
    unique, seen = pikepdf.Array(), set()
    for item in files:
        if item.objgen not in seen:
            seen.add(item.objgen)
            unique.append(item)
    pdf.Root.AF = unique


def _declare_ua(pdf: pikepdf.Pdf) -> None:
    xmp = pdf.Root.Metadata.read_bytes()
    if b"pdfuaid:part" not in xmp:
        xmp = xmp.replace(b"</rdf:RDF>", UA_XMP + b"</rdf:RDF>", 1)
    xmp = namespaces_on_descriptions(xmp)
    pdf.Root.Metadata = pdf.make_stream(xmp, Type=pikepdf.Name.Metadata,
                                        Subtype=pikepdf.Name.XML)


def _forms(pdf: pikepdf.Pdf) -> Iterable[pikepdf.Object]:
    """The form XObjects of the pages, and the forms they use, each once."""
    seen: set[tuple[int, int]] = set()
    stack = [page.obj.get("/Resources") for page in pdf.pages]
    while stack:
        resources = stack.pop()
        if not isinstance(resources, pikepdf.Dictionary):
            continue
        for item in resources.get("/XObject", pikepdf.Dictionary()).values():
            if item.objgen not in seen and item.get("/Subtype") == "/Form":
                seen.add(item.objgen)
                yield item
                stack.append(item.get("/Resources"))


def _font_files(pdf: pikepdf.Pdf) -> Iterable[pikepdf.Object]:
    """The embedded font programs of the pages' fonts, each once."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font",
                                                                    pikepdf.Dictionary())
        for font in fonts.values():
            for part in [font, *font.get("/DescendantFonts", [])]:
                descriptor = part.get("/FontDescriptor", pikepdf.Dictionary())
                for key in ("/FontFile2", "/FontFile3"):
                    item = descriptor.get(key)
                    if item is not None and item.objgen not in seen:
                        seen.add(item.objgen)
                        yield item


def _no_carriage_return_at_the_end(pdf: pikepdf.Pdf) -> None:
    """Padding that changes nothing drawn: a line feed after the last operator of a form,
    or after a font program (TrueType and OpenType tables are found by their offsets).

    A zlib stream ends in the Adler-32 checksum of its data, whose last byte is the sum of
    the data's bytes plus one, modulo 65521: one line feed more changes it."""
    for item in [*_forms(pdf), *_font_files(pdf)]:
        if item.get("/Filter") != "/FlateDecode" or "/DecodeParms" in item \
                or not item.read_raw_bytes().endswith(b"\r"):
            continue
        data = item.read_bytes()
        packed = zlib.compress(data, 6)
        while packed.endswith(b"\r"):
            data += b"\n"
            packed = zlib.compress(data, 6)
        item.write(packed, filter=pikepdf.Name.FlateDecode)
        if "/Length1" in item:
            item.Length1 = len(data)


MIME_TYPES = {".yaml": "/application/yaml", ".yml": "/application/yaml"}
LINE_ENDS = (b"\r", b"\n")


def _attachments(pdf: pikepdf.Pdf) -> None:
    """Each embedded file: its MIME type, and stream data that never ends in CR or LF."""
    names = pdf.Root.get("/Names")
    files = names.get("/EmbeddedFiles") if names is not None else None
    embedded: list[pikepdf.Object] = list(files.get("/Names", [])) if files is not None else []
    for spec in embedded[1::2]:
        item = spec.EF.F
        name = str(spec.get("/UF", spec.get("/F", "")))
        suffix = name[name.rfind("."):].lower() if "." in name else ""
        if suffix in MIME_TYPES:
            item.Subtype = pikepdf.Name(MIME_TYPES[suffix])
        _write_without_line_end(item, item.read_bytes())


def _fonts(pdf: pikepdf.Pdf) -> None:
    """No /CIDToGIDMap on a CIDFontType0 font (a key only CIDFontType2 may have)."""
    for item in pdf.objects:
        if isinstance(item, pikepdf.Dictionary) and item.get("/Subtype") == "/CIDFontType0" \
                and "/CIDToGIDMap" in item:
            del item["/CIDToGIDMap"]


def _other_streams_never_end_in_cr(pdf: pikepdf.Pdf) -> None:
    """Any other stream whose data still ends in CR (a font's ToUnicode map) is written
    again through `without_line_end`."""
    for item in pdf.objects:
        if isinstance(item, pikepdf.Stream) and item.get("/Filter") == "/FlateDecode" \
                and "/DecodeParms" not in item and item.get("/Type") != "/Metadata" \
                and item.read_raw_bytes().endswith(b"\r"):
            _write_without_line_end(item, item.read_bytes())


def _write_without_line_end(item: pikepdf.Object, data: bytes) -> None:
    """`data` deflated into `item` so that the stream data ends in neither CR nor LF.

    A zlib stream ends in the Adler-32 checksum of what was deflated, whose last byte is
    one plus the sum of those bytes (modulo 65521): no zlib level or strategy changes it.
    When it is CR (13) or LF (10), the data is deflated as one row of a PNG predictor
    whose row tag "Up" (2) decodes to the same bytes and adds 2 to that sum, so the last
    byte becomes 15 or 12 (PDF 32000-1, 7.4.4.4)."""
    packed = zlib.compress(data, 9)
    if not packed.endswith(LINE_ENDS) or not data:
        item.write(packed, filter=pikepdf.Name.FlateDecode)
        return
    item.write(zlib.compress(b"\x02" + data, 9), filter=pikepdf.Name.FlateDecode,
               decode_parms=pikepdf.Dictionary(Predictor=12, Columns=len(data)))


def finish(data: bytes) -> bytes:
    """The PDF in `data` with artifacts, one /AF entry per file and PDF/UA-1 declared."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        merge_continuations(pdf)
        _artifacts(pdf)
        add_id_tree(pdf)
        _associated_files_once(pdf)
        _attachments(pdf)
        _declare_ua(pdf)
        _fonts(pdf)
        _no_carriage_return_at_the_end(pdf)
        _other_streams_never_end_in_cr(pdf)
        return save_without_cr(pdf)
