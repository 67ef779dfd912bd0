"""bench/claims: attributed statements found with the right speaker and attribution.

On the annotated sample in bench/data/claims_gold.py (see its docstring for how it was
made): held-out written documents (entity stage simulated by exact-name mentions of the
entities each document declares, and again with *no* entities, to show how attribution
degrades) and the seeds through the real readers and pipeline (dev figure). Prints, per
part: gold statements, found, speaker accuracy, attribution accuracy, kind accuracy, and
the target figure: attributed (non-AUTHOR) statements found with the right speaker AND
attribution. Then sentences/second of the sentence + claims stages over the seeds.

First run on the held-out part, before any change prompted by it (2026-11-22):
    held-out (entities known)  gold 33  found 33  speaker 0.788  attribution 0.848
        kind 0.879  attributed right (speaker+attribution) 0.731 of 26
    held-out (no entity stage) attribution 0.818, attributed right 0.423 of 26
The rules were then improved on the misses it printed (adverbs like "privately", trailing
", X wrote in …" attributions, "put it in a 2023 interview, “…”", "the view of X" naming a
quote's speaker, "In X's view", "Wang Wen of Renmin University"), so later held-out figures
are no longer unseen. A second held-out batch ("written-heldout-2") was then written and
annotated before running; its first run:
    held-out 2 (entities known): attributed right (speaker+attribution) 0.500 of 14
        (misses: "Interfax, citing a source …, reported that", "diplomats … doubt that",
        "“…,” Name, a fellow at …, told this newspaper", "per @kommersant,", "puts it
        well:", "several Russian commentators have written", "scholars I spoke to argue")
and the rules were improved on those misses too. A third batch ("written-heldout-3"),
written after all that tuning, first run:
    held-out 3 (entities known): speaker 0.643, attribution 0.857, kind 0.786,
        attributed right (speaker+attribution) 0.583 of 12
(misses: a speaker introduced by the sentence *before* a bare quotation "X, a former
minister, put the dilemma bluntly. “…”"; "businesspeople complain that"; "X cautioned
that", and the "he said" that followed it). So the honest figure on unseen documents is
the first-run one of each batch: 0.73, 0.50, 0.58 — below the 0.9 target; the rules were
then extended for those misses as well. A fourth batch ("written-heldout-4"), first run:
    held-out 4 (entities known): speaker 0.667, attribution 0.667, kind 0.867,
        attributed right (speaker+attribution) 0.615 of 13
(misses: "The Ministry … expects exports to grow", "officials privately concede that",
"…, per SIPRI.", "X quoted an unnamed officer saying that “…”", "analysts tend to read this
as …"). First-run figures on unseen batches so far: 0.73, 0.50, 0.58, 0.62 — below the 0.9
target. Figures printed after a batch's fixes are dev figures, not unseen ones.
A fifth batch ("written-heldout-5", bench/data/claims_gold_5.py, issue 12's shapes: titled
appositions, propose/urge/put forward/wrote on Telegram, "…, said Minister X", follow-ups
"he"/"According to him"/"the ministry said"/"the company added", organisations and data
sources, a source carried over a thread's figures), first run (2026-12-06):
    held-out 5 (entities known): speaker 0.647, attribution 0.745, kind 0.706,
        attributed right (speaker+attribution) 0.625 of 48
    held-out 5 (entities stage): speaker 0.549, attribution 0.725,
        attributed right (speaker+attribution) 0.521 of 48
and after the fixes for its misses (dev figures) 1.000 / 0.979. A sixth batch
("written-heldout-6", same file, written after those fixes: statements in a company's
statement, interviews with broadcasters, "countered", "echoed …, saying", "as @x has
shown", "Analysts at X estimate", "Data published by X shows"), first run (2026-12-06):
    held-out 6 (entities known): speaker 0.679, attribution 0.750,
        attributed right (speaker+attribution) 0.625 of 24
    held-out 6 (entities stage): speaker 0.679, attribution 0.786,
        attributed right (speaker+attribution) 0.625 of 24
"entities stage" runs the real pipeline (loaders.components.entities) instead of the
simulated mentions: the figure a user gets. "no entities" shows the degradation without an
entity stage: attribution stays right, a
speaker the entity stage would supply is kept only as words in ``speaker_group`` (scored
wrong here).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.data.claims_gold import DOCUMENTS, SEED_GOLD
from bench.data.claims_gold_5 import DOCUMENTS as DOCUMENTS_5
from kb.models import DocumentKind, PassageKind
from loaders.drafts import ClaimDraft, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _build(doc: dict, *, with_entities: bool) -> Extraction:
    sys.path.insert(0, str(ROOT / "tests"))
    from claims_helpers import build  # the tests' simulated entity stage

    passages = [
        (p, PassageKind.TWEET if doc["kind"] == "THREAD" else PassageKind.PARAGRAPH)
        if isinstance(p, str)
        else (p[0], PassageKind(p[1]))
        for p in doc["passages"]
    ]
    section = None
    with_sections = []
    for text, kind in passages:
        if kind == PassageKind.HEADING:
            section = text
        with_sections.append((text, kind, section))
    return build(
        with_sections,  # type: ignore[arg-type]
        kind=DocumentKind(doc["kind"]),
        entities=doc["entities"] if with_entities else None,
        authors=doc.get("authors"),
        publisher=doc.get("publisher"),
    )


def _build_stage(doc: dict) -> Extraction:
    """The document through the real pipeline, entities stage included (no simulation)."""
    from loaders.drafts import DocumentDraft, PassageDraft
    from loaders.pipeline import extract
    from loaders.readers.builder import TextBuilder

    builder = TextBuilder()
    section = None
    for p in doc["passages"]:
        text, kind = (
            (p, "TWEET" if doc["kind"] == "THREAD" else "PARAGRAPH")
            if isinstance(p, str)
            else (p[0], p[1])
        )
        if kind == "HEADING":
            section = text
        builder.add(text, PassageDraft(PassageKind(kind), 0, 0, section=section))
    draft = DocumentDraft("t.txt", DocumentKind(doc["kind"]), builder.text(),
                          passages=builder.passages, authors=list(doc.get("authors") or []),
                          publisher=doc.get("publisher"))  # fmt: skip
    return extract(draft)


def _names(ex: Extraction, key: str | None) -> set[str]:
    if key is None or key not in ex.entities:
        return set()
    e = ex.entities[key]
    return {n.casefold() for n in (e.name, *e.aliases, *e.handles)}


def score(items: list[tuple[Extraction, tuple]]) -> dict[str, float | int]:
    n = found = speaker = attribution = kind = target = attributed = 0
    misses: list[str] = []
    for ex, (fragment, attr, who, _group, gold_kind) in items:
        n += 1
        hits: list[ClaimDraft] = [c for c in ex.claims if fragment in c.text]
        is_attributed = attr != "AUTHOR"
        attributed += is_attributed
        if not hits:
            misses.append(f"not found: {fragment!r}")
            continue
        c = hits[0]
        found += 1
        ok_speaker = (who.casefold() in _names(ex, c.speaker)) if who else c.speaker is None
        ok_attr = c.attribution == attr
        speaker += ok_speaker
        attribution += ok_attr
        kind += c.kind == gold_kind
        if is_attributed and ok_speaker and ok_attr:
            target += 1
        elif is_attributed:
            got = ex.entities[c.speaker].name if c.speaker in ex.entities else c.speaker_group
            misses.append(f"{fragment!r}: got {c.attribution}/{got}, want {attr}/{who}")
    return {
        "gold": n,
        "found": found,
        "speaker": speaker / max(found, 1),
        "attribution": attribution / max(found, 1),
        "kind": kind / max(found, 1),
        "target": target / max(attributed, 1),
        "attributed": attributed,
        "misses": misses,  # type: ignore[dict-item]
    }


def _seed_items() -> list[tuple[Extraction, tuple]]:
    from loaders.pipeline import extract
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest

    manifest = load_manifest(SEEDS)
    items = []
    for name, gold in SEED_GOLD.items():
        exs = [extract(d) for d in read_file((SEEDS / name).read_bytes(), name, manifest.get(name))]
        for g in gold:
            ex = next((e for e in exs if any(g[0] in c.text for c in e.claims)), exs[0])
            items.append((ex, g))
    return items


def sentences_per_second() -> tuple[int, float]:
    from loaders.components.claims import Claims
    from loaders.components.sentences import SentenceSplitter
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest

    manifest = load_manifest(SEEDS)
    drafts = [
        d
        for p in sorted(SEEDS.glob("*.txt"))
        for d in read_file(p.read_bytes(), p.name, manifest.get(p.name))
    ]
    split, claims = SentenceSplitter(), Claims()
    count, start = 0, time.perf_counter()
    for _ in range(3):
        for d in drafts:
            ex = Extraction(doc=d)
            split(ex)
            claims(ex)
            count += len(ex.sentences)
    return count, count / (time.perf_counter() - start)


def _part(origin: str, *, entities: bool) -> list[tuple[Extraction, tuple]]:
    docs = [d for d in DOCUMENTS + DOCUMENTS_5 if d["origin"] == origin]
    return [(ex, g) for d in docs for ex in [_build(d, with_entities=entities)] for g in d["gold"]]


def main() -> None:
    parts = {
        "held-out 1 (entities known)": _part("written-heldout", entities=True),
        "held-out 2 (entities known)": _part("written-heldout-2", entities=True),
        "held-out 3 (entities known)": _part("written-heldout-3", entities=True),
        "held-out 4 (entities known)": _part("written-heldout-4", entities=True),
        "held-out 1-4 (no entities)": [
            (ex, g) for d in DOCUMENTS for ex in [_build(d, with_entities=False)] for g in d["gold"]
        ],
        "held-out 1-4 (entities stage)": [
            (ex, g) for d in DOCUMENTS for ex in [_build_stage(d)] for g in d["gold"]
        ],
        "held-out 5 (entities known)": _part("written-heldout-5", entities=True),
        "held-out 5 (entities stage)": [
            (ex, g)
            for d in DOCUMENTS_5
            if d["origin"] == "written-heldout-5"
            for ex in [_build_stage(d)]
            for g in d["gold"]
        ],
        "held-out 6 (entities known)": _part("written-heldout-6", entities=True),
        "held-out 6 (entities stage)": [
            (ex, g)
            for d in DOCUMENTS_5
            if d["origin"] == "written-heldout-6"
            for ex in [_build_stage(d)]
            for g in d["gold"]
        ],
        "seeds (dev, real pipeline)": _seed_items(),
    }
    for name, items in parts.items():
        r = score(items)
        print(
            f"{name:29} gold {r['gold']:3}  found {r['found']:3}  speaker {r['speaker']:.3f}  "
            f"attribution {r['attribution']:.3f}  kind {r['kind']:.3f}  "
            f"attributed right (speaker+attribution) {r['target']:.3f} of {r['attributed']}"
        )
        for miss in r["misses"]:  # type: ignore[union-attr]
            print(f"    {miss}")
    n, rate = sentences_per_second()
    print(f"sentences + claims stages: {n} sentences, {rate:,.0f} sentences/s")


if __name__ == "__main__":
    main()
