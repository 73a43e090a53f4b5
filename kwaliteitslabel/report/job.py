"""One report: load the audit, score it, build the view, render and save the PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.errors import InvalidInput, KwaliteitslabelError
from kwaliteitslabel.report import coverage
from kwaliteitslabel.report.context import build_context
from kwaliteitslabel.report.paths import Target, check_writable
from kwaliteitslabel.report.render import render_pdf
from kwaliteitslabel.report.resources import guarded
from kwaliteitslabel.report.templating import render_html


@dataclass
class Done:
    """What became of one audit file; `error` is set when it failed."""

    source: Path
    output: Path
    outcome: str | None = None  # the audit's status: concept, gecertificeerd, ...
    label: str | None = None
    pages: int = 0
    notice: str | None = None
    error: str | None = None
    bug: bool = False  # the error is not the input's fault: it carries a traceback
    own_seconds: float = 0.0
    layout_seconds: float = 0.0
    write_seconds: float = 0.0
    finish_seconds: float = 0.0
    messages: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # why a concept is one

    @property
    def ok(self) -> bool:
        return self.error is None


def make_report(target: Target, *, lang: str = "nl", norms: Path | None = None,
                key: Path | None = None) -> Done:
    """Render one audit into `target.output`; our own errors are raised as they are.
    With `key`, the PDF carries the commission's signature (PAdES)."""
    start = time.perf_counter()
    loaded = load_audit(target.source, norms)
    data = yamlio.read_bytes(target.source)
    digest = hashlib.sha256(data).hexdigest()
    if digest != loaded.document.digest:
        raise InvalidInput(f"{target.source}: het bestand veranderde tijdens het lezen; "
                           "probeer het opnieuw")
    result = evaluate(loaded.framework, loaded.audit)
    context = build_context(loaded, result, lang=lang, audit_digest=digest)
    html = render_html(context)
    own = time.perf_counter() - start
    modified = dt.datetime.fromtimestamp(target.source.stat().st_mtime, dt.UTC)
    rendered = guarded(target.source, lambda: render_pdf(
        html, lang=lang, draft=context.draft, attachment=data,
        attachment_name=target.source.name, modified=modified))
    unshown = coverage.warning(coverage.uncovered(html))
    if rendered.refused:  # the templates never ask for anything else: this is a bug
        raise RuntimeError(f"the report asked for URLs that are not assets: "
                           f"{rendered.refused[:5]}")
    start = time.perf_counter()
    check_writable(target.output)
    pdf = rendered.pdf
    if key is not None:
        from kwaliteitslabel.report.pades import sign_with

        pdf = sign_with(pdf, loaded.framework, key, reason="Rapport")
    atomic.write(target.output, pdf, doing="het rapport opslaan")
    own += time.perf_counter() - start
    missing = [check.text() for check in result.missing]
    if result.open_norms:
        missing.insert(0, f"{len(result.open_norms)} normen nog open")
    notice = " ".join(part for part in (loaded.notice, unshown) if part) or None
    return Done(target.source, target.output, result.status, result.label, rendered.pages,
                notice, missing=missing if result.draft else [], own_seconds=own,
                layout_seconds=rendered.layout_seconds,
                write_seconds=rendered.write_seconds, finish_seconds=rendered.finish_seconds,
                messages=rendered.messages)


def make_report_safely(target: Target, lang: str = "nl", norms: Path | None = None) -> Done:
    """Like `make_report`, but every failure comes back as a `Done` with an error."""
    try:
        return make_report(target, lang=lang, norms=norms)
    except KwaliteitslabelError as error:
        lines = [str(problem) for problem in error.problems] or [error.message]
        return Done(target.source, target.output, error="\n".join(lines))
    except Exception:  # a bug: keep the traceback, and go on with the other audits
        return Done(target.source, target.output, error=traceback.format_exc(), bug=True)
