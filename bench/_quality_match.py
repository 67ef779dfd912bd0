"""Matching and scoring for `bench.quality`: kb's answers (GraphQL rows) against a batch's gold.

Pure functions on plain dicts, no I/O, so the rules can be tested on tiny in-test data. The rules
are those of `../shared/quality/score.py`: a name matches when kb's name or any alias/handle
equals the gold name or an alias after `norm` (case, `@`, a leading title ignored); a statistic
matches by document, unit (`unit`) and value within 0.5 %; a claim is located when its text holds
the gold `text_contains` (after `norm`), and its speaker is right when any located kb claim has a
speaker whose names meet the gold speaker's. Unlike score.py, the unseen gold lists every
statistic of every document, so statistics precision is over all of kb's statistics.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]

UNIT = {
    "usd": "USD", "dollar": "USD", "$": "USD", "eur": "EUR", "euro": "EUR", "cny": "CNY",
    "yuan": "CNY", "rmb": "CNY", "rub": "RUB", "rouble": "RUB", "ruble": "RUB",
    "percent": "percent", "%": "percent", "percentage": "percent", "pct": "percent",
    "percentage_point": "percentage_point", "pp": "percentage_point", "kwh": "kWh",
    "tonne": "tonne", "tonnes": "tonne", "t": "tonne", "teu": "TEU", "count": "count",
    "person": "count", "people": "count", "year": "year", "years": "year", "rank": "rank",
    "ratio": "ratio", "times": "ratio", "m3": "m3", "cubic_metre": "m3", "km": "km",
}  # fmt: skip
NOT_NAMED = {"", "authors", "report authors"}


def norm(s: str | None) -> str:
    """score.py's normal form of a name or text: NFKC, lower case, straight quotes, no `@`/title."""
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.replace("’", "'").replace("“", '"').replace("”", '"').replace("\\$", "$")
    s = re.sub(r"^@", "", s.strip())
    s = re.sub(r"^(mr|ms|mrs|dr|prof)\.?\s+", "", s)
    return re.sub(r"\s+", " ", s)


def names(entity: Row | None) -> set[str]:
    """Every normalised name an entity answers to: name, aliases, handles."""
    if not entity:
        return set()
    out = {norm(entity.get("name"))}
    out |= {norm(a) for a in entity.get("aliases") or []}
    out |= {norm(h) for h in entity.get("handles") or []}
    return {n for n in out if n}


def unit(u: str | None) -> str:
    return UNIT.get((u or "").strip().lower(), (u or "").strip())


def close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.005 * abs(b), 1e-9)


def base(path: str | None) -> str:
    return (path or "").replace("\\", "/").rsplit("/", 1)[-1]


@dataclass
class Score:
    """One measure: hits over a denominator, with the items that missed."""

    hit: int = 0
    total: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return round(self.hit / self.total, 3) if self.total else 0.0

    def text(self) -> str:
        return f"{self.ratio:.3f} ({self.hit}/{self.total})"


def match_entities(gold: list[Row], optional: list[Row], pred: list[Row]) -> tuple[Score, Score]:
    """Recall over gold entities (merged by canonical name), precision over kb's judged entities.

    A kb entity that matches only an optional (borderline) gold item counts neither way.
    """
    merged: dict[str, set[str]] = {}
    for e in gold:
        merged.setdefault(norm(e["name"]), set()).update(names(e))
    all_gold = set().union(*merged.values()) if merged else set()
    all_optional = set().union(*(names(e) for e in optional)) if optional else set()
    pred_names = [names(p) for p in pred]
    recall = Score(total=len(merged))
    for key, ns in sorted(merged.items()):
        if any(ns & pn for pn in pred_names):
            recall.hit += 1
        else:
            recall.missed.append(key)
    precision = Score()
    for p, pn in zip(pred, pred_names, strict=True):
        if pn & all_gold:
            precision.hit += 1
            precision.total += 1
        elif not pn & all_optional:
            precision.total += 1
            precision.missed.append(str(p.get("name")))
    precision.missed.sort()
    return recall, precision


def _stat_matches(stat: Row, gold: Row) -> bool:
    """Same unit and value; a range ("5,000 to 15,000 dollars") is one kb statistic with
    `valueHigh`, so a gold item for either end matches it (the seed gold's `value_max`)."""
    if unit(stat.get("unit")) != unit(gold["unit"]):
        return False
    ends = [stat["value"], stat.get("valueHigh")]
    return any(v is not None and close(float(v), float(gold["value"])) for v in ends)


