"""Quotations read from their context: quotes left open, quote paragraphs, quoted words.

- A quotation opened and not closed in its sentence (curly or straight marks) runs on to
  its closing mark, with the speaker introducing it ("X said: “…"), the passage's last
  quoted speaker, or a "X said:" sentence before (:func:`open_quote`,
  :func:`continued_quote`).
- A paragraph opening with a quotation right after a paragraph that ended quoting X is X's
  (:func:`quote_paragraph`).
- A reported sentence quoting 4+ of the speaker's own words is DIRECT_QUOTE
  (:func:`quoting`); a closing attribution ending a paragraph ("…, Nikkei said.") covers
  the figures stated just before it there (:func:`credit_back`).

Called by :mod:`loaders.claims.extract` with its per-document state; nothing here is about
one document.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.claims.attribution import MIN_QUOTE_WORDS, cue_after_quote, cue_before_quote
from loaders.claims.patterns import QUOTE, QUOTE_OPEN, SINGLE_CLOSE
from loaders.claims.speakers import Resolved

if TYPE_CHECKING:
    from loaders.claims.extract import _Doc

# A figure the statistics stage may not have read: "$176.2b", "9.8%", "8.9 million tonnes".
# Its alternatives with a digit, and its shares in words: `has_figure` tries each only where
# its text is (most sentences hold no digit and no share word; `re` tried the four
# alternatives at every position).
_FIGURE_NUMBER = (
    r"[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per\s+cent\b|(?:b|bn|billion|million|"
    r"trillion|tonnes|tons|barrels|bcm)\b)"
)
_FIGURE_SHARE = r"\b(?:a|one|two)\s+(?:quarter|third|half|fifth)s?\b|\bhalf\s+of\b"
FIGURE = re.compile(f"{_FIGURE_NUMBER}|{_FIGURE_SHARE}")
_FIGURE_NUMBER_RE = re.compile(_FIGURE_NUMBER)
_FIGURE_SHARE_RE = re.compile(_FIGURE_SHARE)
_SHARE_WORDS = ("half", "third", "quarter", "fifth")
_DIGIT = re.compile(r"\d")


def has_figure(text: str) -> bool:
    """`FIGURE.search(text) is not None`: the alternatives with a digit (`\\d`) where the text
    has one, the shares where it holds a share's word (a match of either part is one of the
    alternation's, and the alternation matches where one of its alternatives does)."""
    if _DIGIT.search(text) is not None and _FIGURE_NUMBER_RE.search(text) is not None:
        return True
    return any(w in text for w in _SHARE_WORDS) and _FIGURE_SHARE_RE.search(text) is not None


_WORD = re.compile(r"\w+")


def quoting(body: str) -> str:
    """DIRECT_QUOTE when the reported sentence quotes the speaker's own words (a run of at
    least MIN_QUOTE_WORDS of them; a two-word "paradigm shift" is a phrase) that make up a
    good share of it, else REPORTED_SPEECH."""
    quoted = [len(_WORD.findall(m.group(0)[1:-1])) for m in QUOTE.finditer(body)]
    if not any(n >= MIN_QUOTE_WORDS for n in quoted):
        return "REPORTED_SPEECH"
    # A few quoted words inside a long reported sentence ("said it's a good place to start,
    # “when the West and Kyiv are ready”, knowing full well that …") stay reported speech.
    total = len(_WORD.findall(body))
    return "DIRECT_QUOTE" if sum(quoted) >= _QUOTED_SHARE * total else "REPORTED_SPEECH"


# The share of a reported sentence's words that must be quoted for it to be a quotation.
_QUOTED_SHARE = 0.3


def credit_back(state: _Doc, pidx: int | None, start: int, who: Resolved) -> None:
    """ "A rose to $1 billion. B fell 5%. C, Nikkei said.": a closing attribution ending its
    paragraph covers the figures stated just before it in that paragraph."""
    if pidx is None:
        return
    pstart = state.ex.doc.passages[pidx].start
    for claim in reversed(state.claims[:-1]):
        if claim.start < pstart or claim.end > start:
            break
        if claim.attribution != "AUTHOR" or not (claim.statistics or has_figure(claim.text)):
            break
        claim.attribution = "REPORTED_SPEECH"
        claim.speaker = who.speaker
        claim.speaker_group = None


def quote_paragraph(state: _Doc, pidx: int | None, body: str) -> bool:
    """A paragraph opening with a quotation right after a paragraph that ended quoting."""
    last = state.last_quote
    return last is not None and pidx is not None and last[0] == pidx - 1 and opens_quote(body)


