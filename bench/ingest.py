"""bench/ingest: reading speed of each input format, the PDF libraries compared, and the
PDF reader's peak memory on a 300-page report.

Run: ``python -m bench ingest``. Readers only (bytes → document drafts, no extraction
pipeline, no database): that is what the formats add to a load.

- PDF: the seed report typeset to 51 pages (:mod:`bench.pdfgen`) through the whole reader
  (PDFium lines → furniture, notes, tables → report reader → pages), pages/s and s/MB;
  then the raw text extraction of the candidate libraries on the same file: PDFium with
  positions and sizes (what the reader uses), pypdf's ``extract_text`` (no positions),
  pdfplumber's ``extract_text`` and ``extract_tables`` (pdfminer.six underneath);
- a 300-page PDF (the seed report, then its body six times more), read in a child process: wall time
  and peak RSS (``VmHWM``) against the RSS before reading;
- HTML: the four fixture pages (two articles, two thread pages) read 50 times each;
- JSON: an export of 5,000 tweets in 500 reply chains, generated here.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pdfgen import render, seed_items

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "003_a68d32ec9af499bf.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
HEAD = "Russian-Chinese Dialogue: The 2022 Model"

_CHILD = """
import resource, sys, time
from pathlib import Path
import loaders.readers as r, loaders.readers.pdf, loaders.readers.report  # imports first
def status_kib(key):  # VmRSS now, VmHWM its high-water mark (ru_maxrss is inherited
    for line in open("/proc/self/status"):  # from the parent across fork and exec)
        if line.startswith(key):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
base = status_kib("VmRSS:")
data = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
docs = r.read_file(data, "big.pdf")
took = time.perf_counter() - start
peak = status_kib("VmHWM:")
print(took, base, peak, len(docs[0].passages), len(docs[0].text))
"""


def _timed(fn, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def _pdf(tmp: Path) -> None:
    from loaders.readers import read_file

    path = tmp / "seed.pdf"
    pages = render(seed_items(SEED.read_text(encoding="utf-8")), path, head=HEAD).pages
    data = path.read_bytes()
    mb = len(data) / 2**20
    read_file(data, "warm-up.pdf")
    took = _timed(lambda: read_file(data, "seed.pdf"), 2)
    rate = pages / took
    print(f"pdf   reader     {pages} pages, {mb:.2f} MB: {took:.2f} s = {rate:.1f} pages/s, "
          f"{took / mb:.2f} s/MB")  # fmt: skip
    _libraries(path, pages)
    big = tmp / "big.pdf"
    items = seed_items(SEED.read_text(encoding="utf-8"))
    body = items[60:]  # past the title pages and contents
    big_pages = render(items + body * 6, big, head=HEAD).pages
    out = subprocess.run([sys.executable, "-c", _CHILD, str(big)], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()  # fmt: skip
    took, base, peak = float(out[0]), int(out[1]), int(out[2])
    big_mb = big.stat().st_size / 2**20
    print(f"pdf   reader     {big_pages} pages, {big_mb:.2f} MB: {took:.2f} s = "
          f"{big_pages / took:.1f} pages/s, {took / big_mb:.2f} s/MB; peak RSS {peak / 1024:.0f} "
          f"MiB (the process held {base / 1024:.0f} MiB after its imports, before reading); "
          f"{out[3]} passages, {int(out[4]):,} characters")  # fmt: skip


def _libraries(path: Path, pages: int) -> None:
    import pdfplumber
    import pypdf

    from loaders.readers.pdf.chars import read_pages

    data = path.read_bytes()
    took = _timed(lambda: read_pages(data, "x"))
    print(f"pdf   pypdfium2  lines with positions and sizes: {pages / took:.1f} pages/s")
    import pypdfium2 as pdfium

    def plain() -> None:
        pdf = pdfium.PdfDocument(data)
        for page in pdf:
            page.get_textpage().get_text_range()

    took = _timed(plain)
    print(f"pdf   pypdfium2  plain text (no positions): {pages / took:.1f} pages/s")
    took = _timed(lambda: [p.extract_text() for p in pypdf.PdfReader(path).pages])
    print(f"pdf   pypdf      extract_text (plain text, no positions): {pages / took:.1f} pages/s")
    runs: list[tuple] = []

    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:
        runs.append((text, cm[4] + tm[4], cm[5] + tm[5], size))

    took = _timed(lambda: [p.extract_text(visitor_text=visit) for p in pypdf.PdfReader(path).pages])
    print(f"pdf   pypdf      extract_text + visitor (positions per text run, no per-character "
          f"boxes): {pages / took:.1f} pages/s")  # fmt: skip
    sample = 10
    with pdfplumber.open(path) as pdf:
        took = _timed(lambda: [p.extract_text() for p in pdf.pages[:sample]])
    print(f"pdf   pdfplumber extract_text: {sample / took:.1f} pages/s")
    with pdfplumber.open(path) as pdf:  # a fresh file: no characters cached by extract_text
        took = _timed(lambda: [p.extract_tables() for p in pdf.pages[:sample]])
    print(f"pdf   pdfplumber extract_tables: {sample / took:.1f} pages/s")


def _html() -> None:
    from loaders.readers import read_file

    pages = [(p.name, p.read_bytes()) for p in sorted(FIXTURES.glob("*.html"))
             if p.name != "no_text.html"]  # fmt: skip
    size = sum(len(d) for _, d in pages) / 2**20
    read_file(pages[0][1], pages[0][0])
    repeat = 50
    took = _timed(lambda: [read_file(d, n) for n, d in pages], repeat)
    print(f"html  reader     {len(pages)} pages ({size * 1024:.1f} KB): {len(pages) / took:.1f} "
          f"pages/s, {took / size:.2f} s/MB")  # fmt: skip


def _json() -> None:
    from loaders.readers import read_file

    tweets = []
    for chain in range(500):
        for k in range(10):
            ident = 1_800_000_000_000_000_000 + chain * 100 + k
            tweets.append({"tweet": {
                "id_str": str(ident), "full_text": f"{k + 1}/ Russia-China trade note {chain}: "
                "exports rose 12 percent to $9.5 billion, the ministry said.",
                "created_at": "Mon Jun 10 09:00:00 +0000 2024",
                "in_reply_to_status_id_str": str(ident - 1) if k else None,
                "user": {"screen_name": f"user{chain % 7}", "name": "Analyst"}}})  # fmt: skip
    data = json.dumps(tweets[::-1]).encode()
    mb = len(data) / 2**20
    took = _timed(lambda: read_file(data, "export.json"), 3)
    docs = read_file(data, "export.json")
    print(f"json  reader     {len(tweets)} tweets, {mb:.2f} MB -> {len(docs)} threads: "
          f"{len(tweets) / took:,.0f} tweets/s, {took / mb:.2f} s/MB")  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _pdf(Path(tmp))
    _html()
    _json()


if __name__ == "__main__":
    main()
