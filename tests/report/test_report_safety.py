"""The asset fetcher and the HTML: audit text stays text, and nothing else is loaded."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from kwaliteitslabel.report import charts
from kwaliteitslabel.report.fetcher import AssetFetcher, RefusedURL
from kwaliteitslabel.report.page import css_string
from kwaliteitslabel.report.render import render_pdf

REFUSED = [
    "file:///etc/passwd",
    "http://127.0.0.1:9/x.png",
    "https://example.org/font.otf",
    "data:text/plain,hallo",
    "fonts/Inter-Regular.otf",
    "kl-asset:../fetcher.py",
    "kl-asset:fonts/../fetcher.py",
    "kl-asset:/etc/passwd",
    "kl-asset:fonts/Onbekend.otf",
    "KL-ASSET:fonts/Inter-Regular.otf",
]


@pytest.mark.parametrize("url", REFUSED)
def test_the_fetcher_refuses_everything_but_our_assets(url):
    fetcher = AssetFetcher()
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_fetcher_serves_our_fonts_and_stylesheet():
    fetcher = AssetFetcher()
    font = fetcher.fetch("kl-asset:fonts/Inter-Regular.otf")
    assert font.read(4) == b"OTTO"
    css = fetcher.fetch("kl-asset:report.css")
    assert css.content_type == "text/css"
    assert fetcher.served == ["kl-asset:fonts/Inter-Regular.otf", "kl-asset:report.css"]


def test_even_markup_that_got_through_would_load_nothing(tmp_path):
    """Defence in depth: raw HTML that asks for files and URLs gets nothing."""
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-42")
    html = (f'<html lang="nl"><head><title>t</title>'
            f'<link rel="stylesheet" href="{secret.as_uri()}">'
            f'<link rel="attachment" href="{secret.as_uri()}">'
            f'<style>@import url("{secret.as_uri()}"); '
            f'body {{ background: url("http://127.0.0.1:9/b.png") }}</style></head>'
            f'<body><p>tekst</p><img src="{secret.as_uri()}" alt="x">'
            f'<img src="http://127.0.0.1:9/x.png" alt="y"><object data="{secret.as_uri()}">'
            f'</object></body></html>')
    rendered = render_pdf(html, lang="nl", draft=False, attachment=b"audit: ja\n",
                          attachment_name="audit.yaml")
    assert secret.as_uri() in rendered.refused
    assert "http://127.0.0.1:9/x.png" in rendered.refused
    assert all(url.startswith("kl-asset:") for url in rendered.served)
    reader = PdfReader(io.BytesIO(rendered.pdf))
    assert list(reader.attachments) == ["audit.yaml"]
    assert b"GEHEIM-42" not in rendered.pdf


def test_chart_text_is_escaped():
    svg = charts.scores_chart([charts.ScoreRow('<script>"&', 50.0)], "<titel>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "<title>&lt;titel&gt;</title>" in svg


def test_css_strings_escape_everything_unusual():
    assert css_string("pagina ") == '"pagina "'
    assert css_string('a"} body{x') == '"a\\22 \\7d  body\\7b x"'


def test_the_html_has_no_links_out_and_escapes_audit_text(cli, new_audit):
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.scoring import evaluate
    from kwaliteitslabel.report.context import build_context
    from kwaliteitslabel.report.templating import render_html

    path = new_audit("intercollegiaal")
    hostile = '<img src="file:///etc/passwd"> <a href="http://x">x</a>'
    assert cli("audit", "set", path, "V1", "--score", "voldoet", "--finding", hostile,
               "--evidence", "document: <script>alert(1)</script>").exit_code == 0
    loaded = load_audit(path)
    html = render_html(build_context(loaded, evaluate(loaded.framework, loaded.audit)))
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert "&lt;script&gt;" in html and "<script" not in html
    tags = re.findall(r"<[A-Za-z][^>]*>", html)  # real tags: text cannot hold a raw '<'
    assert not [tag for tag in tags if re.match(r"<(img|link|object|iframe|embed|base)\b", tag)]
    assert not [tag for tag in tags if re.search(r"\s(src|data|action)=", tag)]
    anchors = {f"#{name}" for tag in tags for name in re.findall(r'\sid="([^"]*)"', tag)}
    links = {link for tag in tags for link in re.findall(r'\shref="([^"]*)"', tag)}
    assert links and links <= anchors

    rendered = render_pdf(html, lang="nl", draft=True, attachment=path.read_bytes(),
                          attachment_name=path.name)
    assert rendered.messages == []  # WeasyPrint understood all of our HTML and CSS
    assert rendered.refused == []
    assert sorted(set(rendered.served)) == [
        "kl-asset:fonts/Inter-Bold.otf", "kl-asset:fonts/Inter-Italic.otf",
        "kl-asset:fonts/Inter-Regular.otf", "kl-asset:fonts/Inter-SemiBold.otf",
        "kl-asset:report.css"]
