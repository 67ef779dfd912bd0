"""Property-based fuzzing of `loaders.readers.read_file`, the readers' stable entry point.

Whatever the bytes (random, truncated seeds, binary, adversarial text) and whatever kind a
manifest forces, `read_file` either returns drafts whose passages index their text or
raises `DocumentError` naming the file with a one-line reason; it never hangs (a time
limit turns a hang into a failure). The big inputs (50 MB, 10^6 digits) are `slow`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.errors import DocumentError
from kb.models import DocumentKind
from loaders.readers import read_file
from loaders.readers.manifest import ManifestEntry
from loaders.worker import DocumentTimeout, time_limit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_BYTES = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
LIMIT_S = 60.0  # a hang, not a target: the seeds read in well under a second
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
KINDS = st.sampled_from([None, *DocumentKind])


def adversarial(n: int) -> list[str]:
    """Texts that punish naive regexes and recursive parsers, `n` units long."""
    return [
        "9" * n,
        "“" * n + "quoted" + "”" * n,
        "\"'«" * n,
        "(" * n,
        "((((" * (n // 4) + "\n" + ")" * n,
        "Russia " * n,
        "1/ " + "@a " * n,
        "1/ 2/ 3/ " * (n // 9 + 1),
        "$" + "1," * n + "5 billion",
        "a" * n + "!",
        "\n" * n + "x",
        "Table 1. " + "| 1 " * (n // 4),
        "ISBN Contents Introduction References\n" * (n // 40 + 1),
        "\u202e\u200b\ufeff" * (n // 3),
        "🇷🇺🇨🇳" * (n // 4),
    ]


def check(data: bytes, kind: DocumentKind | None = None, path: str = "fuzz/input.txt") -> None:
    entry = ManifestEntry(kind=kind) if kind else None
    try:
        with time_limit(LIMIT_S):
            drafts = read_file(data, path, entry)
    except DocumentError as exc:
        assert exc.path == path
        assert exc.reason.strip() and "\n" not in exc.reason, repr(exc.reason)
        return
    except DocumentTimeout:
        pytest.fail(f"read_file took over {LIMIT_S:g} s on {data[:60]!r}… ({len(data)} bytes)")
    assert drafts
    for draft in drafts:
        assert isinstance(draft.text, str)
        for passage in draft.passages:
            assert 0 <= passage.start <= passage.end <= len(draft.text)


@FUZZ
@given(data=st.binary(max_size=4096), kind=KINDS)
def test_random_bytes(data: bytes, kind: DocumentKind | None) -> None:
    check(data, kind)


@FUZZ
@given(text=st.text(max_size=3000), kind=KINDS)
def test_random_text(text: str, kind: DocumentKind | None) -> None:
    check(text.encode("utf-8"), kind)


@FUZZ
@given(
    seed=st.sampled_from(SEED_BYTES),
    cut=st.floats(min_value=0, max_value=1),
    kind=KINDS,
)
def test_truncated_seeds(seed: bytes, cut: float, kind: DocumentKind | None) -> None:
    check(seed[: int(len(seed) * cut)], kind)  # may cut inside a UTF-8 sequence


@FUZZ
@given(
    seed=st.sampled_from(SEED_BYTES),
    at=st.floats(min_value=0, max_value=1),
    junk=st.binary(min_size=1, max_size=64),
)
def test_seeds_with_junk_spliced_in(seed: bytes, at: float, junk: bytes) -> None:
    i = int(len(seed) * at)
    check(seed[:i] + junk + seed[i:])


@pytest.mark.parametrize("kind", [None, *DocumentKind])
@pytest.mark.parametrize("index", range(len(adversarial(8))))
def test_adversarial_text(index: int, kind: DocumentKind | None) -> None:
    check(adversarial(20_000)[index].encode("utf-8"), kind)


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(adversarial(8))))
def test_adversarial_text_at_a_million(index: int) -> None:
    check(adversarial(1_000_000)[index].encode("utf-8"))


@pytest.mark.slow
def test_a_50_megabyte_file() -> None:
    block = SEED_BYTES[3]
    check((block + b"\n\n") * (50 * 2**20 // (len(block) + 2) + 1))
