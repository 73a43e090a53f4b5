"""The plain walk's answers that could not be saved: kept apart beside the audit, and
offered again when the walk starts."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from rich.text import Text

from kwaliteitslabel.audit import recovery
from kwaliteitslabel.audit.progress import first_open
from kwaliteitslabel.errors import Conflict, KwaliteitslabelError
from kwaliteitslabel.walk import session, view
from kwaliteitslabel.walk.conflict_view import conflict_view
from kwaliteitslabel.walk.prompts import Prompts, Stop
from kwaliteitslabel.words import word

if TYPE_CHECKING:
    from kwaliteitslabel.audit.load import LoadedAudit
    from kwaliteitslabel.framework.loaded import Framework
    from kwaliteitslabel.framework.model import Norm


class Recovery(Prompts):
    """Part of `Walkthrough`, which holds the audit, the norms and the position."""

    pending: session.Pending | None
    framework: Framework
    norms: list[Norm]
    position: int

    if TYPE_CHECKING:
        @property
        def loaded(self) -> LoadedAudit: ...

        @loaded.setter
        def loaded(self, value: LoadedAudit) -> None: ...

        def _index(self, norm_id: str) -> int: ...

    def _retry(self) -> bool:
        """After a failed save: True to try again, False to keep the answer apart."""
        self.console.print(word("walk.plain_recovery.retry"), style="yellow")
        while True:
            choice = self._read(word("walk.plain.choice")).lower()
            if choice == "":
                return True
            if choice == "a":
                return False
            if choice == "q":
                self._keep_apart()
                raise Stop
            self._hint(word("walk.plain_recovery.retry_choice"))

    def _keep_apart(self) -> None:
        """Write the pending answer to the recovery file beside the audit."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        try:
            where = recovery.keep(self.loaded.path, recovery.Kept(
                pending.norm_id, pending.answer, pending.seen))
        except KwaliteitslabelError as error:
            self._refuse(error.message)
            self.console.print(word("walk.plain_recovery.write_down"), style="yellow")
            self.console.print(view.answer_text(pending.norm_id, pending.answer),
                               markup=False)
            return
        self.console.print(word("walk.plain_recovery.kept", id=pending.norm_id, where=where),
                           style="yellow")
        self.console.print(f"  kwaliteitslabel audit set {shlex.quote(str(self.loaded.path))}"
                           " --recover", soft_wrap=True, markup=False)

    def _offer_recovery(self) -> None:
        """Answers kept apart after a failed save: offer to save them now."""
        path = recovery.find(self.loaded.path)
        if path is None:
            return
        try:
            kept = recovery.read(path)
        except KwaliteitslabelError as refused:  # not this user's file: say so, never apply
            self._refuse(refused.message)
            return
        self.console.print()
        self.console.print(Text(word("walk.plain_recovery.waiting", path=path, count=len(kept),
                                     norms=", ".join(item.norm for item in kept)),
                                style="yellow"))
        self.console.print(word("walk.plain_recovery.offer"), style="dim")
        if self._read(word("walk.plain.choice")).lower() == "n":
            return
        applied = recovery.apply(self.loaded, path)
        self.loaded = applied.loaded
        for norm_id in applied.saved:
            self.console.print("[green]✓[/green] " + word("walk.plain_recovery.saved", id=norm_id))
        for norm_id, error in applied.refused:
            self._refuse(f"{norm_id}: {error.message}")
            if isinstance(error, Conflict):
                self.console.print(conflict_view(error))
        if applied.left is not None:
            self.console.print(word("walk.plain_recovery.left", left=applied.left),
                               style="yellow")
        first = first_open(self.framework, self.loaded.audit)
        self.position = self._index(first) if first else len(self.norms)
