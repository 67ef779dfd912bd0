"""The REPORT reader on the seed report and on a report written for these tests.

The seed (an 80-page report extracted from PDF) proves the reader on real extraction damage;
``fixtures/readers/reports/report_universities.txt`` (new text, its own layout: dot-leader
contents, other running heads, other marker styles) proves the rules are not the seed's.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from kb.models import PassageKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.readers.report import read

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "003_a68d32ec9af499bf.txt"
REPORTS = Path(__file__).with_name("fixtures") / "readers" / "reports"
FIXTURE = REPORTS / "report_universities.txt"
PORTS = REPORTS / "report_ports.txt"
ENDNOTES = REPORTS / "report_endnotes.txt"


@pytest.fixture(scope="module")
def seed() -> DocumentDraft:
    (doc,) = read(SEED.read_text(encoding="utf-8"), SEED.name)
    return doc


@pytest.fixture(scope="module")
def fixture() -> DocumentDraft:
    (doc,) = read(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)
    return doc


def _text(doc: DocumentDraft, p: PassageDraft) -> str:
    return doc.text[p.start : p.end]


def _kind(doc: DocumentDraft, kind: PassageKind) -> list[PassageDraft]:
    return [p for p in doc.passages if p.kind == kind]


def _passage_with(doc: DocumentDraft, needle: str) -> PassageDraft:
    (p,) = [p for p in doc.passages if needle in _text(doc, p)]
    return p


def _notes(doc: DocumentDraft) -> dict[int, PassageDraft]:
    return {int(p.number): p for p in _kind(doc, PassageKind.FOOTNOTE) if p.number}


# ---- both documents -------------------------------------------------------------------


@pytest.fixture(scope="module")
def ports() -> DocumentDraft:
    (doc,) = read(PORTS.read_text(encoding="utf-8"), PORTS.name)
    return doc


@pytest.fixture(scope="module")
def endnotes() -> DocumentDraft:
    (doc,) = read(ENDNOTES.read_text(encoding="utf-8"), ENDNOTES.name)
    return doc


@pytest.mark.parametrize("name", ["seed", "fixture", "ports", "endnotes"])
def test_offsets_index_the_text_exactly(name: str, request: pytest.FixtureRequest) -> None:
    doc: DocumentDraft = request.getfixturevalue(name)
    ends = 0
    for p in doc.passages:
        assert ends <= p.start < p.end <= len(doc.text)
        assert _text(doc, p).strip() == _text(doc, p) != ""
        ends = p.end
        if p.table is not None:
            for cell, s, e in p.table.cells:
                assert doc.text[s:e] == cell
    assert doc.passage_at(doc.passages[-1].start) == len(doc.passages) - 1


# ---- the seed report ------------------------------------------------------------------


def test_seed_metadata(seed: DocumentDraft) -> None:
    assert seed.title == "Russian-Chinese Dialogue: The 2022 Model"
    assert seed.publisher == "Russian International Affairs Council"
    assert seed.meta["isbn"] == "978-5-6048393-3-1"
    assert seed.meta["partners"] == [
        "Institute of Far Eastern Studies of the Russian Academy of Sciences",
        "Institute of International Studies at Fudan University",
    ]
    assert seed.published_on is None and seed.meta["year"] == 2022
    assert seed.authors[:3] == ["Kirill Babaev", "Andrey Kortunov", "Andrey Karneev"]
    assert len(seed.authors) == 19 and seed.authors.count("Feng Yujun") == 1
    assert "Ksenia Kuzmina" in seed.authors and "Ivan Timofeev" not in seed.authors
    details = {d["name"]: d for d in seed.meta["author_details"]}
    assert details["Alexander Larionov"]["degrees"] == [
        "Ph.D. in Public Administration", "Ph.D. in Economics",
    ]  # fmt: skip
    heads = [d["name"] for d in seed.meta["author_details"] if d["head"]]
    assert heads == ["Kirill Babaev", "Andrey Kortunov", "Zhao Huasheng"]
    assert details["Zhao Huasheng"]["group"] == "From China"
    assert details["Elena Safronova"]["degrees"] == ["Ph.D. in Economics"]
    assert "Ivan Timofeev" in seed.meta["editors"] and "Nikita Panin" in seed.meta["editors"]
    # "About the Authors" entries: bios with their passage span, spelling variants matched
    kortunov = details["Andrey Kortunov"]
    assert kortunov["bio"] == "Ph.D. in History, RIAC Director General, RIAC Member"
    s, e = kortunov["bio_span"]
    assert seed.text[s:e].startswith("Andrey Kortunov (Head)—Ph.D. in History")
    assert details["Yuriy Kulintsev"]["bio"].startswith("Ph.D. in Political Science, Head of")
    assert details["Yu Bin"]["bio"].startswith("Dr. of Political Science, Professor at the Center")
    assert all("bio" in d for d in seed.meta["author_details"])


def test_seed_sections_and_the_contents_is_not_body(seed: DocumentDraft) -> None:
    headings = _kind(seed, PassageKind.HEADING)
    numbers = [p.number for p in headings if p.number]
    assert numbers == ["1.", "1.1.", "1.2.", "2.", "2.1.", "2.2.", "2.3.", "2.4.",
                       "3.", "3.1.", "3.2.", "3.3."]  # fmt: skip
    titles = [_text(seed, p) for p in headings]
    for title in ("Summary", "Introduction", "The European Union", "Education",
                  "Conclusions and Recommendations", "About the Authors"):  # fmt: skip
        assert title in titles
    # the contents repeats headings word for word: only the body's copy is left
    assert "Table of Contents" not in seed.text
    assert seed.text.count("1.1. The Approaches of Russia and China to Global") == 1
    assert seed.meta["toc"][0] == {"title": "Summary", "pages": [5]}
    assert len(seed.meta["toc"]) == 28
    para = _passage_with(seed, "Russian exports to China grew by 37.5 percent")
    assert para.section == (
        "3. Overcoming the Effects of the Pandemic in Bilateral Relations in 2021–2022: "
        "Successes and Limitations / 3.1. Trade and Economic Cooperation between Russia and "
        "China / Russia-China Trade Cooperation"
    )
    sub = _passage_with(seed, "Cooperation in Higher Education and Academic Mobility")
    assert sub.kind == PassageKind.HEADING
    assert sub.section is not None and sub.section.endswith(
        "The Main Areas of Russia-China Humanitarian Cooperation / Education / "
        "Cooperation in Higher Education and Academic Mobility"
    )
    # conclusion items shaped like numbered headings are paragraphs
    item = _passage_with(seed, "6. According to Russian experts")
    assert item.kind == PassageKind.PARAGRAPH
    assert item.section == "Conclusions and Recommendations / Global and Regional Problems"
    bio = _passage_with(seed, "Ksenia Kuzmina—RIAC Deputy Director")
    assert bio.kind == PassageKind.PARAGRAPH


def test_seed_footnotes_numbered_with_titles_and_urls(seed: DocumentDraft) -> None:
    notes = _notes(seed)
    assert sorted(notes) == list(range(1, 221))
    numbers = [int(p.number) for p in _kind(seed, PassageKind.FOOTNOTE) if p.number]
    assert numbers == sorted(numbers)
    first = notes[1]
    assert first.url == (
        "http://static.kremlin.ru/media/events/files/ru/hkwONx0FSpUGgXPaRU3xUHRmkRneSXIR.pdf"
    )
    assert first.title is not None and first.title.startswith("Joint Statement of the Russian")
    assert notes[88].title == "Oil Imports from Russia to China Fell by 4.5 % in 2021"
    assert notes[88].url == "https://tass.ru/ekonomika/13474795"
    # marker styles: ^{*6 &}quot; (86), [&]quot; (11), ²º (20), unmarked with a URL (7),
    # unmarked in a numbering gap (22), "URL:" on its own block (14)
    assert _text(seed, notes[86]).startswith('"Oil Imports from Russia to China Fell by 4.5 %')
    assert notes[86].url is not None and "neftegaz.ru" in notes[86].url
    assert notes[11].title is not None and notes[11].title.startswith("New Treaty between")
    assert notes[20].title == "The EU Investment Facility for Central Asia (IFCA)"
    assert _text(seed, notes[7]).startswith("National Security Strategy of the United States")
    assert _text(seed, notes[22]).startswith("The CSTO Combat Brotherhood-2021 exercises")
    assert notes[14].url is not None and notes[14].url.startswith("https://www.dailymail.co.uk/")
    # entity artefacts are undone and markers are not part of the text
    assert not [p for p in _kind(seed, PassageKind.FOOTNOTE)
                if re.search(r"&\}?quot;|^\^\{|^\[&\]", _text(seed, p))]  # fmt: skip
    with_url = [p for p in notes.values() if p.url]
    assert len(with_url) >= 190


def test_seed_tables_keep_header_and_every_cell(seed: DocumentDraft) -> None:
    raw_rows = [line.split("\t") for line in SEED.read_text(encoding="utf-8").splitlines()
                if "\t" in line and not re.search(r"\t\d+(?: \d+)*$", line)]  # fmt: skip
    rows = _kind(seed, PassageKind.TABLE_ROW)
    assert [[c for c, _, _ in p.table.cells] for p in rows if p.table] == [
        [c.strip() for c in r] for r in raw_rows
    ]
    assert len(rows) == 25
    by_table: dict[int, list[PassageDraft]] = {}
    for p in rows:
        assert p.table is not None
        by_table.setdefault(p.table.number, []).append(p)
    assert sorted(by_table) == [1, 2]
    one = by_table[1]
    assert one[0].table is not None and one[0].table.header == [
        "Commodity Group", "Export volume (million dollars)", "Share in total exports (%)",
        "Change compared to 2020 (%)",
    ]  # fmt: skip
    assert one[0].table.caption == (
        "Table 1. Commodity Structure of Russian Exports to China in 2021"
    )
    assert [c for c, _, _ in one[-1].table.cells] == ["Total", "79,321.91", "_", "37.50"]
    two = by_table[2]
    assert len(two) == 13 and two[0].table is not None
    assert "Chinese Exports to Russia" in (two[0].table.caption or "")
    raw = next(p for p in two if _text(seed, p).startswith("Raw hides"))
    assert raw.table is not None and raw.table.cells[-1][0] == "-10,22"
    captions = [(_text(seed, p), p.number) for p in _kind(seed, PassageKind.CAPTION)]
    table_two = "Table 2. Commodity Structure of Chinese Exports to Russia in 2021"
    assert (table_two, "Table 2") in captions
    assert ("Figure 1. Russia-China Trade Turnover 2007-2021, bln. USD.", "Figure 1") in captions
    sources = [n for t, n in captions if t.startswith("Source:")]
    assert sources == ["Figure 1", "Table 1", "Table 2"]


def test_seed_has_no_running_heads_or_page_numbers(seed: DocumentDraft) -> None:
    for p in seed.passages:
        text = _text(seed, p)
        assert "www.russiancouncil.ru" not in text, text[:80]
        assert not re.search(r"\b\d{1,3} Report 78 / 2022\b", text), text[:80]
        assert not re.fullmatch(r"[\d\s/*]+", text), text
    # nor the back-cover imprint
    assert "Tel.: +7" not in seed.text and "RUSSIAN-CHINESE DIALOGUE" not in seed.text


def test_seed_paragraphs_rejoined_over_hyphens_and_footnote_blocks(seed: DocumentDraft) -> None:
    for joined in (
        "The Greater Eurasian Partnership and the Belt and Road Initiative will continue",
        "Changping District and Moscow's Troitsk City District",
        "as well as to develop the necessary institutional infrastructure",
        "WHO has also submitted an application for recognition",
        "75.4 percent of Chinese respondents believe that Russia's natural wealth",
        # sentences broken by a page of footnotes
        "mutual trade between the countries exceeded $140 billion for the first time",
        "directly or indirectly, unilateral military advantages",
        "improving the quality of services for inbound tourism",
        # a paragraph broken by a blank line only, mid-sentence
        "and partly NATO, as well as through the development of bilateral ties",
    ):
        p = _passage_with(seed, joined)
        assert p.kind == PassageKind.PARAGRAPH, joined
    assert "Part-nership" not in seed.text and "Mos- cow" not in seed.text


def test_seed_glued_footnote_refs_are_marked_not_deleted(seed: DocumentDraft) -> None:
    refs = {r["offset"]: r for r in seed.meta["footnote_refs"]}
    for context, number in (("compared to 2020.88", "88"), ("January–February 2022,87", "87"),
                            ("the number was 10,000,166", "166"), ("January 10 to 20.98", "98"),
                            ("iron ore, 86 timber", "86"), ("Union State.15", "15")):  # fmt: skip
        at = seed.text.index(context) + context.rindex(number)
        assert refs[at]["number"] == number, context
        assert seed.text[at : refs[at]["end"]] == number
    # a superscript and the LaTeX form name their footnote too
    at = seed.text.index("the CIS.^{47}") + len("the CIS.^{")
    assert refs[at]["number"] == "47"
    # quantities are not references
    for context in ("$146.89 billion", "by 2.54 times", "grew by 37.5 percent"):
        start = seed.text.index(context)
        assert not [o for o in refs if start <= o < start + len(context)], context


# ---- a report written for these tests --------------------------------------------------


def test_fixture_metadata(fixture: DocumentDraft) -> None:
    assert fixture.title == "Campus Bridges: Russia–China University Cooperation in 2023"
    assert fixture.authors == ["Marina Sokolova", "Pavel Grishin", "Anton Belyi", "Wen Lijuan",
                               "Sun Hao"]  # fmt: skip
    assert fixture.publisher == "Eurasia Policy Forum"
    assert fixture.meta["partners"] == [
        "Centre for Northern Asian Studies, Harbin Institute of Technology",
        "Siberian Academic Network",
    ]
    assert fixture.meta["isbn"] == "978-1-23456-789-7"
    assert fixture.meta["editors"] == ["Olga Petrenko", "Li Mei"]
    assert (fixture.meta["year"], fixture.meta["place"]) == (2023, "Novosibirsk")
    details = {d["name"]: d for d in fixture.meta["author_details"]}
    assert {k: v for k, v in details["Wen Lijuan"].items() if not k.startswith("bio")} == {
        "name": "Wen Lijuan", "degrees": [], "head": True, "group": "Chinese Team",
        "titles": ["Prof."],
    }  # fmt: skip
    assert details["Pavel Grishin"]["degrees"] == ["Dr. of Economics"]
    assert details["Anton Belyi"]["group"] == "Russian Team"
    assert details["Marina Sokolova"]["bio"] == (
        "Ph.D. in Sociology, Senior Fellow at the Eurasia Policy Forum"
    )
    assert "bio" not in details["Sun Hao"]


def test_fixture_structure(fixture: DocumentDraft) -> None:
    headings = [(p.number, _text(fixture, p)) for p in _kind(fixture, PassageKind.HEADING)]
    assert headings == [
        (None, "Introduction"), ("1.", "1. Student Mobility"),
        ("1.1.", "1.1. Numbers and Directions"), (None, "Regional Universities"),
        ("2.", "2. Joint Research"), (None, "Conclusions"), (None, "About the Authors"),
    ]  # fmt: skip
    assert "Contents" not in fixture.text and "........" not in fixture.text
    assert [e["title"] for e in fixture.meta["toc"]][:2] == ["Introduction", "1. Student Mobility"]
    p = _passage_with(fixture, "hosted more than a third")
    assert p.section == "1. Student Mobility / 1.1. Numbers and Directions / Regional Universities"
    assert _passage_with(fixture, "3. According to the laboratory heads").kind == (
        PassageKind.PARAGRAPH
    )
    for p in fixture.passages:
        text = _text(fixture, p)
        assert "eurasia-forum.org" not in text and "Working Paper 14 / 2023" not in text
        assert text != "11"
    assert "Layout" not in fixture.text and "copies" not in fixture.text


def test_fixture_rejoins_hyphens_and_interrupted_sentences(fixture: DocumentDraft) -> None:
    p = _passage_with(fixture, "differences in tuition fees")
    text = _text(fixture, p)
    # broken by two footnotes and a page head; "long-" + "term": the document spells it so
    assert "scholarship quotas and the perceived value of degrees" in text
    assert "a long-term commitment to a single partner university" in text
    # "bor-" + "der" over a page of notes, a footer and a page number
    assert "equipment shared across the border shortened experiments" in fixture.text


def test_fixture_footnotes_of_every_marker_style(fixture: DocumentDraft) -> None:
    notes = _notes(fixture)
    assert sorted(notes) == list(range(1, 10))
    assert len(_kind(fixture, PassageKind.FOOTNOTE)) == 9
    assert notes[1].title == "Border Reopening Brings Students Back"  # superscript
    assert notes[2].url == "https://minobr.example/stats/foreign-2023"  # ^{2 &}quot;
    assert notes[3].url == "https://csc.example/en/russian-students"  # URL on its own block
    assert notes[4].title == "Language Schools Report Record Demand"  # [&]quot; (lost number)
    assert notes[5].title == "Regional Campuses Attract Chinese Applicants"  # ^{*5 (misread)
    assert notes[6].url == "https://fefu.example/prep"  # plain digits before a quote
    assert _text(fixture, notes[7]) == "Ibid." and notes[7].url is None
    assert notes[8].url == "https://esm.example/survey-2023"  # unmarked, cites a URL
    assert _text(fixture, notes[9]).startswith("The survey covered 112 laboratory heads")
    refs = [(r["number"], fixture.text[r["offset"] - 6 : r["end"]])
            for r in fixture.meta["footnote_refs"]]  # fmt: skip
    assert ("3", " 2022.3") in refs and ("6", " low, 6") in refs and ("2", "ear,^{2") in refs


def test_fixture_table_and_captions(fixture: DocumentDraft) -> None:
    rows = _kind(fixture, PassageKind.TABLE_ROW)
    assert [_text(fixture, p).split("\t")[0] for p in rows] == [
        "Programme", "Engineering", "Medicine", "Economics", "Total",
    ]  # fmt: skip
    table = rows[2].table
    assert table is not None and table.number == 1
    assert table.header[-1] == "Change 2023/2022 (%)"
    assert [c for c, _, _ in table.cells] == ["Medicine", "1,410", "1,305", "1,690", "29,5"]
    assert table.caption == "Table 1. Enrolment in Joint Degree Programmes, 2021–2023 (students)"
    # rows are one block of text: separated by newlines, not blank lines
    assert fixture.text[rows[0].end : rows[1].start] == "\n"
    captions = [(p.number, _text(fixture, p)) for p in _kind(fixture, PassageKind.CAPTION)]
    assert captions[0] == ("Table 1", table.caption)
    assert captions[1][0] == "Table 1" and captions[1][1].startswith("Source: Compiled by Pavel")
    assert captions[1][1].endswith("URL: https://epf.example/data/joint-degrees")
    assert captions[2] == ("Figure 1", "Figure 1. Co-authored Papers by Field, 2019–2023")


# ---- a short note with hard-wrapped lines and sentence-case headings ---------------------


def test_ports_metadata_from_inline_credits_and_a_dated_line(ports: DocumentDraft) -> None:
    assert ports.title == "Ice, Cargo and Credit: Financing Arctic Port Projects"
    assert ports.publisher == "Northern Ports Institute"
    assert ports.authors == ["Dmitri Lavrentiev", "Chen Yu", "Katerina Holm"]
    assert ports.meta["author_details"][0]["degrees"] == ["Cand. of Economics"]
    assert ports.meta["author_details"][0]["head"] is True
    assert ports.published_on == date(2024, 10, 12)
    assert [e["title"] for e in ports.meta["toc"]] == [
        "Executive summary", "1. Port capacity", "2. Who pays",
    ]  # fmt: skip


def test_ports_structure(ports: DocumentDraft) -> None:
    headings = [(p.number, _text(ports, p), p.section) for p in _kind(ports, PassageKind.HEADING)]
    assert headings == [
        (None, "Executive summary", "Executive summary"),
        ("1.", "1. Port capacity", "1. Port capacity"),  # glued to its first paragraph
        (None, "Why the terminals are full", "1. Port capacity / Why the terminals are full"),
        ("2.", "2. Who pays", "2. Who pays"),  # also the running head of its pages: once
        (None, "Options for a compromise", "2. Who pays / Options for a compromise"),
    ]
    assert "page 3" not in ports.text and "Contents" not in ports.text
    assert "Moscow, October 12, 2024" not in ports.text
    # lines wrapped inside a paragraph are joined; "author-" + "ities" over a page break
    p = _passage_with(ports, "the regional authorities have not yet decided")
    assert "extend on commercial terms" in _text(ports, _passage_with(ports, "neither side has"))
    assert p.kind == PassageKind.PARAGRAPH
    assert _text(ports, _passage_with(ports, "A mixed facility")).endswith("still be needed.")
    assert _text(ports, _passage_with(ports, "Insurers are the other missing party")).endswith(
        "at the new berths."
    )
    notes = _notes(ports)
    assert notes[1].url == "https://npi.example/estimates/2023"
    assert notes[2].title == "Lenders Wary of Arctic Risk"


# ---- endnotes numbered per chapter ------------------------------------------------------


def test_endnotes_section_and_numbering_restarting_per_chapter(endnotes: DocumentDraft) -> None:
    assert endnotes.title == "Grain Corridors Through Kazakhstan"
    assert endnotes.publisher == "Steppe Analytics Group" and endnotes.authors == []
    notes = _kind(endnotes, PassageKind.FOOTNOTE)
    assert [p.number for p in notes] == ["1", "2", "1", "2"]
    assert [p.url for p in notes] == ["https://tw.example/grain", None,
                                      "https://ktz.example/review", None]  # fmt: skip
    assert notes[3].title == "Inspection Rates at Chinese Border Posts"
    assert all(p.section == "Endnotes" for p in notes)
    refs = [(r["number"], endnotes.text[r["offset"] - 6 : r["end"]])
            for r in endnotes.meta["footnote_refs"]]  # fmt: skip
    assert refs == [("1", " 2021.1"), ("2", "ostyk.2"), ("1", " year,1"), ("2", " 2022.2")]
    # the numbers themselves stay in the text
    assert "two fewer than in 2021.1 Operators" in endnotes.text


def test_a_very_long_paragraph_is_built_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """The end-of-paragraph tests look at a bounded tail, not the whole growing paragraph
    (they did: a 25,000-line block took minutes). Counts the characters the tests scan."""
    from loaders.readers.report import body

    scanned: list[int] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str, *args: int) -> re.Match[str] | None:
            scanned.append(len(text))
            return self.pattern.search(text, *args)

    for name in ("_CLOSED", "_OPEN_END", "_HYPHEN_END"):
        monkeypatch.setattr(body, name, Counting(getattr(body, name)))
    lines = [f"the partners agreed on item {i} and on the next one, with" for i in range(5000)]
    text = "Report on Ports\n\n" + "\n".join(lines) + "\nthe end of a long coopera-\ntion.\n"
    (doc,) = read(text, "long.txt")
    paragraph = max(doc.passages, key=lambda p: p.end - p.start)
    body_text = _text(doc, paragraph)
    assert "item 4999 and on the next one, with the end of a long cooperation." in body_text
    assert body_text.count("the partners agreed") == 5000
    assert len(scanned) >= 5000 and sum(scanned) < 300 * len(scanned)


def test_hyphens_over_line_ends_consult_the_spelling_built_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`long-`+`term` keeps its hyphen where the text spells "long-term" elsewhere and never
    "longterm"; `Part-`+`nership` is rejoined. The spelling is gathered once per document,
    not by a search of the whole text per hyphen."""
    from loaders.readers.report import body

    scans: list[int] = []
    real = body.hyphenated_pairs

    def counting(text: str) -> set[str]:
        scans.append(len(text))
        return real(text)

    monkeypatch.setattr(body, "hyphenated_pairs", counting)
    para = "the long-term plan of the Part-\nnership and its long-\nterm aims, with"
    text = "Report on Ports\n\n" + "\n".join([para] * 200) + "\nthe end.\n"
    (doc,) = read(text, "hyphens.txt")
    joined = " ".join(_text(doc, p) for p in doc.passages)
    assert joined.count("Partnership") == 200 and joined.count("long-term") == 400
    assert "Part-" not in joined and "longterm" not in joined
    assert len(scans) == 1
