"""The THREAD reader and kind detection on the seeds and on hand-written fixtures, and the
seed duplicate thread linked as sameAs through a real load (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session, select

from kb.models import Document, DocumentKind, DocumentLink, PassageKind
from loaders.dedupe import shingles
from loaders.drafts import DocumentDraft
from loaders.readers import read_file, threads
from loaders.readers.detect import detect_kind
from loaders.readers.manifest import load_manifest
from loaders.readers.thread_lines import classify
from loaders.runner import load_paths

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).with_name("fixtures") / "readers" / "threads"
THREAD_002 = "002_6bdc9d3b7232f498.txt"

# Per seed thread file: (first words, tweet numbers) of each thread, in file order.
SEED_THREADS = {
    "000_769defdc8682c5fc.txt": [
        ("Before the election", ["2", "3", "4", "5", "9", "10", "11", "12"]),
        ("There is yet another", ["1", "2", "3"]),
        ("Chinese customs data is out", [None, "2", "3"]),
        ("Failure to address", ["1", "2", "3"]),
        ("Great @WSJ deep dive", [None, "2", "3"]),
        ("With all eyes on China-India", ["1", "2", "3"]),
        ("A notable phone conversation", [None, "2", "3"]),
    ],
    "001_5e94b783f5e64f23.txt": [
        ("As @Huawei releases Harmony OS", [str(n) for n in (*range(1, 8), *range(9, 15))]),
        ("How worried should the West", ["1", "2", "3"]),
        ("Thanks to @ischinger", ["1", "2", "3"]),
        ("Putin and Xi have launched", ["1", "2", "3"]),
        ("Tectonic shifts", ["1"]),
        ("It's hard to predict", [None, "2", "3"]),
    ],
    "002_6bdc9d3b7232f498.txt": [
        ("Great @WSJ deep dive", [None] + [str(n) for n in range(2, 12)]),
    ],
}  # fmt: skip

FIXTURE_THREADS = {
    "mixed.txt": [
        ("Rosatom's new icebreaker fleet", ["3", "4", "6"]),
        ("Kazakhstan quietly overtook", ["1", "2", "3"]),
        ("The Power of Siberia 2 talks", [None, "2", "3"]),
        ("Chinese carmakers now hold", [None, "2", "3"]),
        ("Russia's grain exports", ["1", "2", "5"]),
    ],
    "wrapped.txt": [
        ("Chinese carmakers now hold", [None, "2", "3", "4", "5", "6", "8"]),
        ("Chinese banks are still wary", ["1", "2", "3", "13", "14"]),
    ],
    "unrolled.txt": [
        ("Poland's rail operators", ["1", "2", "3"]),
        ("Kazakh grain is now reaching", ["1", "2"]),
    ],
    "restart.txt": [
        ("Port congestion in Vladivostok", ["2", "3"]),
        ("Mongolia wants a bigger slice", [None, "2"]),
    ],
}

LEFTOVERS = ("• • •", "Missing some Tweet", "force a refresh", "⚡", "THREAD")
NUMBER_MARK = re.compile(r"^(?:\.\.\.\s*)?\d{1,3}/|(?<![\w/])(\d{1,3})/(\d{1,3})?\.?\s*$")


def _has_number_mark(tweet: str) -> bool:
    m = NUMBER_MARK.search(tweet)
    return bool(m) and not (m.group(2) and int(m.group(2)) < int(m.group(1)))  # "24/7" is text


def _read(path: Path) -> list[DocumentDraft]:
    return threads.read(path.read_text(encoding="utf-8"), path.name)


def _check_offsets(doc: DocumentDraft) -> None:
    last = 0
    for p in doc.passages:
        assert 0 <= last <= p.start < p.end <= len(doc.text)
        assert doc.text[p.start : p.end].strip() == doc.text[p.start : p.end]
        last = p.end


def _shape(docs: list[DocumentDraft]) -> list[tuple[str, list[str | None]]]:
    return [(d.text, [p.number for p in d.passages]) for d in docs]


@pytest.mark.parametrize(
    ("folder", "name", "expected"),
    [(SEEDS, n, e) for n, e in SEED_THREADS.items()]
    + [(FIXTURES, n, e) for n, e in FIXTURE_THREADS.items()],
)
def test_threads_per_file_first_words_and_numbers(
    folder: Path, name: str, expected: list[tuple[str, list[str | None]]]
) -> None:
    docs = _read(folder / name)
    assert [d.part for d in docs] == list(range(len(expected)))
    for (text, numbers), (first, want) in zip(_shape(docs), expected, strict=True):
        assert text.startswith(first), text[:60]
        assert numbers == want
    for d in docs:
        assert d.kind == DocumentKind.THREAD
        assert all(p.kind == PassageKind.TWEET for p in d.passages)
        _check_offsets(d)
        for p in d.passages:
            tweet = d.text[p.start : p.end]
            assert not _has_number_mark(tweet), tweet  # tweet numbers are not text
            assert not any(x in tweet for x in LEFTOVERS), tweet
            assert "\n" not in tweet  # wrapped lines are joined


def test_entities_stay_in_the_text() -> None:
    (first, *_rest) = _read(SEEDS / "000_769defdc8682c5fc.txt")
    for kept in ("@JoeBiden", "bloomberg.com/news/articles/…", "🇷🇺🇺🇸", "4556787?fr…"):
        assert kept in first.text
    grain = _read(FIXTURES / "mixed.txt")[4]
    assert "#grain" in grain.text and "🇨🇳 imports" in grain.text


def test_wrapped_lines_are_joined_across_blank_lines() -> None:
    (cars, banks) = _read(FIXTURES / "wrapped.txt")
    tweets = [cars.text[p.start : p.end] for p in cars.passages]
    assert tweets[0].startswith("Chinese carmakers now hold more than half of the new-car market")
    assert "via Vladivostok, so factories sit idle" in tweets[2]
    assert tweets[5].startswith("... and that is where the risk lies")
    assert banks.passages[0].number == "1"
    assert banks.text.startswith("Chinese banks") and "for trade..." in banks.text


def test_first_tweet_wrapped_before_its_number() -> None:
    grain = _read(FIXTURES / "mixed.txt")[4]
    first = grain.text[grain.passages[0].start : grain.passages[0].end]
    assert first == (
        "Russia's grain exports to China are tiny compared with its wheat sales to Egypt or "
        "Turkey, but the new land corridor could change that. Here is what the first season shows."
    )


def test_restart_takes_the_unnumbered_first_tweet_with_it() -> None:
    (ports, mongolia) = _read(FIXTURES / "restart.txt")
    assert ports.text.endswith("whatever the ministry says.")
    assert "24/7" in ports.text  # not a tweet number
    assert mongolia.text.startswith("Mongolia wants") and "through its territory" in mongolia.text


def test_self_link_gives_author_and_url() -> None:
    cars = _read(FIXTURES / "wrapped.txt")[0]
    assert cars.authors == ["@autoanalyst_ru"]
    assert cars.url == "https://x.com/autoanalyst_ru/status/1701234567890123456"
    # a status link of an @-mentioned account is a citation, not the thread's own link
    kazakhstan = _read(FIXTURES / "mixed.txt")[1]
    assert kazakhstan.authors == [] and kazakhstan.url is None
    seed = _read(SEEDS / "002_6bdc9d3b7232f498.txt")[0]
    assert seed.authors == ["@AlexGabuev"]
    assert seed.url == "https://twitter.com/AlexGabuev/status/1272458566167924736"


def test_manifest_authors_replace_the_self_link_guess() -> None:
    name = "002_6bdc9d3b7232f498.txt"
    (doc,) = read_file((SEEDS / name).read_bytes(), name, load_manifest(SEEDS)[name])
    assert doc.authors == ["Alexander Gabuev (@AlexGabuev)"]
    assert doc.url and "/status/" in doc.url


@pytest.mark.parametrize(
    ("line", "lead", "trail", "text"),
    [
        ("14/ Bottom line", 14, None, "Bottom line"),
        ("5/... and so on", 5, None, "... and so on"),
        ("1/14. Findings below", 1, None, "Findings below"),
        ("Some key findings below. 1/14.", None, 1, "Some key findings below."),
        ("A few notes on trade... 1/", None, 1, "A few notes on trade..."),
        ("Here is why 👇 1/ ft.com/content/f36…", None, 1, "Here is why 👇 ft.com/content/f36…"),
        ("... 4/ and more", 4, None, "and more"),
        ("Rail slots are booked 24/7", None, None, "Rail slots are booked 24/7"),
        ("levada.ru/2020/10/21/pre…", None, None, "levada.ru/2020/10/21/pre…"),
    ],
)
def test_tweet_number_styles(line: str, lead: int | None, trail: int | None, text: str) -> None:
    got = classify(line, False)
    assert got is not None
    assert (got.lead, got.trail, got.text) == (lead, trail, text)


@pytest.mark.parametrize(
    "line", ["THREAD", "THREAD 🧵", "THREAD.", "⚡️⚡️⚡️", "• • •", "force a refresh"]
)
def test_markers_and_leftovers_carry_no_text(line: str) -> None:
    got = classify(line, False)
    assert got is not None and got.text == "" and (got.marker or got.boundary)


def test_duplicate_threads_are_contained_not_similar() -> None:
    """The pairs sameAs must find: one copy's shingles inside the other's (not Jaccard)."""
    for short, full in [
        (_read(SEEDS / "000_769defdc8682c5fc.txt")[4], _read(SEEDS / THREAD_002)[0]),
        (_read(FIXTURES / "mixed.txt")[3], _read(FIXTURES / "wrapped.txt")[0]),
    ]:
        a, b = shingles(short.text), shingles(full.text)
        assert len(a & b) / len(a) >= 0.95
        assert len(a & b) / len(a | b) < 0.5


def test_detection_of_seeds_and_unseen_documents() -> None:
    manifest = load_manifest(SEEDS)
    for path in sorted(SEEDS.glob("*.txt")):
        assert detect_kind(path.read_text(encoding="utf-8")) == manifest[path.name].kind
    for path in sorted(FIXTURES.glob("*.txt")):
        assert detect_kind(path.read_text(encoding="utf-8")) == DocumentKind.THREAD, path.name
    articles = FIXTURES.parent / "articles"
    for path in sorted(articles.glob("*.txt")):
        assert detect_kind(path.read_text(encoding="utf-8")) == DocumentKind.ARTICLE, path.name
    news = (
        "Ports work 24/7 now.\n\nA 50/50 split was agreed on 10/12 in Beijing.\n\n"
        "Officials said 2/3 of the cargo is grain.\n\n" + "More text follows here. " * 20
    )
    assert detect_kind(news) == DocumentKind.ARTICLE
    bare = "THREAD\nMoscow's budget relies on oil again.\n2/ Revenue fell 9%.\n3/ Spending did not."
    assert detect_kind(bare) == DocumentKind.THREAD


def _seed_doc(session: Session, source_path: str, part: int) -> Document:
    return session.exec(
        select(Document).where(Document.source_path == source_path, Document.part == part)
    ).one()


def test_seed_duplicate_thread_is_linked_same_as(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        short = _seed_doc(s, "000_769defdc8682c5fc.txt", 4)
        full = _seed_doc(s, "002_6bdc9d3b7232f498.txt", 0)
        links = {(x.document_id, x.other_id) for x in s.exec(select(DocumentLink)).all()}
    assert links == {(short.id, full.id), (full.id, short.id)}  # that pair, and nothing else


def test_fixture_duplicate_thread_is_linked_on_load(empty_engine: Engine, tmp_path: Path) -> None:
    for name in ("mixed.txt", "wrapped.txt", "restart.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    summary = load_paths(empty_engine, [tmp_path])
    assert summary.ok, summary.failed
    with Session(empty_engine) as s:
        docs = {d.id: (d.source_path, d.part) for d in s.exec(select(Document)).all()}
        links = {(docs[x.document_id], docs[x.other_id]) for x in s.exec(select(DocumentLink))}
    assert len(docs) == 9
    assert links == {(("mixed.txt", 3), ("wrapped.txt", 0)), (("wrapped.txt", 0), ("mixed.txt", 3))}


def test_trailing_numbers_and_a_restart_at_one() -> None:
    text = (
        "12 Jun, 6 tweets, 2 min read\n"
        "Beijing has cut its purchases of Russian crude for a third month. Why? 1/\n"
        "Refiners say the discount is too small now.\n"
        "Also, quotas for independent refiners ran out early. 2/\n"
        "5/ What worries Moscow? 1) Growing\n"
        "Chinese leverage; 2) a weaker rouble\n"
        "1/ A second thread, about gas.\n"
        "(2/3) Parenthesised numbers work too.\n"
    )
    docs = threads.read(text, "t.txt")
    assert _shape(docs) == [
        (
            "Beijing has cut its purchases of Russian crude for a third month. Why?\n\n"
            "Refiners say the discount is too small now. Also, quotas for independent refiners "
            "ran out early.\n\n"
            "What worries Moscow? 1) Growing Chinese leverage; 2) a weaker rouble",
            ["1", "2", "5"],
        ),
        ("A second thread, about gas.\n\nParenthesised numbers work too.", ["1", "2"]),
    ]


_PIECES = st.sampled_from(
    ["THREAD", "THREAD 🧵", "⚡️⚡️⚡️", "• • •", "force a refresh", "2/", "1/14.", "3/ ...", "... 1/",
     "14/ Moscow", "👇", "🇷🇺🇨🇳", "@handle", "#tag", "x.com/a_b/status/12", "ft.com/x…", "24/7",
     "Trade fell.", "and then", "Why?", "(2/3)", "", " ", "“quoted”"]
)  # fmt: skip


@given(st.lists(st.lists(_PIECES, max_size=6).map(" ".join), max_size=25).map("\n".join))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_valid_tweets(text: str) -> None:
    for doc in threads.read(text, "t.txt"):
        assert doc.passages
        _check_offsets(doc)
        for p in doc.passages:
            assert doc.text[p.start : p.end]


def test_unroll_headers_name_the_author_and_leave_the_text() -> None:
    docs = _read(FIXTURES / "unrolled.txt")
    assert [(d.authors, [p.number for p in d.passages]) for d in docs] == [
        (["@mkowalska_eu"], ["1", "2", "3"]),
        (["@olegmarin"], ["1", "2"]),
    ]
    for d in docs:
        assert "min read" not in d.text and "Marin\n" not in d.text
    assert docs[0].text.endswith("a rebound would land here first.")
    assert docs[1].text.endswith("as a year ago.")


def test_the_kind_is_settled_by_the_first_megabyte(monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge file is not classified line by line: what follows the sample is not read."""
    from loaders.readers import detect

    report = (SEEDS / "003_a68d32ec9af499bf.txt").read_text(encoding="utf-8")
    tweets = "".join(f"{i % 20 + 1}/ @kb_test the thread goes on\n" for i in range(60_000))
    assert detect_kind(tweets) is DocumentKind.THREAD
    assert detect_kind(report) is DocumentKind.REPORT
    padded = report * (detect.SAMPLE_CHARS // len(report) + 1)
    assert detect_kind(padded + tweets) is DocumentKind.REPORT
    monkeypatch.setattr(detect, "SAMPLE_CHARS", 10 * len(padded))
    assert detect_kind(padded + tweets) is DocumentKind.THREAD  # read whole, the tweets win


def test_same_as_counts_agree_however_they_are_partitioned_and_merged(
    empty_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three lightly edited copies of a scraped file: every thread is linked to its copies,
    and counting the shingles in many hash partitions, merging pair counts after every
    batch, gives exactly the links of one pass."""
    from loaders import dedupe

    seed = (SEEDS / "000_769defdc8682c5fc.txt").read_text(encoding="utf-8")
    for i in range(3):
        (tmp_path / f"copy{i}.txt").write_text(seed.replace("China", "China " * (i + 1)))
    assert load_paths(empty_engine, [tmp_path]).ok

    def links(**kwargs: int) -> set[tuple[str, str, float]]:
        with Session(empty_engine) as s, s.begin():
            dedupe.relink_same_as(s, **kwargs)
            s.flush()
            found = {
                (x.document_id, x.other_id, x.containment) for x in s.exec(select(DocumentLink))
            }
            s.rollback()
        return found

    whole = links()
    threads_per_file = 7
    assert len(whole) == 2 * 3 * threads_per_file  # each thread with each of its 2 copies
    monkeypatch.setattr(dedupe, "MERGE_AT", 1)
    assert links(part_keys=40) == whole


# Thread-reader pages: "<Name> Profile picture" (the avatar's alt text) opens the unrolled
# thread, optionally a profile bio, then a date / tweet-count header. Made-up names.
_PROFILE_PAGES = [
    (
        "Mira Kestrel Profile picture\nMar 3, 2024 9 tweets 2 min read Read on X\n"
        "The summit communique says less than it seems. 🧵\n\n2/ Read the energy section first.",
        "Mira Kestrel",
        "The summit communique",
    ),
    (
        "Tomas J. Varga Profile picture\n"
        "Historian of the Cold War; views my own; blocks trolls w/o apology\n\n"
        "Jul 27, 8 tweets\n\n"
        "1/8 Beijing has chosen its side and Kyiv should plan accordingly.\n\n"
        "2/8 Trade data tell the same story.",
        "Tomas J. Varga",
        "Beijing has chosen",
    ),
    (
        "Lena Ostrova Profile image\nSanctions researcher at a think tank near nowhere\n\n"
        "Nov 2, 2023, 4 tweets\n\n1/ Customs figures for October are out.\n\n2/ Exports fell.",
        "Lena Ostrova",
        "Customs figures for October",
    ),
]


@pytest.mark.parametrize(("page", "author", "opening"), _PROFILE_PAGES)
def test_thread_reader_profile_line_names_the_author(page: str, author: str, opening: str) -> None:
    """One thread, its author from the profile line, the bio and header left out of the text."""
    drafts = threads.read(page, "page.txt")
    assert len(drafts) == 1
    assert drafts[0].authors == [author]
    assert drafts[0].text.startswith(opening)
    assert "Profile" not in drafts[0].text


def test_profile_name_does_not_pass_to_a_later_thread() -> None:
    """The pending name is the next thread's only: a second thread after a separator has none."""
    page = (
        "Mira Kestrel Profile picture\nMar 3, 2024 3 tweets 1 min read\n"
        "1/ First thread opens here.\n\n2/ And goes on.\n\n• • •\n\n"
        "1/ A second thread by someone else.\n\n2/ With its own points."
    )
    drafts = threads.read(page, "page.txt")
    assert [d.authors for d in drafts] == [["Mira Kestrel"], []]


@pytest.mark.parametrize(
    "header",
    ["13 Tweets 1 reads Feb 08, 2023", "Jul 27, 8 tweets", "Mar 12, 2022, 7 tweets"],
)
def test_short_unroll_headers_hand_the_handle_above_to_the_thread(header: str) -> None:
    """The handle lines above a tweet-count header name the thread's author."""
    page = (
        f"Ivo Marek\n\n@ivomarek\n\n{header}\nThe export data need a closer look.\n2/ Here is why."
    )
    drafts = threads.read(page, "page.txt")
    assert [d.authors for d in drafts] == [["@ivomarek"]]
    assert drafts[0].text.startswith("The export data")


@pytest.mark.parametrize(
    "tweet", ["3 tweets in, the point is simple.", "7 tweets later, reads true"]
)
def test_a_tweet_about_tweets_is_not_a_header(tweet: str) -> None:
    parsed = classify(tweet, False)
    assert parsed is not None and not parsed.boundary


@pytest.mark.parametrize(
    "line",
    ["Profile picture", "@mira Profile picture", "See the profile picture of the minister"],
)
def test_profile_line_needs_a_name_before_it(line: str) -> None:
    parsed = classify(line, False)
    assert parsed is not None and parsed.author is None
