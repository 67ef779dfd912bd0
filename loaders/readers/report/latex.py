"""LaTeX escapes and inline math left in PDF-extracted text, removed before anything else.

PDF-to-text converters that go through LaTeX write a dollar sign as ``\\$`` and wrap a
superscript footnote reference or a formula in inline math: ``the $CIS.^{47}$``,
``$URL: ht\\bar{t}ps://…$``. The document's cleaned text has ``$`` and ``CIS.^{47}`` there,
so a surface reads "$146.89 billion" and offsets point into what a reader sees. Inline math
is unwrapped only when it holds markup (``^{``, ``_{`` or a ``\\command``): a bare pair of
dollar signs is money, not math.
"""

from __future__ import annotations

import re

_MATH = re.compile(r"(?<!\\)\$(?P<body>[^$\n]{1,300}?)(?<!\\)\$")
_MARKUP = re.compile(r"\^\{|_\{|\\[A-Za-z]+")
_ACCENT = re.compile(r"\\(?:bar|hat|tilde|dot|vec|mathrm|text|textit|textbf|mathit)\{([^{}]*)\}")
_SYMBOLS = {r"\times": "×", r"\cdot": "·", r"\pm": "±", r"\approx": "≈", r"\leq": "≤",
            r"\geq": "≥", r"\%": "%"}  # fmt: skip
_ESCAPED = re.compile(r"\\([$%&#_])")


def unescape(text: str) -> str:
    """`text` with inline math unwrapped and ``\\$ \\% \\& \\# \\_`` as plain characters."""
    text = _MATH.sub(_unwrap, text)
    return _ESCAPED.sub(r"\1", text)


def _unwrap(m: re.Match[str]) -> str:
    body = m.group("body")
    if not _MARKUP.search(body):
        return m.group(0)
    body = _ACCENT.sub(r"\1", body)
    for command, char in _SYMBOLS.items():
        body = body.replace(command, char)
    return body
