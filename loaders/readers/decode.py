"""Bytes → text, refusing what is not a text document with a one-line reason."""

from __future__ import annotations

import re
import unicodedata

from kb.errors import DocumentError

MAX_BYTES = 64 * 1024 * 1024
# "the?Kommersant?newspaper", "100?billion": a no-break space a converter turned into "?"
# (a query string's "?" sits in a token with "/", "=" or "&", and is left alone).
_LOST_SPACE = re.compile(r"(?<![^\s])[^\s/=&]*?[^\W_]\?[^\W_][^\s/=&]*(?![^\s])")


def check_size(data: bytes, source_path: str) -> None:
    """Refuse an empty file or one over `MAX_BYTES` (any format)."""
    if not data.strip():
        raise DocumentError(source_path, "file is empty")
    if len(data) > MAX_BYTES:
        raise DocumentError(source_path, f"file is larger than {MAX_BYTES // 2**20} MiB")


_QUESTION_MARK_IN_WORD = re.compile(r"(?<=[^\W_])\?(?=[^\W_])")
# The control characters (Unicode category Cc, exactly U+0000–U+001F and U+007F–U+009F; a
# test checks the class against `unicodedata`) but for tab, line feed, form feed and return:
# one `findall` instead of a `unicodedata.category` call per character.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes, source_path: str) -> str:
    """UTF-8 (with or without BOM) text, NFC-normalised, with `\\n` line ends."""
    check_size(data, source_path)
    if b"\x00" in data[:65536]:
        raise DocumentError(source_path, "file is binary (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            source_path, f"not valid UTF-8 at byte {exc.start}: save the file as UTF-8"
        ) from exc
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > 0.01 * min(len(text), 65536):
        raise DocumentError(source_path, "file looks binary (too many control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "?" in text:  # every match of _LOST_SPACE holds one
        text = mend_lost_spaces(text)
    return unicodedata.normalize("NFC", text)


_SPACE = re.compile(r"\s")


def _mend(m: re.Match[str]) -> str:
    return _QUESTION_MARK_IN_WORD.sub(" ", m.group(0))


def mend_lost_spaces(text: str) -> str:
    """`_LOST_SPACE.sub(_mend, text)`, run only on the tokens that can match. A match is a
    whole token (a run of non-space characters: it starts and ends next to white space or the
    text's ends) holding a "?" between two letters or digits (`[^\\W_]`: `str.isalnum`), so
    each such token is found from its "?" and substituted on its own (its ends see what they
    saw in the text); the pattern, whose opening look-behind and lazy run are tried at every
    character, cost a percent of a load over whole documents."""
    parts: list[str] = []
    at = 0  # where the text after the last token substituted starts
    end = len(text)
    i = text.find("?")
    while i >= 0:
        if 0 < i < end - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            s = i
            while s > at and not text[s - 1].isspace():
                s -= 1
            space = _SPACE.search(text, i)
            e = space.start() if space is not None else end
            parts += (text[at:s], _LOST_SPACE.sub(_mend, text[s:e]))
            at = e
            i = text.find("?", e)
        else:
            i = text.find("?", i + 1)
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)
