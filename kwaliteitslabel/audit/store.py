"""The one save path for audits: every write of an audit file goes through here."""

from __future__ import annotations

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.answer import Answer, _put_result, _result_tree, preview
from kwaliteitslabel.audit.load import LoadedAudit, parse_audit
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.load import Framework


def create(document: yamlio.Document, framework: Framework) -> LoadedAudit:
    """Write a new audit file from its tree; never overwrites an existing file."""
    path = document.path
    audit = parse_audit(document)
    with yamlio.folder_lock(path):
        if path.exists():
            raise InvalidInput(f"{path}: bestaat al; kies een andere naam")
        data = document.dump()
        yamlio.atomic_write(path, data)
    document.digest = yamlio.digest(data)
    return LoadedAudit(document, audit, framework)


def save_answer(loaded: LoadedAudit, norm_id: str, answer: Answer) -> LoadedAudit:
    """Validate the answer, then write it atomically; re-applies it on a changed file."""
    norm = loaded.framework.norm(norm_id)
    if norm is None:
        raise InvalidInput(f"norm '{norm_id}' bestaat niet in normenkader "
                           f"{loaded.framework.version}; zie 'kwaliteitslabel norms list'")
    norm_id = norm.id
    preview(loaded, norm_id, answer)
    path = loaded.path
    with yamlio.folder_lock(path):
        current = loaded
        if yamlio.digest_of(path) != loaded.document.digest:
            # someone else saved in the meantime: start from their version
            document = yamlio.load(path)
            audit = parse_audit(document)
            if not loaded.framework.pinned_by(audit.framework.fingerprint):
                raise InvalidInput(f"{path}: het bestand is intussen aan een ander "
                                   "normenkader gekoppeld; uw antwoord is niet opgeslagen")
            current = LoadedAudit(document, audit, loaded.framework, loaded.notice)
        tree = current.document.tree
        existing = (tree.get("results") or {}).get(norm_id)
        _put_result(tree, loaded.framework, norm_id, _result_tree(answer, existing))
        audit = yamlio.validate(Audit, current.document)
        data = current.document.dump()
        yamlio.atomic_write(path, data)
    current.document.digest = yamlio.digest(data)
    return LoadedAudit(current.document, audit, loaded.framework, loaded.notice)
