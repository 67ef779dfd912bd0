"""`kb load` on a folder of a PDF report, an HTML article, an unrolled-thread page and a JSON
export, as a user runs it (the real command line, a real SQLite file), then read back
over GraphQL: the right documents with passages (pages on the PDF's), entities,
statistics and claims; an unchanged PDF is skipped on refresh; a corrupt PDF, an HTML page
without text and a JSON file of another shape each fail alone with a one-line reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kb.db import create_db_engine
from tests.api_helpers import Api
from tests.ingest_helpers import CORRUPT_PDF, FIXTURES, write_report_pdf

KB = Path(sys.executable).parent / "kb"
GOOD = ["news_article.html", "unrolled_thread.html", "archive_export.json"]
BAD = {
    "corrupt.pdf": "not a readable PDF",
    "no_text.html": "HTML page has no main text",
    "not_tweets.json": "JSON holds no tweet objects",
}

QUERY = """
query ($path: String!) {
  documents(first: 5, filter: {sourcePath: $path}) {
    edges { node {
      kind title url publishedOn sourcePath
      authors { name }
      publisher { name }
      passages(first: 100) { totalCount edges { node { kind number page section text url } } }
      statistics(first: 50) { totalCount edges { node { surface unit value } } }
      claims(first: 50) { totalCount edges { node { text } } }
      mentions(first: 100) { edges { node { entity { name } } } }
    } }
  }
}
"""


def _kb(*args: str, db: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KB_DATABASE_URL": f"sqlite:///{db}", "COLUMNS": "250"}
    return subprocess.run(
        [str(KB), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, Engine]:
    root = tmp_path_factory.mktemp("ingest")
    corpus = root / "corpus"
    corpus.mkdir()
    write_report_pdf(corpus / "working_paper.pdf")
    for name in GOOD:
        (corpus / name).write_bytes((FIXTURES / name).read_bytes())
    db = root / "kb.sqlite"
    first = _kb("load", str(corpus), db=db, cwd=root)
    assert first.returncode == 0, first.stdout + first.stderr
    engine = create_db_engine(f"sqlite:///{db}")
    return corpus, db, first.stdout, engine


def _docs(engine: Engine, path: str) -> list[dict]:
    result = Api(engine).post(QUERY, {"path": path})
    assert "errors" not in result, result
    return [e["node"] for e in result["data"]["documents"]["edges"]]


def _names(doc: dict) -> set[str]:
    return {m["node"]["entity"]["name"] for m in doc["mentions"]["edges"]}


def test_the_four_formats_load_as_the_right_documents(loaded: tuple) -> None:
    _, _, stdout, engine = loaded
    assert "failed" not in stdout.split("documents (files)")[0]
    (report,) = _docs(engine, "working_paper.pdf")
    assert report["kind"] == "REPORT"
    assert [a["name"] for a in report["authors"]] == ["Elena Markova", "David Chen"]
    passages = [e["node"] for e in report["passages"]["edges"]]
    assert {p["kind"] for p in passages} >= {"HEADING", "PARAGRAPH", "FOOTNOTE", "TABLE_ROW"}
    assert {p["page"] for p in passages} == {1, 2, 3}
    notes = [p for p in passages if p["kind"] == "FOOTNOTE"]
    assert notes[0]["url"] == "https://english.news.cn/20240112/trade-record/c.html"
    assert report["statistics"]["totalCount"] >= 15
    values = {(s["node"]["unit"], s["node"]["value"]) for s in report["statistics"]["edges"]}
    assert ("USD", 240.1e9) in values
    assert report["claims"]["totalCount"] >= 3
    assert {"Russia", "China", "Gazprom"} <= _names(report)

    (article,) = _docs(engine, "news_article.html")
    assert article["kind"] == "ARTICLE"
    assert article["title"] == "Russia and China sign gas deal worth $20 billion"
    assert article["publishedOn"] == "2024-05-16"
    assert article["publisher"]["name"] == "The Daily Meridian"
    assert [a["name"] for a in article["authors"]] == ["Jane Holloway"]
    assert all(p["node"]["page"] is None for p in article["passages"]["edges"])
    assert {"Vladimir Putin", "Xi Jinping"} <= _names(article)
    assert article["statistics"]["totalCount"] >= 3
    assert any("Putin" in c["node"]["text"] or "partnership" in c["node"]["text"]
               for c in article["claims"]["edges"])  # fmt: skip

    (thread,) = _docs(engine, "unrolled_thread.html")
    assert thread["kind"] == "THREAD"
    tweets = [e["node"] for e in thread["passages"]["edges"]]
    assert [t["kind"] for t in tweets] == ["TWEET"] * 4
    assert [t["number"] for t in tweets] == ["1", "2", "3", "4"]
    assert thread["statistics"]["totalCount"] >= 2
    assert thread["claims"]["totalCount"] >= 1

    (export,) = _docs(engine, "archive_export.json")
    assert export["kind"] == "THREAD" and export["url"].endswith("/1800000000000000001")
    assert [t["node"]["number"] for t in export["passages"]["edges"]] == ["1", "2", "3"]
    assert export["passages"]["edges"][2]["node"]["text"].startswith("The ruble's share")
    assert "Bank of Russia" in _names(export) or "Central Bank of the Russian Federation" in \
        _names(export)  # fmt: skip


def test_an_unchanged_pdf_is_skipped_and_a_changed_one_replaced(loaded: tuple) -> None:
    corpus, db, _, engine = loaded

    def counts(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
        assert result.returncode == 0, result.stdout + result.stderr
        lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
        return dict(zip(lines[1], lines[2], strict=True))

    assert counts(_kb("load", str(corpus), db=db, cwd=corpus.parent))["unchanged"] == "4"
    pdf = corpus / "working_paper.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n% an incremental save\n")  # new bytes, same text
    after = counts(_kb("load", str(corpus), db=db, cwd=corpus.parent))
    assert (after["updated"], after["unchanged"]) == ("1", "3")
    (report,) = _docs(engine, "working_paper.pdf")
    assert report["passages"]["totalCount"] >= 30


def test_bad_inputs_fail_alone_with_a_one_line_reason(loaded: tuple, tmp_path: Path) -> None:
    _, _, _, _ = loaded
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "corrupt.pdf").write_bytes(CORRUPT_PDF)
    for name in ("no_text.html", "not_tweets.json", "wire_story.html"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    db = tmp_path / "mixed.sqlite"
    result = _kb("load", str(folder), db=db, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed ")]
    assert len(failed) == 3
    for name, reason in BAD.items():
        (line,) = [f for f in failed if f"{name}:" in f]
        assert reason in line
    (story,) = _docs(create_db_engine(f"sqlite:///{db}"), "wire_story.html")
    assert story["kind"] == "ARTICLE" and story["publisher"]["name"] == "Eastern Ledger"
