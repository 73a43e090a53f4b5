"""Long words get break opportunities in the report's text, nowhere else."""

from __future__ import annotations

import re

from kwaliteitslabel.report.wordbreak import LONG_WORD, PIECE, break_long_words

ZWSP = "\u200b"


def test_a_long_word_is_cut_into_pieces_and_reads_the_same():
    word = "x" * 20_000
    html = f'<p class="a{"y" * 300}">voor {word} na</p>'
    broken = break_long_words(html)
    assert broken.replace(ZWSP, "") == html
    text = broken[broken.index(">") + 1:]
    assert max(len(run) for run in re.split(rf"[\s{ZWSP}<>]", text)) == PIECE
    assert f'class="a{"y" * 300}"' in broken  # never inside a tag


def test_hashes_urls_and_short_words_stay_as_they_are():
    digest = "0123456789abcdef" * 4
    html = f"<p>sha256:{digest} https://example.org/{'p' * 20} {'w' * LONG_WORD}</p>"
    assert break_long_words(html) == html