def opens_quote(text: str) -> bool:
    """Whether `text` opens with a quotation mark: a double or curly single one, or a
    straight single one that opens a quotation (not an apostrophe: "'90s")."""
    return text[:1] in QUOTE_OPEN or (text[:1] == "'" and QUOTE.match(text) is not None)


def said_paragraph(state: _Doc, pidx: int | None, body: str) -> bool:
    """A paragraph opening with a quotation without a cue, right after a paragraph whose
    last statement has a named speaker ("Novak said that …" / "“…,” the ministry said"):
    news style goes on quoting the same source."""
    last = state.last_said
    if last is None or pidx is None or last[0] != pidx - 1 or not opens_quote(body):
        return False
    passage = state.ex.doc.passages[pidx]
    return opens_quote(state.text[passage.start : passage.end].lstrip())


def said_before(state: _Doc, pidx: int | None, body: str) -> bool:
    """A sentence opening with a quotation without a cue, right after a person's statement in
    the same paragraph ("X noted that …. “First of all, …”"): the person goes on in their
    own words."""
    last = state.last_said
    if last is None or pidx is None or last[0] != pidx or not opens_quote(body):
        return False
    who = last[1].speaker
    return who is not None and not last[1].author and state.resolver.is_person(who)


def _opened_at(body: str) -> tuple[int, str] | None:
    """Where a quotation opens without closing in the sentence, and its closing mark (the
    marks of closed quotations, mixed pairs included, do not count)."""
    if "“" not in body and '"' not in body and "‘" not in body:
        # (most sentences: the substitution below only blanks text, so no opening mark
        # appears, and every test after it looks for one)
        return None
    body = QUOTE.sub(lambda m: " " * len(m.group(0)), body)
    opened = body.rfind("“")
    if opened >= 0 and "”" not in body[opened:]:
        return opened, "”"
    if body.count('"') % 2 == 1:
        return body.rfind('"'), '"'
    single = body.rfind("‘")
    opens = single >= 0 and (single == 0 or not body[single - 1].isalnum())
    if opens and SINGLE_CLOSE.search(body, single) is None:  # ‘… left open: runs on
        return single, "’"
    return None


def _close_at(text: str, mark: str, start: int = 0) -> int:
    """Where the closing `mark` is in `text` (from `start`), -1 when absent; a ’ closes only
    where it ends a word (not "don’t")."""
    if mark == "’":
        m = SINGLE_CLOSE.search(text, start)
        return m.start() if m else -1
    return text.find(mark, start)


