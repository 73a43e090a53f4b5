"""Opening a PDF that anyone may have made, within limits and without hanging.

The path must be a regular file (a named pipe would block, a device never end), opened
without waiting and checked on the open handle; its size is limited before it is read;
pikepdf gets the bytes without its repair of damaged files; encrypted files are refused;
the cross-reference's object count is limited before any object is read.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pikepdf

from kwaliteitslabel import portable
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.limits import MAX_PDF_BYTES, MAX_PDF_OBJECTS


def read_regular(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file `path`, or a message; at most `limit` bytes."""
    try:
        handle = os.open(path, os.O_RDONLY | portable.NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InvalidInput(f"{path}: bestand bestaat niet. Controleer de naam en de map.") \
            from None
    except OSError as error:
        raise InvalidInput(f"{path}: kan niet geopend worden ({error.strerror}).") from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{path}: dit is een map, geen bestand. Geef {what} op.")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{path}: dit is geen gewoon bestand (een pijp of apparaat). "
                               f"Geef {what} op.")
        if info.st_size > limit:
            raise InvalidInput(f"{path}: het bestand is te groot ({info.st_size // 1024} KiB; "
                               f"hoogstens {limit // 1024} KiB). Is dit {what}?")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise InvalidInput(f"{path}: kan niet gelezen worden ({error.strerror}).") from None
    finally:
        os.close(handle)
    if len(data) > limit:  # the file grew while it was read
        raise InvalidInput(f"{path}: het bestand is te groot (meer dan {limit // 1024} KiB).")
    return data


def open_pdf(path: Path, data: bytes) -> pikepdf.Pdf:
    """`data` as a PDF, refused with a message when damaged, encrypted or too large."""
    shown = f"{path}: dit is geen leesbare PDF"
    try:
        pdf = pikepdf.open(io.BytesIO(data), attempt_recovery=False,
                           inherit_page_attributes=False, suppress_warnings=True)
    except pikepdf.PasswordError:
        raise InvalidInput(f"{path}: de PDF is versleuteld; een rapport van kwaliteitslabel "
                           "is nooit versleuteld. Vraag de auditoren om het rapport zelf.") \
            from None
    except (pikepdf.PdfError, ValueError, RuntimeError) as error:
        first = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        raise InvalidInput(f"{shown} ({first}); geef een rapport van kwaliteitslabel op.") \
            from None
    if pdf.is_encrypted:
        pdf.close()
        raise InvalidInput(f"{path}: de PDF is versleuteld; een rapport van kwaliteitslabel "
                           "is nooit versleuteld. Vraag de auditoren om het rapport zelf.")
    size: object = pdf.trailer.get("/Size")  # an int at run time, whatever the stubs say
    if not isinstance(size, int) or size > MAX_PDF_OBJECTS:
        pdf.close()
        raise InvalidInput(f"{path}: de PDF heeft meer dan {MAX_PDF_OBJECTS} objecten; zo "
                           "groot is geen rapport van kwaliteitslabel.")
    return pdf


def read_pdf(path: Path) -> tuple[bytes, pikepdf.Pdf]:
    """A report's bytes and the opened PDF, within the limits of `limits.py`."""
    data = read_regular(path, MAX_PDF_BYTES, "een PDF-rapport")
    return data, open_pdf(path, data)
