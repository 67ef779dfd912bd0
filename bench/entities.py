"""bench/entities: precision and recall of people and organisations, and words/second.

On the annotated sample in bench/data/entities_gold.py (see its docstring for how it was
written and annotated): each document goes through the real entities stage; a predicted
entity (one with a mention, or an author/publisher) is right when it matches a gold entity
of its own type by any normalised name, alias or handle. Printed per type: precision,
recall, gold entities split over several records, entities of the wrong type, organisation
kind accuracy; then mention recall (every occurrence of a gold form found at its exact
offsets and linked to the right record) and the misses. Last, words/second of the entity
stage over the seeds.

First run on the sample, before any change prompted by it (2026-12-01), the unseen figure:
    people        precision 0.964 (27/28)  recall 0.931 (27/29)  wrong type 1
    organisations precision 0.889 (64/72)  recall 0.821 (64/78)  kind right 0.906
    mentions      recall 0.818 (108/132);  4,817 words/s
(misses: "Sberbank and Bank of China" read as one name; "Warsaw Centre …", "China
Construction Bank", "Beijing Institute of Technology" cut at the capital; "People’s Bank"
with a curly apostrophe; "Andrei Bezrukov of MGIMO University" read as one organisation;
"Yadro, a Russian server maker" and "Volga Avionika's director" not read as organisations;
"@InsiderMonitorRU" typed a person after "obtained by"). The stage was then improved on
those misses, so later figures on batch 1 are dev figures, not unseen ones.

A second batch (DOCUMENTS_2: a thread, an article, a report), written after those fixes,
first run (2026-12-01), the unseen figure:
    people        precision 0.900 (9/10)   recall 0.900 (9/10)   wrong type 0
    organisations precision 0.914 (32/35)  recall 0.970 (32/33)  wrong type 1  kind 0.844
    mentions      recall 0.891 (49/55)
(misses: "Vice Minister of Education Chen Jie"; "Dilyara Sabirova, the university’s
vice-rector" typed an organisation; "Ph.D. in Political Science, Senior Researcher" read as
a person; "Oslo: …" in a reference read as Norway; "Polar Partners?" in a title;
"Everbright Horizon Trading"; "at Beijing"). Fixed after, so batch 2 is dev from then on.

A third batch (DOCUMENTS_3), written after those fixes, first run (2026-12-01) — the latest
unseen figure, and below the organisation recall target:
    people        precision 0.818 (9/11)   recall 0.900 (9/10)   wrong type 2
    organisations precision 0.913 (21/23)  recall 0.724 (21/29)  wrong type 1  kind 0.952
    mentions      recall 0.840 (42/50)
(misses: "X, a freight forwarder whose company, Y," typed X an organisation and missed Y;
"@rosatom's subsidiary TVEL" and its second mention; IAEA and FATF not registered;
"@NPCIL_India" typed a person; "China Foreign Exchange Trade System (CFETS)" without a head
noun; "Head of the Payments Research Unit" read as a person; "VTB Shanghai"; "Amur Region
government"). Fixed after, so batch 3 is dev from then on.

A fourth batch (DOCUMENTS_4), written after those fixes, first run (2026-12-01) on the
stage as delivered — the latest unseen figure:
    people        precision 1.000 (8/8)    recall 0.800 (8/10)   wrong type 0
    organisations precision 0.967 (29/30)  recall 0.879 (29/33)  wrong type 0  kind 0.931
    mentions      recall 0.852 (46/54)
(misses: "Sergei Tselikov of Autostat"; "Its prime minister, Luvsannamsrain Oyun-Erdene";
"Haval" listed with registered carmakers; "AvtoVAZ is the only local maker"; "the
consultancy RusEnergy"; "the Mongolian news agency Montsame"; "Sputnik V" (a vaccine) read
as the outlet). Fixed after, so batch 4 is dev from then on.

A fifth batch (DOCUMENTS_5), written after all of that, first run (2026-12-01):
    people        precision 1.000 (8/8)    recall 1.000 (8/8)    wrong type 0
    organisations precision 0.920 (23/25)  recall 0.676 (23/34)  wrong type 0  kind 0.913
    mentions      recall 0.750 (36/48)
— organisation recall far below target: companies written with no head noun and no cue
(Rosoboronexport, Norinco, AVIC, FESCO, Global Ports, Visa, Mastercard, UnionPay,
Kazakhstan Temir Zholy) are missed unless registered. Then the registry gained the big
defence, payment, logistics, car and tech companies, and names coordinated with a company
("Norinco and AVIC") became companies, so batch 5 is dev too. The honest unseen figures are
these five first runs; every later line is a dev figure.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from bench.data.entities_gold import (
    DOCUMENTS,
    DOCUMENTS_2,
    DOCUMENTS_3,
    DOCUMENTS_4,
    DOCUMENTS_5,
)
from kb.ids import normalise_name
from kb.models import DocumentKind, EntityType, PassageKind
from loaders.drafts import DocumentDraft, Extraction, PassageDraft
from loaders.readers.builder import TextBuilder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _passage_kind(text: str, doc_kind: str) -> PassageKind:
    if doc_kind == "THREAD":
        return PassageKind.TWEET
    if "|" in text:
        return PassageKind.TABLE_ROW
    if text[:1] in "¹²³⁴⁵⁶⁷⁸⁹":
        return PassageKind.FOOTNOTE
    if not text.rstrip().endswith((".", "”", "?", "!")) and len(text.split()) <= 12:
        return PassageKind.HEADING
    return PassageKind.PARAGRAPH


def build(d: dict) -> Extraction:
    """The document as the readers would hand it over, run through the entities stage."""
    from loaders.components.entities import Entities

    b = TextBuilder()
    for text in d["passages"]:
        b.add(text, PassageDraft(_passage_kind(text, d["kind"]), 0, 0))
    doc = DocumentDraft(
        f"{d['id']}.txt",
        DocumentKind(d["kind"]),
        b.text(),
        passages=b.passages,
        authors=list(d.get("authors") or []),
        publisher=d.get("publisher"),
    )
    ex = Extraction(doc=doc)
    Entities()(ex)
    return ex


def _forms(ex: Extraction, key: str) -> set[str]:
    e = ex.entities[key]
    return {normalise_name(n) for n in (e.name, *e.aliases, *e.handles)}


def score(docs: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for field in ("people", "orgs"):
        out[field] = {"gold": 0, "pred": 0, "pred_ok": 0, "gold_ok": 0, "split": 0,
                      "wrong_type": 0, "kind_ok": 0, "misses": [], "false": []}  # fmt: skip
    ment_gold = ment_ok = 0
    ment_miss: list[str] = []
    for d in docs:
        ex = build(d)
        mentioned = {m.entity for m in ex.mentions} | set(ex.authors)
        if ex.publisher:
            mentioned.add(ex.publisher)
        golds = {
            "people": {n: (None, f) for n, f in d["gold"]["people"].items()},
            "orgs": d["gold"]["orgs"],
        }
        gold_forms = {
            field: {n: {normalise_name(x) for x in (n, *forms)} for n, (_, forms) in g.items()}
            for field, g in golds.items()
        }
        for type_, field in ((EntityType.ACTOR, "people"), (EntityType.ORGANISATION, "orgs")):
            r = out[field]
            other = "orgs" if field == "people" else "people"
            preds = [k for k in mentioned if ex.entities[k].type == type_]
            r["pred"] += len(preds)
            r["gold"] += len(golds[field])
            matched: dict[str, list[str]] = {}
            for k in preds:
                hit = [n for n, fs in gold_forms[field].items() if fs & _forms(ex, k)]
                if hit:
                    r["pred_ok"] += 1
                    matched.setdefault(hit[0], []).append(k)
                else:
                    wrong = [n for n, fs in gold_forms[other].items() if fs & _forms(ex, k)]
                    r["wrong_type"] += bool(wrong)
                    r["false"].append(f"{d['id']}: {ex.entities[k].name!r}"
                                      + (" (wrong type)" if wrong else ""))  # fmt: skip
            for n, (kind, _) in golds[field].items():
                if n not in matched:
                    r["misses"].append(f"{d['id']}: {n!r}")
                    continue
                r["gold_ok"] += 1
                r["split"] += len(matched[n]) > 1
                if kind is not None:
                    got = ex.entities[matched[n][0]].kind
                    r["kind_ok"] += got == kind
                    if got != kind:
                        r["false"].append(f"{d['id']}: {n!r} kind {got}, want {kind}")
        # mentions: every occurrence of a gold form, at exact offsets, on the right record;
        # an occurrence inside a longer gold form ("China" in "Bank of China") is not one
        text = ex.doc.text
        spans = {(m.start, m.end): m.entity for m in ex.mentions}
        occurrences = []
        for field, g in golds.items():
            for n, (_, forms) in g.items():
                for form in set(forms):
                    bounded = form[:1].isalnum() or form[:1] == "@"
                    rx = rf"(?<![\w@]){re.escape(form)}(?![\w])" if bounded else re.escape(form)
                    occurrences += [(m.start(), m.end(), field, n) for m in re.finditer(rx, text)]
        for s, e, field, n in occurrences:
            if any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _, _ in occurrences):
                continue
            ment_gold += 1
            key = spans.get((s, e))
            if key and gold_forms[field][n] & _forms(ex, key):
                ment_ok += 1
            else:
                ment_miss.append(f"{d['id']}: {text[s:e]!r} at {s}")
    out["mentions"] = {"gold": ment_gold, "ok": ment_ok, "misses": ment_miss}
    return out


def words_per_second() -> tuple[int, float]:
    from loaders.components.entities import Entities
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest

    manifest = load_manifest(SEEDS)
    drafts = [
        d
        for p in sorted(SEEDS.glob("*.txt"))
        for d in read_file(p.read_bytes(), p.name, manifest.get(p.name))
    ]
    stage = Entities()
    stage(Extraction(doc=drafts[0]))  # build the registry matcher once (cached per process)
    words = sum(len(d.text.split()) for d in drafts)
    start = time.perf_counter()
    for _ in range(3):
        for d in drafts:
            stage(Extraction(doc=d))
    return words, 3 * words / (time.perf_counter() - start)


def _print(label: str, docs: list[dict]) -> None:
    r = score(docs)
    print(f"{label}: {len(docs)} documents")
    for field, name in (("people", "people       "), ("orgs", "organisations")):
        x = r[field]
        p = x["pred_ok"] / max(1, x["pred"])
        rec = x["gold_ok"] / max(1, x["gold"])
        kind = f"  kind right {x['kind_ok'] / max(1, x['gold_ok']):.3f}" if field == "orgs" else ""
        print(f"  {name} precision {p:.3f} ({x['pred_ok']}/{x['pred']})  recall {rec:.3f} "
              f"({x['gold_ok']}/{x['gold']})  split {x['split']}  wrong type {x['wrong_type']}"
              f"{kind}")  # fmt: skip
        for miss in x["misses"]:
            print(f"      missed {miss}")
        for false in x["false"]:
            print(f"      spurious {false}")
    m = r["mentions"]
    print(f"  mentions      recall {m['ok'] / max(1, m['gold']):.3f} ({m['ok']}/{m['gold']}) "
          "at exact offsets on the right record")  # fmt: skip
    for miss in m["misses"]:
        print(f"      missed mention {miss}")


def main() -> None:
    print("every batch was tuned on after its first run: the unseen (first-run) figures are in")
    print("this module's docstring; the lines below are dev figures")
    _print("batch 1 (dev: tuned on after its first run)", DOCUMENTS)
    _print("batch 2 (dev: tuned on after its first run)", DOCUMENTS_2)
    _print("batch 3 (dev: tuned on after its first run)", DOCUMENTS_3)
    _print("batch 4 (dev: tuned on after its first run)", DOCUMENTS_4)
    _print("batch 5 (dev: tuned on after its first run)", DOCUMENTS_5)
    _print("all", DOCUMENTS + DOCUMENTS_2 + DOCUMENTS_3 + DOCUMENTS_4 + DOCUMENTS_5)
    words, rate = words_per_second()
    print(f"entities stage on the seeds ({words} words): {rate:,.0f} words/s")


if __name__ == "__main__":
    main()
