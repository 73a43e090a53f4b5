"""Forged and hostile PDFs, made small and fast in the tests (never stored in the repo)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pikepdf


def append_update(data: bytes, objects: dict[int, bytes], root: int, size: int) -> bytes:
    """`data` with an incremental update, as a PDF editor writes one: the new or changed
    `objects` (number -> body), a cross-reference section and a trailer with /Prev."""
    prev = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        max(size, max(objects) + 1), root, prev, start)
    return bytes(out)


def overlay_by_update(report: Path, target: Path, words: bytes = b"GECERTIFICEERD") -> None:
    """Draw `words` on page 1 by an incremental update; the original bytes stay intact."""
    data = report.read_bytes()
    with pikepdf.open(report) as pdf:
        page = pdf.pages[0].obj
        number, size = page.objgen[0], int(pdf.trailer.Size)
        root = pdf.trailer.Root.objgen[0]
        body = page.unparse(resolved=True)
        font = next(iter(page.Resources.Font.keys()))
    drawing = b"BT %s 40 Tf 1 0 0 rg 60 420 Td (%s) Tj ET" % (font.encode(), words)
    stream = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawing), drawing)
    changed = re.sub(rb"/Contents (\d+ \d+ R|\[[^\]]*\])",
                     lambda m: b"/Contents [" + m.group(1).strip(b"[]") + b" %d 0 R]" % size,
                     body)
    target.write_bytes(append_update(data, {number: changed, size: stream}, root, size + 1))


def changed_in_place(report: Path, target: Path) -> None:
    """Rewrite the whole PDF with one word of page 1's drawing changed (no update trail)."""
    with pikepdf.open(report) as pdf:
        page = pdf.pages[0]
        page.contents_coalesce()
        data = page.obj.Contents.read_bytes()
        page.obj.Contents.write(data + b"\nBT /F1 1 Tf 0 0 Td ET\n")
        pdf.save(target, fix_metadata_version=False)


def flate_bomb_attachment(report: Path, target: Path, megabytes: int = 300) -> None:
    """The report with its audit swapped for a small stream that inflates to `megabytes`."""
    packer = zlib.compressobj(9)
    chunk = b"\0" * (1024 * 1024)
    packed = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    with pikepdf.open(report) as pdf:
        embedded = pdf.Root.AF[0].EF.F
        embedded.write(packed, filter=pikepdf.Name.FlateDecode)
        pdf.save(target, fix_metadata_version=False)


def minimal_pdf(extra_objects: bytes = b"", pages: bytes = b"2 0 R") -> bytes:
    """A hand-written PDF of a few objects, for loops and other impossible shapes."""
    objects = [b"<< /Type /Catalog /Pages %s >>" % pages,
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /Kids [2 0 R] /MediaBox [0 0 10 10] >>"]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (index, body)
    out += extra_objects
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, start)
    return bytes(out)
