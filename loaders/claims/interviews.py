"""Interviews set as questions and answers: whose words each answer paragraph is.

An interview printed as text alternates question paragraphs (short, ending in "?") with the
answers. The answers are the interviewee's words even where no sentence names a speaker:
"Mr. Delvane, could you …?" ¶ "We do not know the details …" ¶ "The leaders consider …". The
interviewee is the person a question addresses ("Mr. Delvane, …?"), the one a label opens an
answer with ("Oskar Delvane: …"), or the one person the lead names next to the word
"interview" ("In an interview with X, analyst Oskar Delvane discusses …"); in a transcript
labelled "Q: …" / "A: …", the one person the lead names next to the press conference,
briefing or answer ("Spokesperson Hong Lei's answer at the press conference: ").

Evidence is required twice: the question/answer shape (two questions, or one addressed to
the interviewee or answered under a label) and an interviewee found as above, so an
analysis asking itself rhetorical questions stays its author's. Nothing here is about one
document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.enums import PassageKind
from loaders.drafts import Extraction

# A question paragraph: short, ending in a question mark (maybe inside a closing bracket).
_MAX_QUESTION_WORDS = 80
_QUESTION_END = re.compile(r"\?\s*[)\]»”\"]?\s*$")
# "Mr. Delvane, could you …?": a question addressing the interviewee by title and surname.
_VOCATIVE = re.compile(
    r"^\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Minister|General)\.?\s+)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,"
)
# "Oskar Delvane: Bilateral cooperation …": an answer under the speaker's name, maybe with
# the speaker's affiliation ("Oskar Delvane, Center for Naval Analyses: Well, …").
_LABEL = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][^:,\n]{1,60}?)?\s*:\s+\S"
)
# An interviewer's label: an outlet's initials or web name ("GT", "China.org.cn", "RBC").
_OUTLET_LABEL = re.compile(r"[A-Z]{2,5}|[A-Z][\w-]*(?:\.[a-z]{2,4})+")
_INTERVIEW = re.compile(
    # (or the lead's "X shared his thoughts with Interfax", "answered questions from …")
    r"\binterview(?:ed)?\b|\bshared\s+(?:his|her|their)\s+(?:thoughts|views|vision|assessment)"
    r"|\banswered\s+(?:the\s+)?questions\b",
    re.IGNORECASE,
)
# A transcript's labels: "Q: …" asks, "A: …" answers (a press conference, a briefing); the
# person answering is the one the lead names next to the event or the answer.
_QA_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*[:：]\s*\S")
_QA_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:：]\s*\S")
_BRIEFING = re.compile(
    r"\b(?:interview(?:ed)?|press\s+conference|news\s+conference|briefing|answers?|answered|"
    r"Q&A)\b",
    re.IGNORECASE,
)
_LEAD_PASSAGES = 6  # how far into the text "interview" names the interviewee


# A turn of a transcript set with dashes: "– Please tell us what is on the agenda?"
_DASH_TURN = re.compile(r"\s*[–—-]\s")


def _question(text: str) -> bool:
    words = text.split()
    # (a dash-marked turn ending in a question mark is the interviewer's, however long)
    most = _MAX_QUESTION_WORDS * (3 if _DASH_TURN.match(text) else 1)
    return 0 < len(words) <= most and _QUESTION_END.search(text) is not None


def answers(
    ex: Extraction,
    person_named: Callable[[str], str | None],
    persons_in: Callable[[int, int], set[str]],
) -> dict[int, str]:
    """Passage index → entity key of the interviewee whose answer the passage is.

    `person_named` resolves a written name ("Delvane", "Oskar Delvane") to a person of
    the document, or None; `persons_in` gives the persons mentioned between two offsets."""
    doc, text = ex.doc, ex.doc.text
    paragraphs = [
        (i, text[p.start : p.end])
        for i, p in enumerate(doc.passages)
        if p.kind == PassageKind.PARAGRAPH
    ]
    questions = {i for i, body in paragraphs if _question(body) or _QA_QUESTION.match(body)}
    if not questions:
        return _speeches(ex, paragraphs, persons_in)
    # a short question the reader set as a heading ("GT: What are your priorities?") asks too
    asked = questions | {
        i
        for i, p in enumerate(doc.passages)
        if p.kind == PassageKind.HEADING and _question(text[p.start : p.end])
    }
    labelled = {i for i, body in paragraphs if i not in questions and _QA_ANSWER.match(body)}
    addressed = None
    for i, body in paragraphs:
        m = _VOCATIVE.match(body) if i in questions else None
        if m is not None and (key := person_named(m.group("name"))) is not None:
            addressed = key
            break
    labels: dict[int, str] = {}
    interviewer: set[int] = set()  # "China.org.cn: China and Russia are cooperating …"
    for i, body in paragraphs:
        m = _LABEL.match(body) if i not in questions else None
        if m is not None and (key := person_named(m.group("name"))) is not None:
            labels[i] = key
        elif m is not None and _OUTLET_LABEL.fullmatch(m.group("name")):
            interviewer.add(i)  # the outlet's own turn, no answer
    headline = _headline_speaker(ex, persons_in)  # "Zhang Hanhui: China and Russia are …"
    # turns set with dashes ("- This year will be held …"): a transcript however few of its
    # questions stand in paragraphs of their own
    dashed = sum(1 for _i, body in paragraphs if _DASH_TURN.match(body)) >= 2
    lead = [i for i, _body in paragraphs[:_LEAD_PASSAGES]]
    event = _BRIEFING if labelled else _INTERVIEW
    named = _named_with_interview(ex, lead, persons_in, event)
    # (one question is enough when the lead names the person interviewed, as "X shared his
    # thoughts with Interfax": the evidence is then the lead's, twice with the question)
    if len(questions) < 2 and not (addressed or labels or labelled or headline or dashed or named):
        return {}
    interviewee = addressed or named or headline
    first_question = min(questions)
    if interviewee is None and labels and min(labels) < first_question:
        # "Maria Zakharova: Question: …" opening a briefing's page: the one person labelled
        # before the first question answers it, unless the same label asks questions
        # ("Margaret Brennan: … Good morning to you." ¶ "Margaret Brennan: … ?")
        asking = set()
        for i, body in paragraphs:
            m = _LABEL.match(body) if i in questions else None
            if m is not None and (key := person_named(m.group("name"))) is not None:
                asking.add(key)
        before = {k for i, k in labels.items() if i < first_question} - asking
        interviewee = before.pop() if len(before) == 1 else None
    if interviewee is None and not labels:
        return {}
    out: dict[int, str] = {}
    current: str | None = None
    seen_question = False
    inside = {i for i, _body in paragraphs}
    for i in range(len(doc.passages)):
        if i in asked or (seen_question and i in interviewer):
            seen_question, current = True, interviewee
            continue
        if i in labels:
            current = labels[i]
        if seen_question and current is not None and i in inside:
            out[i] = current
    return out


# A speech's label: "President of Russia Vladimir Putin: …", "Xi Jinping (retranslated): …":
# capitalised words (and "of"/"the"), maybe a bracketed note, then a colon.
_LABEL_PART = (
    r"\s*(?P<label>[A-Z][\w.'’-]*(?:\s+(?:of|the|[A-Z][\w.'’-]*)){1,9})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:"
)
_SPEECH_LABEL = re.compile(_LABEL_PART + r"\s+\S")
# The same label alone on its line, the speech in the paragraphs after it ("President of
# Russia Vladimir Putin:" ¶ "Mr. President Xi Jinping, ladies and gentlemen,").
_LABEL_ALONE = re.compile(_LABEL_PART + r"\s*$")
# A page titled as one person's statement: "Foreign Minister Sergey Lavrov’s statement and
# answers to media questions at …", "Speech by President Ivo Ruml at the forum",
# "Remarks by Ambassador Marta Lind".
_STATEMENT_TITLE = re.compile(
    r"\s*(?:(?P<who>[A-Z][\w.'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'-]*){0,7})[’']s\s+"
    r"(?:opening\s+|closing\s+|keynote\s+|introductory\s+)?(?:statement|speech|remarks|address)\b"
    r"|(?:(?:Opening|Closing|Keynote|Introductory)\s+)?(?:Statement|Speech|Remarks|Address)\s+by\s+"
    r"(?P<by>[A-Z][\w.'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'-]*){0,7}))"
)
# First-person words: the speaker's own voice.
FIRST_PERSON_WORDS = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")


def _speeches(
    ex: Extraction, paragraphs: list[tuple[int, str]], persons_in: Callable[[int, int], set[str]]
) -> dict[int, str]:
    """A transcript of speeches: a paragraph labelled with one person's name (and title)
    opens that person's turn, and the paragraphs after it, up to the next label, are theirs
    ("President of Russia Vladimir Putin: President Xi Jinping, my dear friend," ¶ "First of
    all, I am delighted …"). Evidence is required twice: a label naming exactly one person,
    and first-person words in the turn, so that "Peskov: no talks are planned." in a report
    leaves the report's next paragraphs alone."""
    labels: dict[int, str | None] = {}
    passages, text = ex.doc.passages, ex.doc.text
    titled = _headline_speaker(ex, persons_in, qa_only=True)
    if titled is not None:  # "Q+A: Andrey Denisov" over the answers: his from the start
        labels[0] = titled
    else:  # "Sergey Lavrov’s statement at …" over his speech: his after the title
        stated = _statement_titled(ex, persons_in)
        if stated is not None:
            labels[stated[0] + 1] = stated[1]
    for i, p in enumerate(passages):  # a page's first label may be read as its heading
        m = _SPEECH_LABEL.match(text, p.start, p.end) or _LABEL_ALONE.fullmatch(
            text, p.start, p.end
        )
        if m is None:
            continue
        line = text[p.start : p.end].rstrip()
        if p.kind != PassageKind.PARAGRAPH and not line.endswith((",", ":")):
            continue  # a headline "EU's Borrell: Partnership Has Limits", not "…: Friends,"
        found = persons_in(m.start("label"), m.end("label"))
        labels[i] = found.pop() if len(found) == 1 else None
    named = {} if any(labels.values()) else _name_lines(ex, persons_in)
    if not any(labels.values()) and not named:
        return {}
    labels.update(named)
    turns: dict[int, str] = {}
    current: str | None = None
    inside = {i for i, _body in paragraphs} - set(named)
    for i in range(len(passages)):
        if i in labels:
            current = labels[i]
        if current is not None and i in inside:
            turns[i] = current
    bodies = dict(paragraphs)
    spoken = {k for i, k in turns.items() if FIRST_PERSON_WORDS.search(bodies[i])}
    if len(named) >= _ROUNDUP_LINES:
        spoken |= set(named.values())  # three experts or more, each under a name line
    return {i: k for i, k in turns.items() if k in spoken}


# A role or an affiliation written in title case ("Independent Scholar", "Research Fellow,
# China Institute of International Studies"): no verb, so no caption ("X, minister, gives a
# speech").
_ROLE_WORD = r"(?:[A-Z][\w.'’&-]*|of|the|and|for|at|in|on|de|du)"
# A line naming one person and nothing else but a role: "Alibaev Aidar (economist)",
# "Philip Cunningham, Independent Scholar" (an expert roundup's section opener).
_NAME_LINE = re.compile(
    r"\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
    rf"(?:\s*\((?P<paren>[^()\n]{{4,60}})\)|,\s+(?P<role>{_ROLE_WORD}(?:[\s,]+{_ROLE_WORD}){{0,12}}))?"
    r"\s*$"
)
_ROUNDUP_LINES = 3


def _name_lines(ex: Extraction, persons_in: Callable[[int, int], set[str]]) -> dict[int, str]:
    """An expert roundup: two lines or more that each name one person (and a role), each
    followed by a paragraph that is no such line, open that person's turn ("Alibaev Aidar
    (economist)" ¶ his opinion ¶ "Kamol Aliev (analyst)" ¶ …); one such line with a role
    opens one (its turn stands only if it speaks in the first person, see _speeches)."""
    passages, text = ex.doc.passages, ex.doc.text
    found: dict[int, str] = {}
    roles = 0
    for i, p in enumerate(passages):
        m = _NAME_LINE.fullmatch(text, p.start, p.end)
        if m is None:
            continue
        people = persons_in(m.start("name"), m.end("name"))
        if len(people) == 1:
            found[i] = people.pop()
            roles += bool(m.group("paren") or m.group("role"))
    kept = {
        i: k
        for i, k in found.items()
        if i + 1 < len(passages)
        and i + 1 not in found
        and passages[i + 1].kind == PassageKind.PARAGRAPH
    }
    if len(kept) == 1 and roles == 1 and len(found) == 1:
        return kept  # one expert under "Name (role)": his turn if it speaks in the first person
    return kept if len(kept) >= 2 and len(set(kept.values())) >= 2 else {}


# A headline announcing an interview: "Q+A: Andrey Denisov", "Q&A with Jane Doe",
# "Interview: Jane Doe".
_QA_TITLE = re.compile(
    r"\s*(?:Q\s*[&+]\s*A|Interview|Exclusive\s+interview)\s*(?:[:—–-]|\bwith\b)\s*"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*$"
)
_HEAD_PASSAGES = 3  # how far into the page a headline may sit
_TITLE_PASSAGES = 5  # a statement's title may follow a site's banner lines


def _headline_speaker(
    ex: Extraction, persons_in: Callable[[int, int], set[str]], qa_only: bool = False
) -> str | None:
    """The one person a headline among the first passages (not a paragraph) gives the
    interview to ("Q+A: Andrey Denisov") or, unless `qa_only`, quotes under a label ("Zhang
    Hanhui: China and Russia are solving …")."""
    text = ex.doc.text
    for p in ex.doc.passages[:_HEAD_PASSAGES]:
        if p.kind == PassageKind.PARAGRAPH:
            continue
        m = _QA_TITLE.match(text, p.start, p.end)
        span = m.span("name") if m else None
        if span is None and not qa_only and (label := _SPEECH_LABEL.match(text, p.start, p.end)):
            span = label.span("label")
        if span is not None:
            found = persons_in(*span)
            if len(found) == 1:
                return found.pop()
    return None


def _statement_titled(
    ex: Extraction, persons_in: Callable[[int, int], set[str]]
) -> tuple[int, str] | None:
    """(passage index, person) of a title among the first passages naming one person's
    statement, speech or remarks ("Foreign Minister Sergey Lavrov’s statement and answers
    to media questions at a joint news conference …", "Remarks by Ambassador Marta Lind")."""
    text = ex.doc.text
    for i, p in enumerate(ex.doc.passages[:_TITLE_PASSAGES]):
        m = _STATEMENT_TITLE.match(text, p.start, p.end)
        if m is None:
            continue
        group = "who" if m.group("who") else "by"
        found = persons_in(*m.span(group))
        if len(found) == 1:
            return i, found.pop()
    return None


def _named_with_interview(
    ex: Extraction,
    passages: list[int],
    persons_in: Callable[[int, int], set[str]],
    event: re.Pattern[str] = _INTERVIEW,
) -> str | None:
    """The one person a sentence of the lead passages names next to the word "interview"
    (for a labelled transcript, also "press conference", "briefing", "answer")."""
    doc = ex.doc
    for sentence in ex.sentences:
        if doc.passage_at(sentence.start) not in passages:
            continue
        if event.search(doc.text, sentence.start, sentence.end):
            found = persons_in(sentence.start, sentence.end)
            if len(found) == 1:
                return found.pop()
    return None
