"""Reader for ARTICLE files: one news article → one document of headings and paragraphs.

Blocks are blank-line separated (a file without blank lines: one block a line); lines
inside a block are rejoined when hard-wrapped or broken mid-sentence. Then, in order:

- page furniture is dropped (``Previous ArticleNext Article``, share buttons, symbol rows,
  truncated labels such as ``A story focused on``), and so are photo credits
  (``Dmitry Astakhov/Sputnik/AP``, ``Photo: …``); the block next to a credit that reads as
  a photo caption (``(third from left)``, ``pictured``, a date) becomes a CAPTION passage;
- a link to another piece (``Next Article``, ``Related``, ``Read more``) is dropped, and the
  author lines right under it (that piece's byline) stay text and name no author;
- in the header (before the first body paragraph) a byline ``By …`` gives ``authors``
  (and a publisher when it names a news outlet), a date line gives ``published_on``; both
  are metadata and leave the text (the raw byline is kept in ``meta["byline"]``). So does
  an author line without "By" (``Jane Doe, Staff Writer``, ``Jane Doe Published March 3,
  2023``; a bare name only in the first blocks under the title); a byline line never joins
  the lines around it (nor does a bare name line above a dateline: ``Jane Doe`` /
  ``Harbin, Dec. 9 – …``), and a byline that is a block of its own (``By Jane Doe``, ``Author:
  Jane Doe``) counts anywhere, as does a wire story's closing ``(Reporting by …; Writing by
  …; Editing by …)`` (reporters and writers, not editors; that line stays in the text), and
  in the header an opinion piece's dateline ``MOSCOW. (Jane Doe, analyst – for Outlet)``
  (it stays in the text too);
- a block labelled ``Photo:`` / ``Caption:`` is a CAPTION too;
- a copyright/source line or a wire dateline (``MOSCOW (Reuters) –``) states the publisher;
- the **title** is the first short block of the header. It is ``Document.title`` *and* the
  first passage, a HEADING, so its mentions have offsets; a one-to-three-word block before
  it is the rubric (``News``), kept in ``meta["rubric"]`` and out of the text;
- a box label (``Why We Wrote This``) leaves the text and becomes the ``section`` of the
  box's paragraph; later short, unpunctuated blocks are sub-headings (HEADING passages,
  the ``section`` of the paragraphs under them);
- a block that repeats an earlier one (the same text, or a near copy: rapidfuzz ratio ≥ 90
  on case-folded text) is kept once – the first time it appears.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from kb.enums import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.readers import article_meta as meta
from loaders.readers.builder import TextBuilder

NEAR_COPY = 90  # rapidfuzz ratio at or above which a block repeats an earlier one
TITLE_WORDS = 15  # a title has at most this many words (25 when it has no final period)
HEADING_WORDS = 12
BODY_WORDS = 20  # the header ends at the first block this long

_TERMINAL = (".", "!", "?", "”", '"', "…", ":", ")")
_CAPTION_CUE = re.compile(
    r"\((?:left|right|center|centre|front|back|top|bottom|second|third|fourth|fifth|seated|"
    r"standing|foreground|background|from left|from right)\b[^)]{0,30}\)|\b(?:pictured|poses?|"
    r"looks on|gestures|is seen|are seen|attends?|arrives?|walks|shake hands|shakes hands|"
    r"speaks (?:during|at|to))\b",
    re.I,
)


# A dateline opening the body: "Harbin, Dec. 9 –", "MOSCOW, March 3 —", "HARBIN –".
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|[A-Z]{3,}(?:\s[A-Z]{3,})?)\s*[–—-]\s"
)
# A list item's bullet opening a line.
_ITEM = re.compile(r"[•▪●◦‣]\s")


def _unwrap(lines: list[str]) -> list[str]:
    """Lines of one block → paragraphs (hard-wrapped lines and mid-sentence breaks joined)."""
    if len(lines) == 1:
        return lines
    if any(meta.standalone_byline(x) for x in lines):  # "Title" / "By Jane Doe" / "Body …"
        return [y for n, x in enumerate(lines) for y in _byline_apart(lines, n)]
    if all(len(x.split()) <= 6 for x in lines) and any(meta.date_line(x) for x in lines):
        return lines  # "Outlet" / "Jane Doe" / "2024-03-01 10:00": header lines, one each
    if meta.names_only(lines[0]) and _DATELINE.match(lines[1]):
        return [lines[0], *_unwrap(lines[1:])]  # "Jane Doe" / "Harbin, Dec. 9 – Body …"
    longest = max(len(x) for x in lines)
    if (
        longest <= 100
        and all(len(x) >= 0.6 * longest for x in lines[:-1])
        and not any(_ITEM.match(x) for x in lines[1:])
    ):
        return [" ".join(lines)]
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        # a list item ("• …") opens a paragraph of its own, whatever the line before it
        # ends with (a photo credit "REUTERS/X/Pool" has no final period)
        if (prev.endswith(_TERMINAL) and not line[:1].islower()) or _ITEM.match(line):
            out.append(line)
        else:
            out[-1] = f"{prev} {line}"
    return out


def _byline_apart(lines: list[str], n: int) -> list[str]:
    """Line `n` of a block whose byline lines stand apart: the byline itself, or the next
    run of other lines unwrapped (returned once, by the run's first line)."""
    if meta.standalone_byline(lines[n]):
        return [lines[n]]
    if n > 0 and not meta.standalone_byline(lines[n - 1]):
        return []
    end = next((k for k in range(n, len(lines)) if meta.standalone_byline(lines[k])), len(lines))
    return _unwrap(lines[n:end])


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_COMMA_CLOSE = re.compile(r",[\"”’]$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def blocks(text: str) -> list[str]:
    """Paragraph-sized blocks with white space collapsed."""
    chunks = _BLANK_LINE.split(text.strip())
    if len(chunks) == 1:  # one line a paragraph, but a sentence broken mid-way is one line
        chunks = []  # ("… totalled 7.72 million" / "tons, Reuters reports …")
        all_lines = text.strip().split("\n")
        wrapped_at = _wrap_width(all_lines)
        last = 0  # the length of the line before
        for line in all_lines:
            prev = chunks[-1].rstrip() if chunks else ""
            # hard-wrapped at a width: a full line that ends no sentence goes on in the next
            # ("… as it did not meet a condition laid down by Beijing" / "- to borrow by …")
            wrapped = wrapped_at is not None and last >= wrapped_at
            # a quotation closed on a comma goes on too ('"…splendid China,"' / "Meng
            # Xiaosi, vice-minister of culture, told reporters.")
            comma = wrapped_at is not None and _COMMA_CLOSE.search(prev) is not None
            ends = prev.endswith(_TERMINAL) and not comma
            if prev and not ends and (line.lstrip()[:1].islower() or wrapped or comma):
                chunks[-1] = f"{prev} {line.strip()}"
            else:
                chunks.append(line)
            last = len(line.rstrip())
    out: list[str] = []
    for chunk in chunks:
        lines = [" ".join(x.split()) for x in chunk.split("\n")]
        lines = [x for x in lines if x]
        if len(lines) > 1:
            # a share button or a counter set on a line of its own inside a block ("Share this
            # article" / "Andrey Kortunov") joins nothing: the lines around it stand apart
            lines = [x for x in lines if not meta.is_furniture(x)]
        if lines:
            out.extend(_unwrap(lines))
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The length from which a line was cut by hard wrapping (0.75 of the width most lines
    reach), when the text is wrapped at 50–100 characters: at least ten lines, half of them
    that full; None otherwise (one line a paragraph)."""
    lengths = sorted(len(x.rstrip()) for x in lines if x.strip())
    if len(lengths) < 10:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not 50 <= width <= 100:
        return None
    full = int(0.75 * width)
    return full if sum(n >= full for n in lengths) >= 0.5 * len(lengths) else None


_LABELLED = re.compile(r"^(?:photo|photograph|image|picture|caption|pictured|above|top)\s*:", re.I)


def _is_caption(block: str) -> bool:
    first = _SENTENCE_END.split(block, maxsplit=1)[0]
    return len(block.split()) <= 80 and bool(_CAPTION_CUE.search(block) or meta.parse_date(first))


def _short(block: str, words: int) -> bool:
    return len(block.split()) <= words


class _Reader:
    def __init__(self, source_path: str) -> None:
        self.doc = DocumentDraft(source_path=source_path, kind=DocumentKind.ARTICLE, text="")
        self.kept: list[tuple[PassageKind, str, str | None]] = []  # (kind, text, section)
        self.seen: list[str] = []

    def _repeat(self, block: str) -> bool:
        key = block.casefold()
        for old in self.seen:
            if key == old or (
                len(key) >= 40
                and 0.8 <= len(key) / len(old) <= 1.25
                and fuzz.ratio(key, old, score_cutoff=NEAR_COPY)
            ):
                return True
        self.seen.append(key)
        return False

    def run(self, text: str) -> DocumentDraft:
        items = blocks(text)
        body_start = next(
            (i for i, b in enumerate(items) if len(b.split()) >= BODY_WORDS and not meta.byline(b)),
            len(items),
        )
        credits: set[int] = set()
        candidates: list[tuple[int, str]] = []
        elsewhere = False  # under "Next Article", "Related": that piece's title and byline
        linked: set[int] = set()
        for i, b in enumerate(items):
            header = i < body_start
            if meta.links_elsewhere(b):
                elsewhere = True
                continue
            if header and elsewhere and (meta.names_only(b) or meta.name_line(b, plain=True)
                                         or meta.byline(b)):  # fmt: skip
                linked.add(i)  # "Next Article ¶ Jane Doe": the linked piece's author, text
                candidates.append((i, b))
                continue
            elsewhere = False
            if meta.is_furniture(b):
                continue
            if header and (by := meta.byline(b)):
                self.doc.authors = self.doc.authors or by[0]
                self.doc.publisher = self.doc.publisher or by[1]
                self.doc.published_on = self.doc.published_on or by[2]
                self.doc.meta.setdefault("byline", b)
                continue
            if not header and (by := meta.standalone_byline(b)):  # "By Jane Doe" at the end
                self.doc.authors = self.doc.authors or by[0]
                self.doc.meta.setdefault("byline", b)
                continue
            if (found := meta.credit_trailer(b)) is not None:  # "(Writing by …; Editing by …)"
                self.doc.authors = self.doc.authors or found  # the line stays: it names people
            if header and (found := meta.opinion_dateline(b)):  # "MOSCOW. (Jane Doe, … – for X)"
                self.doc.authors = self.doc.authors or found  # the dateline stays in the text
            # a bare name right under the title
            plain = 1 <= len([c for c in candidates if c[0] not in linked]) <= 2
            if header and (named := meta.name_line(b, plain=plain)):
                self.doc.authors = self.doc.authors or named[0]
                self.doc.published_on = self.doc.published_on or named[1]
                self.doc.meta.setdefault("byline", b)
                continue
            if header and (when := meta.date_line(b)):
                self.doc.published_on = self.doc.published_on or when
                continue
            if meta.is_copyright(b):
                self.doc.publisher = self.doc.publisher or meta.stated_publisher(b)
                continue
            if meta.is_credit(b):
                credits.add(i)
                self.doc.meta.setdefault("credits", []).append(b)  # read by the entity stage
                continue
            if meta.is_box_label(b) or i >= body_start:
                candidates.append((i, b))
                continue
            candidates.append((i, b))
        self._title(candidates, body_start)
        self._body(candidates, credits)
        return self.doc

    def _title(self, candidates: list[tuple[int, str]], body_start: int) -> None:
        head = [(i, b) for i, b in candidates if i < body_start and not meta.is_box_label(b)]
        named = head and ":" in head[0][1] and meta.names_only(head[0][1].split(":", 1)[1])
        if (
            len(head) >= 2
            and _short(head[0][1], 3)
            and not head[0][1].endswith(_TERMINAL)
            and not named  # "Q+A: Andrey Denisov" is the piece's title, not a rubric
        ):
            self.doc.meta["rubric"] = head[0][1]
            candidates.remove(head[0])
            head = head[1:]
        if not head or len(candidates) < 2:
            return
        i, b = head[0]
        ends_period = b.endswith(".") and not b.endswith("..")
        if _short(b, TITLE_WORDS) or (_short(b, 25) and not ends_period):
            self.doc.title = b
            self.kept.append((PassageKind.HEADING, b, None))
            self._repeat(b)
            candidates.remove((i, b))

    def _body(self, candidates: list[tuple[int, str]], credits: set[int]) -> None:
        section: str | None = None
        box: str | None = None
        for n, (i, b) in enumerate(candidates):
            if meta.is_box_label(b):
                box = b
                continue
            if box is not None and _short(b, 3) and not b.endswith(_TERMINAL):
                continue  # a box's own furniture ("A story focused on" / "Progress")
            if self._repeat(b):
                box = None
                continue
            pub = meta.stated_publisher(b)
            if pub:
                self.doc.publisher = self.doc.publisher or pub
            nxt = candidates[n + 1][1] if n + 1 < len(candidates) else None
            beside_credit = (i - 1 in credits) or (i + 1 in credits and i - 1 not in credits)
            if (beside_credit and _is_caption(b)) or _LABELLED.match(b):
                self.kept.append((PassageKind.CAPTION, b, section))
            elif (
                box is None
                and nxt is not None
                and _short(b, HEADING_WORDS)
                and not b.endswith((".", ",", ";", "”", '"'))
                and not b.startswith(("“", '"'))
                and (b[0].isupper() or b[0].isdigit())
            ):
                section = b
                self.kept.append((PassageKind.HEADING, b, None))
            else:
                self.kept.append((PassageKind.PARAGRAPH, b, box or section))
                box = None


def read(text: str, source_path: str) -> list[DocumentDraft]:
    reader = _Reader(source_path)
    doc = reader.run(text)
    if not reader.kept:
        return []
    builder = TextBuilder()
    for kind, block, section in reader.kept:
        builder.add(block, PassageDraft(kind, 0, 0, section=section))
    doc.text = builder.text()
    doc.passages = builder.passages
    return [doc]
