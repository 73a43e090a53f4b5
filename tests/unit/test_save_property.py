"""Property: for any valid audit and any answer, a save that says "bewaard" is what a later
load finds, through both loaders; a refused answer leaves the file as it was."""

from __future__ import annotations

import tempfile
from pathlib import Path

from helpers import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kwaliteitslabel.audit.answer import Answer, preview
from kwaliteitslabel.audit.create import new_audit
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.framework.locate import load_cached, shipped_root
from kwaliteitslabel.text import refusal

FRAMEWORK = load_cached(shipped_root() / "2017")
NORM_IDS = [norm.id for norm in FRAMEWORK.norms]
NON_CORE = [norm.id for norm in FRAMEWORK.norms if not norm.core]
any_text = st.text(max_size=240)
clean_text = st.text(min_size=1, max_size=240).filter(lambda t: refusal(t) is None and t.strip())
texts = st.one_of(*[clean_text] * 9, any_text)  # mostly valid, some not
one_line = st.text(min_size=1, max_size=40).filter(
    lambda t: refusal(t) is None and "\n" not in t and "\r" not in t and t.strip())


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, Answer]:
    score = draw(st.sampled_from(["voldoet", "voldoet_deels", "voldoet_niet", "nvt"]))
    norm_id = draw(st.sampled_from(NON_CORE if score == "nvt" else NORM_IDS))
    needs_point = score in ("voldoet_deels", "voldoet_niet")
    answer = Answer(
        score=score,
        findings=draw(st.none() | texts),
        evidence=[{"kind": draw(st.sampled_from(["document", "interview", "observation"])),
                   "note": draw(texts)} for _ in range(draw(st.integers(0, 2)))],
        strengths=draw(st.lists(texts, max_size=2)),
        improvements=[{"text": text} for text in
                      draw(st.lists(texts, min_size=1 if needs_point else 0, max_size=2))],
        nvt_reason=draw(texts) if score == "nvt" else None,
        replace_lists=draw(st.booleans()))
    return norm_id, answer


def _content(result: object) -> dict[str, object]:
    assert result is not None
    return result.model_dump(exclude={"assessed_at"})  # type: ignore[attr-defined]


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(organisation=one_line, fte=st.none() | st.floats(0, 5000),
       steps=st.lists(answers(), min_size=1, max_size=4))
def test_every_save_is_what_a_later_load_finds(organisation, fte, steps):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.yaml"
        loaded = new_audit(path, organisation=organisation, route="certificerend",
                           framework=FRAMEWORK, auditors=["Anne Jansen"], fte=fte)
        for norm_id, answer in steps:
            before = path.read_bytes()
            try:
                intended = preview(loaded, norm_id, answer)
                loaded = save_answer(loaded, norm_id, answer)
            except KwaliteitslabelError:
                assert path.read_bytes() == before  # refused: nothing written
                continue
            for editable in (True, False):
                again = load_audit(path, editable=editable)
                assert _content(again.audit.results[norm_id]) == _content(intended)
                assert again.audit == loaded.audit


words = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl",
                                                                       "Zp")), min_size=1,
                         max_size=14), min_size=8, max_size=60)


@settings(max_examples=examples(80), deadline=None)
@given(lines=st.lists(words.map(" ".join), min_size=1, max_size=3))
def test_long_and_multi_line_texts_are_written_folded_and_read_back_whole(lines):
    import io

    from ruamel.yaml import YAML

    from kwaliteitslabel.yamlio import _yaml, scalar

    text = "\n".join(lines)
    if refusal(text) is not None:
        return
    buffer = io.StringIO()
    _yaml().dump({"results": {"V1": {"findings": scalar(text)}}}, buffer)
    written = buffer.getvalue()
    for loader in (YAML(typ="safe"), YAML()):
        assert loader.load(written)["results"]["V1"]["findings"] == text, written


def test_no_refused_character_is_printable():
    """`text.first_forbidden` trusts `str.isprintable` for its fast path: check every code
    point once, so that the fast path can never let a refused character through."""
    from kwaliteitslabel.text import _FORBIDDEN

    printable = "".join(chr(point) for point in range(0x110000) if chr(point).isprintable())
    assert _FORBIDDEN.search(printable) is None


@settings(max_examples=examples(300), deadline=None)
@given(text=st.text(min_size=1, max_size=160), key_text=one_line)
def test_any_text_an_audit_may_hold_is_written_so_that_both_loaders_read_it_alike(
        text, key_text):
    """The save path checks new bytes with the fast loader only (`audit/store.py`); the
    round-trip loader, which reads them at the next edit, must read the same."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from kwaliteitslabel import yamlio
    from kwaliteitslabel.audit.answer import clean_text, plain

    cleaned = clean_text(text)
    if refusal(str(cleaned)) is not None or not str(cleaned):
        return
    tree = CommentedMap(organisation=clean_text(key_text), results=CommentedMap(
        V1=CommentedMap(score="voldoet", findings=cleaned,
                        strengths=CommentedSeq([cleaned, clean_text(key_text)]))))
    path = Path("audit.yaml")
    data = yamlio.Document(path=path, tree=tree, digest="").dump()
    fast = yamlio.parse(path, data, round_trip=False, plain_data=True).tree
    round_trip = yamlio.parse(path, data, round_trip=True, plain_data=True).tree
    assert plain(fast) == plain(round_trip) == plain(tree), data
