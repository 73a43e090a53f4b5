"""One SHA-256 over everything a PDF shows, independent of how the file is laid out.

The objects reachable from the catalog and the document information are hashed in the
order a breadth-first walk meets them, each reference written as that order's number
instead of its object number, dictionary keys sorted, streams by their dictionary and
their bytes as stored (never decompressed, so a compression bomb costs nothing). Only
the catalog's XMP metadata is left out: it holds the digest. Saving the file again,
renumbered or with other object streams, keeps the digest; changing any object, adding
one to a page or swapping an attachment changes it.

The walk stops with `TooComplex` at the limits in `limits.py` (objects, nesting), so a
hostile file costs a bounded time.
"""

from __future__ import annotations

import hashlib
from collections import deque
from decimal import Decimal
from typing import Any

import pikepdf

from kwaliteitslabel.limits import MAX_PDF_DEPTH, MAX_PDF_OBJECTS


class TooComplex(Exception):
    """The PDF has more objects or deeper nesting than a report can have."""


class _Walk:
    def __init__(self) -> None:
        self.order: dict[tuple[int, int], int] = {}
        self.queue: deque[pikepdf.Object] = deque()
        self.hash = hashlib.sha256()

    def reference(self, obj: pikepdf.Object) -> bytes:
        key = obj.objgen
        if key not in self.order:
            if len(self.order) >= MAX_PDF_OBJECTS:
                raise TooComplex(f"meer dan {MAX_PDF_OBJECTS} objecten")
            self.order[key] = len(self.order)
            self.queue.append(obj)
        return b"R%d;" % self.order[key]

    def value(self, obj: Any, depth: int, skip: str | None = None) -> bytes:
        """The canonical bytes of a value inside an object; references by walk order."""
        if depth > MAX_PDF_DEPTH:
            raise TooComplex(f"dieper genest dan {MAX_PDF_DEPTH} niveaus")
        if isinstance(obj, pikepdf.Object) and obj.is_indirect and depth > 0:
            return self.reference(obj)
        if isinstance(obj, bool):
            return b"b1;" if obj else b"b0;"
        if isinstance(obj, int | Decimal | float):
            return b"n%s;" % str(obj).encode()
        if obj is None:
            return b"null;"
        if isinstance(obj, pikepdf.Name):
            return b"/%d:%s" % (len(str(obj)), str(obj).encode())
        if isinstance(obj, pikepdf.String):
            data = bytes(obj)
            return b"s%d:%s" % (len(data), data)
        if isinstance(obj, pikepdf.Array):
            return b"[" + b"".join(self.value(item, depth + 1) for item in obj) + b"]"
        if isinstance(obj, pikepdf.Stream):
            raw = obj.read_raw_bytes()
            return (b"stream" + self._dictionary(obj.stream_dict, depth, None)
                    + b"%d:" % len(raw) + raw)
        if isinstance(obj, pikepdf.Dictionary):
            return self._dictionary(obj, depth, skip)
        return b"?%s;" % repr(obj).encode()  # operators and other oddities: by their text

    def _dictionary(self, obj: pikepdf.Object, depth: int, skip: str | None) -> bytes:
        parts = [b"<<"]
        for key in sorted(obj.keys()):
            if key == skip:
                continue
            name = key.encode()
            parts.append(b"/%d:%s" % (len(name), name))
            parts.append(self.value(obj.get(key), depth + 1))
        return b"".join(parts) + b">>"

    def run(self, pdf: pikepdf.Pdf) -> str:
        root, info = pdf.trailer.get("/Root"), pdf.trailer.get("/Info")
        if not isinstance(root, pikepdf.Dictionary):
            raise TooComplex("de PDF heeft geen catalogus")
        self.reference(root)
        if info is not None:
            self.hash.update(b"info")
            self.hash.update(self.reference(info) if info.is_indirect
                             else self.value(info, 0))
        while self.queue:
            obj = self.queue.popleft()
            self.hash.update(b"obj%d=" % self.order[obj.objgen])
            self.hash.update(self.value(obj, 0, "/Metadata" if obj.objgen == root.objgen
                                        else None))
        return self.hash.hexdigest()


def content_digest(pdf: pikepdf.Pdf) -> str:
    """The SHA-256 of everything reachable in `pdf` but its XMP (see the module's text)."""
    return _Walk().run(pdf)
