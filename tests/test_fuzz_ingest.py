"""Damaged PDFs, HTML pages and JSON exports: every truncation, byte flip or odd shape either
reads (offsets inside the text) or fails with a DocumentError (a one-line reason naming the
file); nothing else escapes to the runner's last-resort boundary."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kb.errors import DocumentError
from loaders.readers import read_file
from tests.ingest_helpers import FIXTURES, write_report_pdf

ODD_JSON = [
    [],
    {},
    [1, 2],
    "text",
    None,
    [{"id": 1.5, "text": 3}],
    [{"tweet": None}],
    {"data": "x"},
    {"data": [None, {"id": 1, "text": ""}]},
    [{"id": 1, "text": "a", "user": "bob"}],
    [{"id": 1, "text": "a", "created_at": 5, "referenced_tweets": "x"}],
    [{"id": 1, "text": "a", "referenced_tweets": [None, {"type": "replied_to"}]}],
    [
        {"id": "a", "text": "one", "in_reply_to_status_id": "b"},
        {"id": "b", "text": "two", "in_reply_to_status_id": "a"},
    ],
]


def _check(data: bytes, name: str) -> None:
    try:
        drafts = read_file(data, name)
    except DocumentError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    for draft in drafts:
        assert all(0 <= p.start < p.end <= len(draft.text) for p in draft.passages)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("fuzz") / "report.pdf"
    write_report_pdf(path)
    return path.read_bytes()


def test_truncated_and_flipped_pdfs(pdf: bytes) -> None:
    rnd = random.Random(14)
    for end in range(0, len(pdf), len(pdf) // 25):
        _check(pdf[:end] or b" ", "cut.pdf")
    for _ in range(25):
        damaged = bytearray(pdf)
        for _ in range(20):
            damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        _check(bytes(damaged), "flipped.pdf")


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_truncated_web_pages_and_exports(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    for end in range(1, len(data), max(1, len(data) // 15)):
        _check(data[:end], name)


@pytest.mark.parametrize("shape", ODD_JSON, ids=range(len(ODD_JSON)))
def test_json_of_odd_shapes(shape: object) -> None:
    _check(json.dumps(shape).encode(), "odd.json")


def test_a_reply_cycle_is_not_a_thread() -> None:
    with pytest.raises(DocumentError, match="no content found in this JSON file"):
        read_file(json.dumps(ODD_JSON[-1]).encode(), Path("cycle.json").name)