def open_quote(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> bool:
    """A quotation opened and not closed in its sentence runs on (news style: to the end of
    the paragraph, without a closing mark): its speaker is the passage's last quoted one, the
    "X said:" sentence before, or the one introducing it in this sentence ("X said: “…")."""
    found = _opened_at(body)
    if found is None:
        return False
    opened, close = found
    words = body[opened + 1 :].strip()
    if len(words.split()) < MIN_QUOTE_WORDS:
        return False
    intro = cue_before_quote(start, body[:opened]) if body[:opened].strip() else None
    reopened = None if intro is not None or opened else _reopened_next(state, pidx, start, close)
    if intro is not None:
        who = state.resolve(intro)
    elif state.last_quote and state.last_quote[0] == pidx:
        who = state.last_quote[1]
    elif reopened is not None:
        who = reopened
    elif state.intro is not None:
        who = state.resolve(state.intro)
    elif opened == 0 and (said_paragraph(state, pidx, body) or said_before(state, pidx, body)):
        # "Forbes reports citing X, an economist." then a paragraph opening "“…" left open
        assert state.last_said is not None
        who = state.last_said[1]
    else:
        return False
    if intro is not None and opened > 0 and body[:opened].rstrip()[-1:] not in ":,":
        return False  # an embedded quotation left open: not this speaker's words
    state.add(start + opened + 1, end, "DIRECT_QUOTE", who, section)
    state.open_quote = (pidx, who, close)
    state.last_quote = (pidx or 0, who, "DIRECT_QUOTE")
    return True


def _reopened_next(state: _Doc, pidx: int | None, start: int, mark: str) -> Resolved | None:
    """ "“A. ¶ “B,” said X.": a paragraph opening a quotation and leaving it open, the next
    paragraph opening again (the news style for one quotation over several paragraphs) and
    closing it with an attribution: X speaks from the first paragraph on, whoever spoke
    before it."""
    passages = state.ex.doc.passages
    if pidx is None or pidx + 1 >= len(passages) or mark not in ("”", '"'):
        return None
    here, after = passages[pidx], passages[pidx + 1]
    if state.text[here.start : start].strip():
        return None
    left_open = _opened_at(state.text[here.start : here.end])
    if left_open is None or left_open[1] != mark:
        return None
    text = state.text[after.start : after.end]
    lead = len(text) - len(text.lstrip())
    if text[lead : lead + 1] != ("“" if mark == "”" else '"'):
        return None
    close = _close_at(text, mark, lead + 1)
    if close < 0 or (mark == "”" and "“" in text[lead + 1 : close]):
        return None
    cue = cue_after_quote(after.start, text, close + 1)
    who = state.resolve(cue) if cue is not None else None
    return who if who is not None and who.speaker and not who.author else None


def _closes(text: str, mark: str) -> bool:
    """Whether a passage closes a quotation opened before it (its marks do not pair up)."""
    if mark == "”":
        return "”" in text and text.count("”") > text.count("“")
    if mark == "’":
        return len(SINGLE_CLOSE.findall(text)) > text.count("‘")
    # a straight mark closes where it ends words ("… stability." he said), not where it
    # opens them (a paragraph left open at its end, then 'He added that X expects "close …')
    first = text.find('"')
    return text.count('"') % 2 == 1 and _STRAIGHT_CLOSE.match(text, first) is not None


_STRAIGHT_CLOSE = re.compile(r'(?<=\S)"(?=[\s.,;:!?)\]—–-]|$)')


# A word or two quoted inside a quotation still open ("it opposes “unilateral” sanctions"):
# a scare quote, neither its close nor a new quotation.
_SCARE = re.compile(r"“[^“”]{1,60}”|‘[^‘’]{1,60}’(?!\w)")


def _scare(quoted: str) -> bool:
    return len(_WORD.findall(quoted)) < MIN_QUOTE_WORDS


def _closes_from_start(state: _Doc, pidx: int, start: int, mark: str) -> bool:
    """Whether the sentence at `start` opens passage `pidx`, and the passage, opening without
    a quotation mark, closes a quotation (`mark`) the passage before left open."""
    passage = state.ex.doc.passages[pidx]
    if state.text[passage.start : start].strip():
        return False
    text = state.text[passage.start : passage.end]
    return text.lstrip()[:1] not in QUOTE_OPEN and _closes(text, mark)


def quote_runs_on(state: _Doc, pidx: int, start: int) -> bool:
    """Whether the sentence at `start` opens passage `pidx` inside a quotation the passage
    before opened and left open: this passage opens without a mark and closes it."""
    if pidx < 1:
        return False
    before = state.ex.doc.passages[pidx - 1]
    opened = _opened_at(state.text[before.start : before.end])
    return opened is not None and _closes_from_start(state, pidx, start, opened[1])


def closes_quote(body: str) -> bool:
    """Whether a sentence inside an open quotation closes it (ends on a closing mark)."""
    return body.rstrip().endswith(('"', "”")) and not body.lstrip().startswith(('"', "“"))


def continued_quote(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> bool:
    """A sentence inside a quotation still open in its passage (up to its closing mark), or
    in the next passage when that one opens without a mark and closes the quotation
    ("X: “We met. ¶ We are waiting for the text.”": one quotation over two paragraphs)."""
    if state.open_quote is not None and pidx is not None and state.open_quote[0] == pidx - 1:
        mark = state.open_quote[2]
        if _closes_from_start(state, pidx, start, mark):
            state.open_quote = (pidx, state.open_quote[1], mark)
    if state.open_quote is None or state.open_quote[0] != pidx:
        state.open_quote = None
        return False
    who, mark = state.open_quote[1], state.open_quote[2]
    body = _SCARE.sub(lambda m: " " * len(m.group(0)) if _scare(m.group(0)) else m.group(0), body)
    close = _close_at(body, mark)
    if mark == "’" and "‘" in body[: max(close, 0)]:
        state.open_quote = None
        return False
    if mark == "”" and ("“" in body[: max(close, 0)] or (close < 0 and "“" in body)):
        state.open_quote = None
        return False
    qend = start + close if close >= 0 else end
    lead = len(body) - len(body.lstrip("…. "))
    if qend - (start + lead) > 0 and len(body[lead : qend - start].split()) >= MIN_QUOTE_WORDS:
        state.add(start + lead, qend, "DIRECT_QUOTE", who, section)
    if close >= 0:
        state.open_quote = None
    return True
