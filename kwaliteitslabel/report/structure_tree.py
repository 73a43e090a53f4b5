"""The structure tree made whole after WeasyPrint wrote it (pikepdf, part of `finish`).

- One element per section, article, list, table or paragraph across page breaks:
  WeasyPrint starts a new element for each page an element is on; `tagging.py` marks
  each later part with `/KLContinues` (its first part), and here the later parts' kids
  move into the first part. A table's header row, repeated on the next page, is left
  out of the tree (its content becomes an artifact) and the cells that pointed at it
  point at the first one.
- An /IDTree in the StructTreeRoot for every element with an /ID, so that the /Headers
  of table cells resolve (ISO 32000-1, 14.7.2, Table 322).
"""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

CONTINUES = "/KLContinues"


def kids(element: pikepdf.Object) -> list[pikepdf.Object]:
    value = element.get("/K")
    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def _is_element(node: object) -> bool:
    return isinstance(node, pikepdf.Dictionary) and node.is_indirect \
        and node.get("/Type") not in ("/OBJR", "/MCR")


def elements(root: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """The structure elements under `root` in document order (pre-order), each once."""
    seen: set[tuple[int, int]] = set()
    stack = list(reversed(kids(root)))
    while stack:
        node = stack.pop()
        if not _is_element(node) or node.objgen in seen:
            continue
        seen.add(node.objgen)
        yield node
        stack.extend(reversed(kids(node)))


def _detach(node: pikepdf.Object) -> None:
    parent = node.get("/P")
    if parent is not None and "/K" in parent:
        parent.K = pikepdf.Array([kid for kid in kids(parent)
                                  if not (_is_element(kid) and kid.objgen == node.objgen)])


def _cells(head: pikepdf.Object) -> list[list[pikepdf.Object]]:
    rows = [row for row in kids(head) if _is_element(row) and row.get("/S") == "/TR"]
    return [[cell for cell in kids(row) if _is_element(cell)] for row in rows]


def _header_ids(repeated: pikepdf.Object, first: pikepdf.Object) -> dict[bytes, bytes]:
    """The /ID of each cell of a repeated header row -> the /ID of the cell it repeats."""
    mapping = {}
    for row, first_row in zip(_cells(repeated), _cells(first), strict=False):
        for cell, first_cell in zip(row, first_row, strict=False):
            if "/ID" in cell and "/ID" in first_cell:
                mapping[bytes(cell.ID)] = bytes(first_cell.ID)
    return mapping


def _has_content(node: pikepdf.Object) -> bool:
    items: list[object] = list(kids(node))  # pikepdf gives integers as int, not Object
    return any(isinstance(kid, int) or (isinstance(kid, pikepdf.Dictionary)
                                        and kid.get("/Type") == "/OBJR") for kid in items)


def _page(node: pikepdf.Object) -> tuple[int, int] | None:
    page = node.get("/Pg")
    return page.objgen if page is not None else None


def _inside(node: pikepdf.Object, dropped: set[tuple[int, int]]) -> bool:
    parent = node.get("/P")
    while isinstance(parent, pikepdf.Dictionary) and parent.get("/Type") != "/StructTreeRoot":
        if parent.objgen in dropped:
            return True
        parent = parent.get("/P")
    return False


def merge_continuations(pdf: pikepdf.Pdf) -> None:
    """Every element marked as continuing one before it becomes part of that one."""
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return
    ids: dict[bytes, bytes] = {}
    merged: dict[tuple[int, int], pikepdf.Object] = {}
    dropped: set[tuple[int, int]] = set()
    for node in list(elements(root)):
        first = node.get(CONTINUES)
        if first is None:
            continue
        del node[CONTINUES]
        if _inside(node, dropped):
            continue  # part of a header row left out
        if node.get("/S") == "/THead":
            ids.update(_header_ids(node, first))
            _detach(node)
            dropped.add(node.objgen)
            continue
        if _has_content(node) and _page(node) != _page(first):
            continue  # marked content on two pages stays in two elements
        moved = kids(node)
        for kid in moved:
            if _is_element(kid):
                kid.P = first
        first.K = pikepdf.Array(kids(first) + moved)
        _detach(node)
        merged[node.objgen] = first
    _redirect_parent_tree(root, merged)
    _rename_headers(root, ids)


def _redirect_parent_tree(root: pikepdf.Object,
                          merged: dict[tuple[int, int], pikepdf.Object]) -> None:
    if not merged:
        return
    nums = root.ParentTree.Nums
    for index in range(1, len(nums), 2):
        value = nums[index]
        if isinstance(value, pikepdf.Array):
            for position, owner in enumerate(list(value)):
                if isinstance(owner, pikepdf.Dictionary) and owner.objgen in merged:
                    value[position] = merged[owner.objgen]
        elif isinstance(value, pikepdf.Dictionary) and value.objgen in merged:
            nums[index] = merged[value.objgen]


def _attributes(node: pikepdf.Object) -> list[pikepdf.Object]:
    value = node.get("/A")
    items = list(value) if isinstance(value, pikepdf.Array) else [value]
    return [item for item in items if isinstance(item, pikepdf.Dictionary)]


def _rename_headers(root: pikepdf.Object, ids: dict[bytes, bytes]) -> None:
    if not ids:
        return
    for node in elements(root):
        for attributes in _attributes(node):
            if "/Headers" in attributes:
                attributes.Headers = pikepdf.Array(
                    [pikepdf.String(ids.get(bytes(item), bytes(item)))
                     for item in attributes.Headers])


def add_id_tree(pdf: pikepdf.Pdf) -> None:
    """An /IDTree (a name tree, one leaf) for the elements of the tree that have an /ID."""
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return
    named = {bytes(node.ID): node for node in elements(root) if "/ID" in node}
    if "/IDTree" in root:
        del root["/IDTree"]
    if not named:
        return
    names = pikepdf.Array()
    for key in sorted(named):
        names.append(pikepdf.String(key))
        names.append(named[key])
    root.IDTree = pdf.make_indirect(pikepdf.Dictionary(Names=names))
