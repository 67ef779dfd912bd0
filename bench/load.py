"""bench/load: seed corpus load time into an empty SQLite file (cold) and again with every
file unchanged (refresh), then documents and passages per kind.

Run: ``python -m bench load``. Wall-clock figures of one run on this machine; the cold
figure includes migrations, the whole extraction pipeline and the sameAs/duplicate passes.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session

from kb.db import create_db_engine
from kb.models import Document, Passage
from loaders.runner import load_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        timings = []
        for label in ("cold", "refresh"):
            start = time.perf_counter()
            summary = load_paths(engine, [SEEDS])
            timings.append((label, time.perf_counter() - start, summary))
        for label, seconds, s in timings:
            print(
                f"{label:8} {seconds:6.2f} s  added {len(s.added)}  updated {len(s.updated)}  "
                f"unchanged {len(s.unchanged)}  failed {len(s.failed)}"
            )
        with Session(engine) as session:
            docs = dict(
                session.execute(select(Document.kind, func.count()).group_by(Document.kind)).all()
            )
            passages = session.execute(
                select(Document.kind, Passage.kind, func.count())
                .join(Document, Document.id == Passage.document_id)
                .group_by(Document.kind, Passage.kind)
                .order_by(Document.kind, Passage.kind)
            ).all()
            totals = timings[0][2].totals
        engine.dispose()
    for kind, count in sorted(docs.items()):
        per = ", ".join(f"{pk} {n}" for dk, pk, n in passages if dk == kind)
        print(f"{kind:8} documents {count:3}  passages: {per}")
    print("stored:", ", ".join(f"{k} {v}" for k, v in totals.items()))


if __name__ == "__main__":
    main()
