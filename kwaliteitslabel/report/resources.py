"""When memory or disk runs out while a report is made: a message saying what to do.

- Under an address-space limit (`ulimit -v`) too small for the layout engine, GLib
  aborts the process without a word (exit 133). Under such a limit a report is
  therefore rendered in a process of its own, whose end is then put into words.
- A `MemoryError` or a full disk or temporary folder (`ENOSPC`, `EDQUOT`) during the
  rendering becomes a message instead of a traceback.
- A batch worker that the system killed (SIGKILL, usually the out-of-memory killer) or
  that GLib aborted is named as such.
"""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import signal
import tempfile
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar

from kwaliteitslabel.errors import InvalidInput

T = TypeVar("T")

WHAT_TO_DO_MEMORY = ("sluit andere programma's, maak rapporten één voor één, of verhoog "
                     "de geheugenlimiet (ulimit -v)")


def memory_limited() -> bool:
    """Whether this process runs under an address-space limit (`ulimit -v`); only POSIX
    systems have such limits (and the `fork` that `guarded` then uses)."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return soft != resource.RLIM_INFINITY


def _child(sender: Connection, source: Path, work: Callable[[], T]) -> None:
    try:
        with resource_errors(source):
            sender.send(("ok", work()))
    except InvalidInput as error:
        sender.send(("invalid", error.message))
    except Exception:  # a bug: its traceback goes back to the parent
        sender.send(("bug", traceback.format_exc()))
    finally:
        sender.close()


def guarded(source: Path, work: Callable[[], T]) -> T:
    """`work()`, in a process of its own when memory is limited, so that an abort for
    lack of memory becomes a message; otherwise here, with `resource_errors`."""
    if not memory_limited():
        with resource_errors(source):
            return work()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, source, work))
    process.start()
    sender.close()
    try:
        kind, value = receiver.recv()
    except EOFError:  # the process died before it could send anything
        process.join()
        raise InvalidInput(f"{source}: het rapport kon niet gemaakt worden: "
                           f"{died(process.exitcode)}.") from None
    finally:
        receiver.close()
    process.join()
    if kind == "invalid":
        raise InvalidInput(value)
    if kind == "bug":
        raise RuntimeError(value)
    result: T = value
    return result


@contextlib.contextmanager
def resource_errors(source: Path) -> Iterator[None]:
    """Out of memory or disk while rendering `source`: a message, never a traceback."""
    try:
        yield
    except MemoryError:
        raise InvalidInput(f"{source}: te weinig geheugen om het rapport te maken; "
                           f"{WHAT_TO_DO_MEMORY}.") from None
    except OSError as error:
        if error.errno not in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise
        raise InvalidInput(
            f"{source}: het rapport kon niet gemaakt worden, de schijf of de tijdelijke map "
            f"({tempfile.gettempdir()}) is vol. Maak ruimte vrij, of zet TMPDIR op een map "
            "met ruimte, en probeer het opnieuw.") from None


def died(exitcode: int | None) -> str:
    """Why a worker process ended without a report, in words."""
    if exitcode is not None and exitcode < 0:
        number = -exitcode
        if number == getattr(signal, "SIGKILL", None):
            return ("het systeem stopte het proces (SIGKILL), meestal omdat het geheugen op "
                    f"was; {WHAT_TO_DO_MEMORY}")
        if number in (getattr(signal, "SIGTRAP", None), signal.SIGABRT):
            return ("de opmaakbibliotheek (GLib) brak het proces af, meestal omdat het "
                    f"geheugen op was; {WHAT_TO_DO_MEMORY}")
        name = signal.Signals(number).name if number in signal.valid_signals() else number
        limited = (f"; onder een geheugenlimiet is dat meestal geheugentekort: "
                   f"{WHAT_TO_DO_MEMORY}" if memory_limited() else "")
        return f"het proces stopte door signaal {name}{limited}"
    if exitcode == 128 + getattr(signal, "SIGTRAP", 5):
        return ("de opmaakbibliotheek (GLib) brak het proces af, meestal omdat het geheugen "
                f"op was; {WHAT_TO_DO_MEMORY}")
    return f"het proces stopte onverwacht (afsluitcode {exitcode})"

