"""`register DIR --html OUT/` in a real browser: Debian's chromium driven by Playwright.

Search by name and place, the filters by route and status, the page without script,
the label images with their alternative text, and an accessibility scan (axe-core,
installed by `scripts/setup --test` into .tools/) of the Dutch and the English page.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import AUDITS, ROOT
from tests.cycle.generated import generate_audits

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / ".tools" / "axe-core" / "node_modules" / "axe-core" / "axe.min.js"
TODAY = "2026-12-06"

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (bash scripts/setup --test)")
if not CHROMIUM.exists():
    pytest.skip("no chromium: 'apt-get install chromium' (scripts/setup --test does it on "
                "Debian); this machine cannot run the browser test", allow_module_level=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> dict[str, Path]:
    """The register of the examples and 40 generated audits, as a page of active labels
    and as a page with all labels; plus the register as JSON to compare with."""
    from typer.testing import CliRunner

    from kwaliteitslabel.cli.app import app

    base = tmp_path_factory.mktemp("site")
    folder = base / "audits"
    shutil.copytree(AUDITS, folder)
    generate_audits(folder / "gegenereerd", 40, seed=5)
    runner = CliRunner()
    pages = {"active": base / "actief", "all": base / "alle"}
    for name, extra in (("active", []), ("all", ["--all"])):
        result = runner.invoke(app, ["register", str(folder), "--date", TODAY, "--html",
                                     str(pages[name]), *extra])
        assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["register", str(folder), "--date", TODAY, "--json"])
    (base / "register.json").write_text(listed.stdout, encoding="utf-8")
    return {**pages, "json": base / "register.json"}


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def visible_rows(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        "#register tbody tr:not([hidden])",
        "rows => rows.map(r => ({name: r.cells[0].innerText, place: r.cells[1].innerText,"
        " route: r.cells[2].innerText, status: r.cells[6].innerText}))")


def active_organisations(site) -> set[str]:
    audits = json.loads(site["json"].read_text(encoding="utf-8"))["audits"]
    return {row["organisation"] for row in audits if row["status"] == "actief"}


def test_the_page_lists_every_active_label_and_searches_by_name_and_place(site, page):
    page.goto((site["active"] / "index.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "nl"
    rows = visible_rows(page)
    assert {row["name"] for row in rows} == active_organisations(site)
    assert {row["status"] for row in rows} == {"actief"}
    assert "Stichting Welzijn Rivierstad" in {row["name"] for row in rows}
    place = next(row["place"] for row in rows if row["place"] not in ("–", ""))
    page.fill("#q", place.upper())
    found = visible_rows(page)
    assert found and all(place in row["place"] or place in row["name"] for row in found)
    assert len(found) < len(rows)
    assert page.inner_text("#count") == f"{len(found)} van {len(rows)} organisaties"
    page.fill("#q", "rivierstad welzijn")  # words in any order, any case
    assert [row["name"] for row in visible_rows(page)] == ["Stichting Welzijn Rivierstad"]
    page.fill("#q", "bestaat nergens")
    assert visible_rows(page) == []
    assert page.is_visible("#nothing")


def test_search_ignores_accents(site, page):
    page.goto((site["all"] / "index.html").as_uri())
    accented = [row for row in visible_rows(page) if row["place"] in ("Ëdewold", "Brêgeham")]
    if not accented:
        pytest.fail("the generated audits should include a place with an accent")
    plain = accented[0]["place"].replace("Ë", "E").replace("ê", "e")
    page.fill("#q", plain.lower())
    assert accented[0]["name"] in {row["name"] for row in visible_rows(page)}


def test_the_filters_by_route_and_status(site, page):
    page.goto((site["all"] / "index.html").as_uri())
    every = visible_rows(page)
    assert {"actief", "verlopen"} <= {row["status"] for row in every}
    page.select_option("#route", "certificerende audit")
    certified = visible_rows(page)
    assert certified and {row["route"] for row in certified} == {"certificerende audit"}
    page.select_option("#route", "")
    page.select_option("#status", "verlopen")
    lapsed = visible_rows(page)
    assert lapsed and {row["status"] for row in lapsed} == {"verlopen"}
    page.select_option("#route", "certificerende audit")
    both = visible_rows(page)
    assert all(row["route"] == "certificerende audit" and row["status"] == "verlopen"
               for row in both)
    assert len(both) <= len(lapsed)


def test_without_script_the_whole_register_can_be_read(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site["active"] / "index.html").as_uri())
    assert not page.is_visible("#filters")  # the form only appears with the script
    assert {row["name"] for row in visible_rows(page)} == active_organisations(site)
    context.close()


def test_the_label_is_shown_with_its_alternative_text(site, page):
    page.goto((site["active"] / "index.html").as_uri())
    row = page.locator("#register tbody tr", has_text="Stichting Welzijn Rivierstad")
    image = row.locator("img")
    assert image.get_attribute("alt") == ("Het Kwaliteitslabel Sociaal Werk met de stempel "
                                          "‘gecertificeerd’, geldig tot 27-11-2028.")
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    # the intercollegial example is a learning report: listed on the full page, no label
    page.goto((site["all"] / "index.html").as_uri())
    peer = page.locator("#register tbody tr", has_text="Stichting Sociaal Werk Veenmonde")
    assert peer.locator("img").count() == 0


@pytest.mark.parametrize(("name", "lang"), [("index.html", "nl"), ("en.html", "en")])
def test_an_accessibility_scan_finds_nothing(site, page, name, lang):
    if not AXE.exists():
        pytest.skip("axe-core missing: 'bash scripts/setup --test' installs it with npm")
    page.goto((site["all"] / name).as_uri())
    assert page.locator("html").get_attribute("lang") == lang
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
        return {violations: r.violations.map(v => v.id + ': ' + v.help), passes: r.passes.length};
    }""")
    assert result["violations"] == []
    assert result["passes"] > 10


def test_the_english_page(site, page):
    page.goto((site["active"] / "en.html").as_uri())
    assert "Kwaliteitsregister" in page.inner_text("h1")
    assert page.inner_text("#register thead") .split("\t")[0].strip() == "Organisation"
    assert {row["status"] for row in visible_rows(page)} == {"active"}
    page.click("text=Nederlands")
    assert page.url.endswith("index.html")
