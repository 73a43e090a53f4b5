"""PDF reports: the only package that imports WeasyPrint (in `render` and `fetcher`).

context (a plain view of audit and result) -> templating (jinja2, autoescape) ->
render (WeasyPrint, PDF/A-3b, tagged, audit attached) -> job (one file) -> batch (many).
Importing this package itself loads nothing heavy.
"""
