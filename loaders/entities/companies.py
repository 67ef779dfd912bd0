"""Company names the capitalised-phrase reader took too wide, cut back to the name itself.

- a nationality or region adjective glued in front: "the American Zentrix Corp", "the European
  Halvor Systems AG" name "Zentrix Corp" and "Halvor Systems AG". The adjective is dropped
  only when the rest is a name on its own — a registered organisation, or a legal form after
  a word that is no common English word — and the whole phrase is no registered name
  ("American Airlines", "European Commission", "Russian Railways" stay whole);
- two companies coordinated into one phrase: "Zentrix Devices and Halvor Systems Inc" are two
  names when each side, read alone, is an organisation; "Johnson & Johnson", "Procter and
  Gamble" stay whole (their halves name nothing alone, or the registry knows the whole).
"""

from __future__ import annotations

from loaders.entities.found import registered_variant
from loaders.entities.lexicon import STATE_ADJECTIVES, common_word, words
from loaders.entities.names import REGION_ADJECTIVES, Candidate, classify
from loaders.entities.registry import registry
from loaders.entities.tokens import tokens

# Legal forms that close a company's name (written without their stop by the tokenizer).
LEGAL_FORMS = frozenset(
    words("""
    Inc Corp Corporation Co Ltd Limited LLC PLC Plc PJSC JSC OJSC AG SE SA NV BV GmbH SpA
    AB ASA Oyj KK
""")
)


def _registered(name: str) -> bool:
    return registry().lookup(name) is not None or registered_variant(name) is not None


def _named_alone(words: list[str], lower: set[str]) -> bool:
    """The words are a company's name without anything before them: registered, or a legal
    form after a first word that is no English word ("Zentrix Corp", not "Tower Corp")."""
    if _registered(" ".join(words)):
        return True
    if len(words) < 2 or words[-1] not in LEGAL_FORMS:
        return False
    first = words[0]
    return not common_word(first) and first.lower() not in lower


def _without_adjective(text: str, c: Candidate, lower: set[str]) -> Candidate:
    run = tokens(text, c.start, c.end)
    if len(run) < 3 or _registered(c.text):
        return c
    first = run[0][2]
    if first not in STATE_ADJECTIVES and first not in REGION_ADJECTIVES:
        return c
    rest = run[1:]
    if not _named_alone([t[2] for t in rest], lower):
        return c
    other = classify(text, rest, lower)
    if other is not None and other.type == "ORGANISATION":
        return other
    return c


def _split_coordinated(text: str, c: Candidate, lower: set[str]) -> list[Candidate]:
    run = tokens(text, c.start, c.end)
    joints = [i for i, t in enumerate(run) if t[2] in ("and", "&")]
    if len(joints) != 1 or _registered(c.text):
        return [c]
    i = joints[0]
    left, right = run[:i], run[i + 1 :]
    if not left or not right:
        return [c]
    out = []
    for side in (left, right):
        words = [t[2] for t in side]
        part = classify(text, side, lower)
        if (
            part is None
            or part.type != "ORGANISATION"
            or (part.start, part.end)
            != (
                side[0][0],
                side[-1][1],
            )
        ):
            if not _named_alone(words, lower):
                return [c]
            part = Candidate(side[0][0], side[-1][1], text[side[0][0] : side[-1][1]],
                             "ORGANISATION", c.kind)  # fmt: skip
        out.append(part)
    return out


def trim_company(text: str, c: Candidate, lower: set[str]) -> list[Candidate]:
    """One organisation candidate cut back to the company name(s) it holds."""
    if c.type != "ORGANISATION" or c.kind not in ("COMPANY", "BANK", "MEDIA"):
        return [c]
    return _split_coordinated(text, _without_adjective(text, c, lower), lower)
