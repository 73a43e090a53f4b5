"""Saving a PDF so that no stream ends in a carriage return before `endstream`.

qpdf compresses object streams (and the cross-reference stream) itself, and a zlib
stream ends in the checksum of its data, so about one stream in 256 ends in CR, which
some validators then read as part of a CR LF end of line (PDF/A-1/3, 6.1.7.1). The
three layouts of objects are tried in turn: the writer's own object streams, object
streams grouped anew, and no object streams at all (a classic cross-reference table,
which holds no compressed object data and so cannot end that way)."""

from __future__ import annotations

import io

import pikepdf

LAYOUTS = (pikepdf.ObjectStreamMode.preserve, pikepdf.ObjectStreamMode.generate,
           pikepdf.ObjectStreamMode.disable)


def save_without_cr(pdf: pikepdf.Pdf, *, fix_metadata_version: bool = True) -> bytes:
    """`pdf`'s bytes in the first layout whose streams never end in CR."""
    data = b""
    for layout in LAYOUTS:
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=layout,
                 fix_metadata_version=fix_metadata_version)
        data = out.getvalue()
        if b"\r\nendstream" not in data:
            break
    return data
