"""The XMP packet as strict readers want it (part of `finish`).

WeasyPrint declares every namespace once, on `rdf:RDF`. That is valid XML, but XMP
readers such as PDFBox's xmpbox look for the namespace of a property on the
`rdf:Description` that holds it ("Schema is not set"). Each Description here declares
the namespaces its own properties use.
"""

from __future__ import annotations

import re

DECLARATION = re.compile(rb'xmlns:([A-Za-z_][\w.-]*)="([^"]*)"')
DESCRIPTION = re.compile(rb"<rdf:Description\b(?P<attrs>[^>]*?)(?P<close>/?)>")
PREFIX = re.compile(rb"(?:<|\s)([A-Za-z_][\w.-]*):[A-Za-z_]")
BUILT_IN = {b"xml", b"xmlns", b"rdf"}  # rdf is declared on rdf:RDF, around every Description


def _used(part: bytes) -> list[bytes]:
    found: list[bytes] = []
    for prefix in PREFIX.findall(part):
        if prefix not in BUILT_IN and prefix not in found:
            found.append(prefix)
    return found


def namespaces_on_descriptions(xmp: bytes) -> bytes:
    """`xmp` with each rdf:Description declaring the namespaces of its properties."""
    known = dict(DECLARATION.findall(xmp))
    out, position = [], 0
    for match in DESCRIPTION.finditer(xmp):
        if match.group("close"):
            body_end = match.end()
        else:
            closing = xmp.find(b"</rdf:Description>", match.end())
            body_end = closing if closing >= 0 else match.end()
        attributes = match.group("attrs")
        declared = {prefix for prefix, _ in DECLARATION.findall(attributes)}
        wanted = [prefix for prefix in _used(xmp[match.start():body_end])
                  if prefix not in declared and prefix in known]
        extra = b"".join(b' xmlns:%s="%s"' % (prefix, known[prefix]) for prefix in wanted)
        out.append(xmp[position:match.start()])
        out.append(b"<rdf:Description" + extra + attributes + match.group("close") + b">")
        position = match.end()
    out.append(xmp[position:])
    return b"".join(out)
