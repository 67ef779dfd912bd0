"""The readers' cheap forms of their text tests give what the slow forms gave."""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from itertools import pairwise

from loaders.readers import decode
from loaders.readers.report import body


def test_control_class_is_unicode_cc_but_tab_newline_form_feed_return() -> None:
    cc = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cc"}
    want = cc - set("\n\r\t\f")
    assert {chr(c) for c in range(sys.maxunicode + 1) if decode._CONTROL.match(chr(c))} == want


def test_decode_counts_controls_and_mends_lost_spaces() -> None:
    assert decode.decode_text(b"the?Kommersant?newspaper, a?b=c", "x.txt") == (
        "the Kommersant newspaper, a?b=c"
    )


def test_hyphenated_pairs_found_from_the_hyphens_are_the_compound_pattern_s() -> None:
    slow = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
    rnd = random.Random(14)
    for _ in range(20000):
        text = "".join(rnd.choice("ab-- 1_é-xY.\n’'²") for _ in range(rnd.randint(0, 30)))
        assert body.hyphenated_pairs(text) == {
            f"{x}-{y}" for m in slow.finditer(text) for x, y in pairwise(m.group(0).split("-"))
        }