def match_statistics(documents: list[Row], pred: list[Row]) -> tuple[Score, Score]:
    """Recall over every gold statistic, precision over every kb statistic of the batch."""
    by_file: dict[str, list[Row]] = {}
    for s in pred:
        by_file.setdefault(base(s["document"]["sourcePath"]), []).append(s)
    recall, precision = Score(), Score()
    for doc in documents:
        cands = by_file.get(doc["file"], [])
        for g in doc["statistics"]:
            recall.total += 1
            if any(_stat_matches(c, g) for c in cands):
                recall.hit += 1
            else:
                recall.missed.append(f"{doc['file'][:2]}: {g['text']} = {g['value']:g} {g['unit']}")
        optional = doc.get("optional", {}).get("statistics", [])
        for c in cands:
            if any(_stat_matches(c, g) for g in doc["statistics"]):
                precision.hit += 1
                precision.total += 1
            elif not any(_stat_matches(c, g) for g in optional):
                precision.total += 1
                precision.missed.append(
                    f"{doc['file'][:2]}: {c.get('surface')} = {c['value']:g} {c['unit']}"
                )
    return recall, precision


def speaker_names(documents: list[Row]) -> dict[str, set[str]]:
    """Canonical gold name → every name of that person or organisation across the batch."""
    out: dict[str, set[str]] = {}
    for doc in documents:
        for e in doc["actors"] + doc["organisations"]:
            out.setdefault(norm(e["name"]), set()).update(names(e))
    return out


def match_claims(documents: list[Row], pred: list[Row]) -> dict[str, Score]:
    """Claims located; of the gold claims with a named speaker, speaker right and attribution right;
    and speaker precision over kb's attributed claims (:func:`speaker_precision`).

    Speaker and attribution count over every gold claim with a named speaker: a claim kb did not
    locate has no speaker right either.
    """
    by_file: dict[str, list[Row]] = {}
    for c in pred:
        by_file.setdefault(base(c["document"]["sourcePath"]), []).append(c)
    known = speaker_names(documents)
    located, speaker, attribution = Score(), Score(), Score()
    for doc in documents:
        for g in doc["claims"]:
            key = norm(g["text_contains"])
            cands = [c for c in by_file.get(doc["file"], []) if key in norm(c["text"])]
            label = f"{doc['file'][:2]}: {g['text_contains'][:60]}"
            located.total += 1
            if cands:
                located.hit += 1
            else:
                located.missed.append(label)
            spk = norm(g.get("speaker"))
            if spk in NOT_NAMED or g.get("speaker_is_named_entity") is False:
                continue
            speaker.total += 1
            attribution.total += 1
            want = known.get(spk, {spk})
            got = sorted({str((c.get("speaker") or {}).get("name")) for c in cands})
            if any(names(c.get("speaker")) & want for c in cands):
                speaker.hit += 1
            else:
                speaker.missed.append(f"{label} | gold {g['speaker']} | kb {got or 'not located'}")
            kinds = sorted({str(c.get("attribution", "")).lower() for c in cands})
            if g["attribution"] in kinds:
                attribution.hit += 1
            else:
                attribution.missed.append(f"{label} | gold {g['attribution']} | kb {kinds}")
    return {
        "located": located,
        "speaker": speaker,
        "attribution": attribution,
        "speaker precision": speaker_precision(documents, by_file, known),
    }


def speaker_precision(
    documents: list[Row], by_file: dict[str, list[Row]], known: dict[str, set[str]]
) -> Score:
    """Of kb's attributed claims (a named speaker, attribution not AUTHOR), the share holding a
    gold claim's `text_contains` whose speaker is theirs ("attributed right / attributed").

    It guards speaker recall: a rule that gives the author's own sentences to someone named in
    them raises speaker right on the gold claims it happens to cover and drops this figure. A
    claim holding no gold claim counts as spurious too (the gold lists the attributed
    statements of each document, so an attributed claim it lacks is the author's or noise).
    """
    score = Score()
    for doc in documents:
        gold = [(norm(g["text_contains"]), norm(g.get("speaker"))) for g in doc["claims"]]
        for c in by_file.get(doc["file"], []):
            who = names(c.get("speaker"))
            if not who or str(c.get("attribution", "")).lower() == "author":
                continue
            text = norm(c["text"])
            inside = [spk for key, spk in gold if key in text]
            score.total += 1
            if any(who & known.get(spk, {spk}) for spk in inside):
                score.hit += 1
            else:
                said = ", ".join(sorted({s or "author" for s in inside})) or "no gold claim"
                name = (c.get("speaker") or {}).get("name")
                score.missed.append(
                    f"{doc['file'][:2]}: {c['text'][:60]} | kb {name} | gold {said}"
                )
    return score
