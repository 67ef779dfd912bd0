"""Synthetic corpora N× the seeds: same document kinds and layout, new names and numbers.

`generate(scale, out, seed)` writes `scale` copies of every seed file into `out` (one flat
folder, with a `manifest.toml` like the seeds'). Each copy gets its own deterministic
rewrite, so copies are different documents rather than byte-identical files:

- person-like names (capitalised words that never occur in lower case in the seeds and are
  not on a short list of places and topics) become invented names, consistently within a
  copy (so a report's contents page still repeats its headings, and the manifest's authors
  match the text);
- Twitter handles (`@name`, and `/name/` in URLs) become invented handles;
- years shift by a few years, other numbers ≥ 10 are scaled by a factor in [0.6, 1.4]
  keeping their written form (grouping commas, decimals); tweet numbers (`2/`), list and
  footnote markers at a line start and numbers inside URLs are left alone;
- about half of the longer lower-case words are swapped among themselves per copy, so two
  copies of one seed share few word 3-shingles (no cross-copy `sameAs` links) while the
  seeds' own duplicate thread pair stays a pair inside each copy.

The rewrite is a benchmark device, not an extractor: it keys on token shapes only.
Run `python -m bench.synth 100 /tmp/corpus100 [--seed N]`.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MANIFEST = "manifest.toml"

# Capitalised words kept as they are: places and topic words the corpus is about.
KEEP = frozenset(
    """
    Russia Russian Russians China Chinese Moscow Beijing Kremlin America American Americans
    Europe European Europeans Asia Asian Eurasia Eurasian Arctic Ukraine Ukrainian
    Kazakhstan India Indian Japan Japanese Korea Korean Iran Mongolia Central East West
    North South Far Siberia Siberian Pacific Atlantic Africa African Soviet Union
    Federation Republic People Council Institute University Ministry Bank Belt Road
    Initiative January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Twitter Facebook
    President Prime Minister Foreign Affairs State International Studies Academy Sciences
    Report Table Contents Summary Introduction References Conclusion Conclusions Source
    Note Figure Thread THREAD COVID
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
_TOKEN = re.compile(r"[A-Za-z][a-z]+")
_HANDLE = re.compile(r"(?<![\w@])@(\w{2,30})")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|ru|cn|org|net|uk|gov)/\S*")
_NUMBER = re.compile(r"(?<![\w.,/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/])")
_LONG_WORD = re.compile(r"\b[a-z]{7,}\b")
_SYLLABLE_TEXT = "ka to ri vel mo sa dan or ley zin pa lu mer go ran si ve nor ta bek vo lin as tro"
_SYLLABLES = (_SYLLABLE_TEXT + " hel mi du sen ar ko ba lis tev").split()


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _invented(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


class Rewriter:
    """One copy's consistent rewrite of names, handles, numbers and words."""

    def __init__(self, vocabulary: Vocabulary, copy: int, seed: int) -> None:
        self.copy, self.seed = copy, seed
        rng = _rng("words", seed, copy)
        self.year_shift = rng.choice([-3, -2, -1, 1, 2, 3])
        words = sorted(vocabulary.long_words)
        chosen = [w for w in words if rng.random() < 0.5]
        shuffled = chosen[:]
        rng.shuffle(shuffled)
        self.words = dict(zip(chosen, shuffled, strict=True))
        self.names: dict[str, str] = {}
        self.handles: dict[str, str] = {}
        self.vocabulary = vocabulary

    def name(self, word: str) -> str:
        if word not in self.names:
            rng = _rng("name", self.seed, self.copy, word)
            self.names[word] = _invented(rng, max(2, min(4, len(word) // 3)))
        return self.names[word]

    def handle(self, handle: str) -> str:
        if handle not in self.handles:
            rng = _rng("handle", self.seed, self.copy, handle)
            self.handles[handle] = _invented(rng, 3) + rng.choice(["", "_", "_ru", "7"])
        return self.handles[handle]

    def number(self, match: re.Match[str]) -> str:
        whole, frac = match.group(1), match.group(2) or ""
        value = int(whole.replace(",", ""))
        if value < 10 and not frac:
            return match.group(0)
        if not frac and 1950 <= value <= 2035 and "," not in whole:
            return str(value + self.year_shift)
        rng = _rng("number", self.seed, self.copy, match.group(0))
        scaled = float(whole.replace(",", "") + frac) * rng.uniform(0.6, 1.4)
        decimals = len(frac) - 1 if frac else 0
        out = f"{scaled:,.{decimals}f}" if "," in whole else f"{scaled:.{decimals}f}"
        return out

    def _plain(self, text: str) -> str:
        """Rewrite a stretch of text that holds no URL."""
        text = _HANDLE.sub(lambda m: "@" + self.handle(m.group(1)), text)
        lines = []
        for line in text.split("\n"):
            lead = re.match(r"\s*(?:\.\.\.\s*)?\d+(?:\.\d+)*[./)]?", line)
            head, rest = (line[: lead.end()], line[lead.end() :]) if lead else ("", line)
            rest = _NUMBER.sub(self.number, rest)
            lines.append(head + rest)
        text = "\n".join(lines)
        text = _TOKEN.sub(self._token, text)
        return _LONG_WORD.sub(lambda m: self.words.get(m.group(0), m.group(0)), text)

    def _token(self, match: re.Match[str]) -> str:
        word = match.group(0)
        return self.name(word) if word in self.vocabulary.names else word

    def _url(self, url: str) -> str:
        for handle in self.vocabulary.handles:
            url = url.replace(f"/{handle}/", f"/{self.handle(handle)}/")
        return url

    def rewrite(self, text: str) -> str:
        out: list[str] = []
        last = 0
        for m in _URL.finditer(text):
            out.append(self._plain(text[last : m.start()]))
            out.append(self._url(m.group(0)))
            last = m.end()
        out.append(self._plain(text[last:]))
        return "".join(out)


class Vocabulary:
    """What the seeds hold that a rewrite may change: names, handles, long words."""

    def __init__(self, texts: list[str]) -> None:
        joined = "\n".join(texts)
        plain = _HANDLE.sub(" ", _URL.sub(" ", joined))
        lower = set(re.findall(r"\b[a-z]+\b", plain))
        capitalised = set(re.findall(r"\b[A-Z][a-z]+\b", joined))
        self.names = frozenset(
            w for w in capitalised if w.lower() not in lower and w not in KEEP and len(w) > 2
        )
        self.handles = frozenset(_HANDLE.findall(joined))
        self.long_words = frozenset(_LONG_WORD.findall(joined))


def _seed_files(seeds: Path) -> list[Path]:
    return sorted(p for p in seeds.iterdir() if p.is_file() and p.name != MANIFEST)


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _manifest_entry(name: str, raw: dict, rewriter: Rewriter, identity: bool) -> str:
    lines = [f"[files.{_toml_string(name)}]"]
    for key, value in raw.items():
        if identity:
            lines.append(f"{key} = {_toml_value(value)}")
            continue
        if key == "authors":
            value = [rewriter.rewrite(a) for a in value]
        elif isinstance(value, str) and key != "kind":
            value = rewriter.rewrite(value)
        lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def iter_copies(scale: int, seed: int = 0, seeds: Path = SEEDS) -> Iterator[tuple[str, str, str]]:
    """(file name, text, manifest entry or "") for every file of the corpus, one at a time."""
    files = _seed_files(seeds)
    texts = [f.read_text(encoding="utf-8") for f in files]
    manifest = tomllib.loads((seeds / MANIFEST).read_text(encoding="utf-8")).get("files", {})
    authors = [a for entry in manifest.values() for a in entry.get("authors", ())]
    vocabulary = Vocabulary(texts + authors)
    for copy in range(scale):
        rewriter = Rewriter(vocabulary, copy, seed)
        for index, (f, text) in enumerate(zip(files, texts, strict=True)):
            digest = hashlib.sha1(f"{seed}:{copy}:{f.name}".encode()).hexdigest()[:16]
            name = f"{copy:05d}_{index:02d}_{digest}{f.suffix}"
            entry = manifest.get(f.name)
            identity = copy == 0 and seed == 0
            body = text if identity else rewriter.rewrite(text)
            yield name, body, _manifest_entry(name, entry, rewriter, identity) if entry else ""


def generate(scale: int, out: Path, seed: int = 0, seeds: Path = SEEDS) -> Path:
    """Write a corpus `scale`× the seeds into `out` (created); returns `out`.

    Copy 0 of seed 0 is the seeds themselves, so a 1× corpus equals `seeds/`.
    """
    if scale < 1:
        raise ValueError(f"scale must be at least 1, got {scale}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / MANIFEST).open("w", encoding="utf-8") as manifest:
        manifest.write(f"# Synthetic corpus: {scale}x the seeds, seed {seed} (bench/synth.py)\n\n")
        for name, text, entry in iter_copies(scale, seed, seeds):
            (out / name).write_text(text, encoding="utf-8")
            if entry:
                manifest.write(entry + "\n")
    return out


def _describe(out: Path, seconds: float) -> str:
    files = [p for p in out.iterdir() if p.name != MANIFEST]
    size = sum(p.stat().st_size for p in files) / 2**20
    return f"wrote {len(files)} files, {size:.1f} MiB, to {out} in {seconds:.1f} s"


def main(argv: list[str] | None = None) -> int:
    """With arguments, write a corpus; without (`python -m bench`), time a 10x corpus."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth", description="Write a synthetic corpus N× the seeds."
    )
    parser.add_argument("scale", type=int, help="how many times the seeds (e.g. 100, 1000)")
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    if argv is None:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            out = generate(10, Path(tmp) / "corpus10")
            print("synth 10x: " + _describe(out, time.perf_counter() - started))
        return 0
    args = parser.parse_args(argv)
    started = time.perf_counter()
    out = generate(args.scale, args.out, args.seed)
    print(_describe(out, time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
