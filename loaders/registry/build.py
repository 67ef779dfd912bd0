"""Build ``states.json``, the registry's states and territories, from maintained datasets.

    python -m loaders.registry.build            # rewrite the generated JSON files
    python -m loaders.registry.build --check    # exit 1 when either is out of date

Sources (installed with ``pip install -e '.[registry]'``; nothing is downloaded at run time,
``kb load`` reads only the generated JSON):

- ``pycountry`` — ISO 3166-1: every state and territory, its ISO name, common name and
  official name, alpha-2 and alpha-3 codes (the flag emoji is derived from the alpha-2 code);
- ``pycountryinfo`` (data from the REST Countries project) — the English common name, the
  official name and the demonym / adjective ("Lithuanian"), and the capital;
- ``names`` — the 1990 US Census lists of first names (5,494), kept in ``names_census.json``
  as further given names for recognising people ("Kelly Craft"), less the English common
  words ("Mark", "Will", "June": english-words) and the names of states ("Jordan"); its
  frequencies also give the names mostly borne by women or by men (``female``, ``male``:
  evidence for "she"/"he", see ``loaders.claims.gender``);
- ``gender-guesser`` — Jörg Michael's ``nam_dict.txt`` (GNU FDL 1.2+): some 48,000 given
  names with their frequency in 54 countries and regions, kept in ``names_world.json`` as
  the given names common (frequency 3 of 13 or more) somewhere outside China, Korea and
  Vietnam (whose names are read from the family name first), less the same common words,
  state names and capitals: Turkish, Central Asian, Japanese, Arabic, Indian, European names
  the US census lacks ("Ahmet", "Aibek", "Hirokazu");
- ``country_converter`` — its country table (read as a TSV file, without importing the
  package) gives the year of UN membership: a member (or an observer state: the Holy See,
  Palestine) is a ``STATE``; any other ISO entry (Hong Kong, Puerto Rico, Greenland…) is a
  territory, kind ``OTHER``.

``states_curated.json`` adds what the datasets lack (metonymic capitals, "PRC", "U.S.",
Wikidata QIDs, the European Union, Kosovo) and wins over the datasets for the canonical name.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OBSERVERS = {"VA", "PS"}  # UN observer states


def _data_path(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:  # (found without importing the package)
        raise SystemExit(f"{package} is not installed: pip install -e '.[registry]'")
    return Path(spec.origin).parent.joinpath(*parts)


def flag(alpha2: str) -> str:
    """The flag emoji of an ISO 3166-1 alpha-2 code ("LT" → 🇱🇹)."""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in alpha2.upper())


def _clean(name: str | None) -> str | None:
    """A form usable in running text: no "Korea, Republic of", no "(Malvinas)"."""
    if not name or "," in name or "(" in name:
        return None
    return name.removeprefix("the ").strip() or None


def generated() -> list[dict]:
    import pycountry  # build-time only

    info = {
        c["iso_codes"]["alpha_2"]: c
        for c in json.loads(_data_path("pycountryinfo", "data", "countries.json").read_text())
    }
    table = _data_path("country_converter", "country_data.tsv")
    with table.open(encoding="utf-8") as fh:
        un = {r["ISO3"]: r.get("UNmember") or "" for r in csv.DictReader(fh, delimiter="\t")}
    out = []
    for c in pycountry.countries:
        i = info.get(c.alpha_2, {})
        sovereign = bool(un.get(c.alpha_3, "").strip()) or c.alpha_2 in OBSERVERS
        name = _clean(i.get("common_name")) or _clean(getattr(c, "common_name", None))
        name = name or _clean(c.name) or c.name
        forms = [
            getattr(c, "common_name", None),
            c.name,
            getattr(c, "official_name", None),
            i.get("common_name"),
            i.get("official_name"),
        ]
        aliases = []
        for f in forms:
            f = _clean(f)
            if f and f != name and f not in aliases:
                aliases.append(f)
        adjectives = []
        if i.get("nationality"):
            adjectives = [a.strip() for a in i["nationality"].split(",") if a.strip()]
        entry: dict = {"name": name, "kind": "STATE" if sovereign else "OTHER"}
        entry["aliases"] = aliases
        entry["adjectives"] = adjectives
        entry["codes"] = [c.alpha_2, c.alpha_3]
        entry["flag"] = flag(c.alpha_2)
        if i.get("capital"):
            entry["capital"] = i["capital"]
        if not sovereign:
            entry["description"] = "territory (ISO 3166-1 " + c.alpha_2 + ")"
        out.append(entry)
    return out


def merge(gen: list[dict], curated: list[dict]) -> list[dict]:
    """Curated entries win: matched to a generated state by flag or by any name."""
    by_flag = {g["flag"]: g for g in gen}
    by_name = {n: g for g in gen for n in (g["name"], *g["aliases"])}
    out = list(gen)
    for cur in curated:
        g = by_flag.get(cur.get("flag") or "") or by_name.get(cur["name"])
        if g is None:
            out.append({"kind": "STATE", **cur})
            continue
        old = g["name"]
        g.update({k: v for k, v in cur.items() if k not in ("aliases", "adjectives")})
        aliases = [a for a in (old, *g["aliases"], *cur.get("aliases", ())) if a != g["name"]]
        g["aliases"] = list(dict.fromkeys(aliases))
        g["adjectives"] = list(dict.fromkeys([*g.get("adjectives", ()),
                                              *cur.get("adjectives", ())]))  # fmt: skip
    # an adjective names one place: a sovereign state's before a territory's ("French" is
    # France's, not the French Southern Territories'); one two states share ("Congolese",
    # "Dominican") names neither
    owners: dict[str, set[str]] = {}
    for g in out:
        if g.get("kind") == "STATE":
            for a in g.get("adjectives", ()):
                owners.setdefault(a, set()).add(g["name"])
    for g in sorted(out, key=lambda g: g.get("kind") != "STATE"):
        keep = []
        for a in g.get("adjectives", ()):
            if owners.setdefault(a, {g["name"]}) == {g["name"]}:
                keep.append(a)
        g["adjectives"] = keep
    return out


def dump(doc: str, key: str, entries: list[dict]) -> str:
    """JSON with one entry per line (reviewable diffs)."""
    lines = [json.dumps(e, ensure_ascii=False) for e in entries]
    body = ",\n    ".join(lines)
    head = json.dumps(doc, ensure_ascii=False)
    return f'{{\n  "_doc": {head},\n  "{key}": [\n    {body}\n  ]\n}}\n'


DOC = (
    "GENERATED by `python -m loaders.registry.build` — do not edit by hand; edit "
    "states_curated.json or the build script. Every ISO 3166-1 state and territory (pycountry), "
    "with English common and official names and demonyms (pycountryinfo, from REST Countries), "
    "UN membership (country_converter: members and observers are STATE, the rest territories "
    "of kind OTHER), flags derived from ISO codes, and curated additions (capitals used as "
    "metonyms, acronyms, Wikidata QIDs)."
)


def build() -> str:
    curated = json.loads((HERE / "states_curated.json").read_text("utf-8"))["states"]
    return dump(DOC, "states", merge(generated(), curated))


NOT_GIVEN = frozenset({"Christian", "Mercedes"})  # adjectives and brands first, names second
NAMES_DOC = (
    "GENERATED by `python -m loaders.registry.build` — do not edit by hand. Given names from "
    "the 1990 US Census first-name lists (PyPI package `names`, MIT), title-cased, less "
    "English common words (english-words, web2) and state names; used with names.json as "
    "evidence that a capitalised phrase names a person. female/male: the names ten times as "
    "frequent for one sex as for the other (and at least 0.005% of people), all forms kept."
)
WORLD_DOC = (
    "GENERATED by `python -m loaders.registry.build` — do not edit by hand. Given names common "
    "(frequency 3 of 13 or more) in at least one country outside China, Korea and Vietnam, "
    "from nam_dict.txt by Jörg Michael (2007-2008, GNU Free Documentation License 1.2 or "
    "later; shipped by the PyPI package `gender-guesser`), less English common words, names "
    "already in names.json or names_census.json, Chinese family names, state names, "
    "capitals and the registry's one-word names and people's family names; used with them "
    "as evidence that a capitalised phrase names a person. "
    "female/male: the names the dictionary lists for one sex only (its codes F / M)."
)
# nam_dict.txt's frequency columns, in its order (its header; gender_guesser.Detector too)
_NAM_DICT_COLUMNS = """great_britain ireland usa italy malta portugal spain france belgium
    luxembourg the_netherlands east_frisia germany austria swiss iceland denmark norway sweden
    finland estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria
    bosnia croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus
    moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan
    korea vietnam other_countries"""
_NAM_DICT_COUNTRIES = _NAM_DICT_COLUMNS.split()
# read family name first, one syllable a given name: their columns are not read
_SYLLABIC = frozenset({"china", "korea", "vietnam", "other_countries"})
_WORLD_MIN_FREQUENCY = 3


def _nam_dict(path: Path) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Each single-word given name of nam_dict.txt → its highest frequency (1-13) in the
    countries read, and → the sex codes it is listed with ("M", "F", "1M", "?F", "?"…);
    names written with a "+" (Chinese, Korean, Arabic compounds) and the lines sorted by
    expanded umlauts (a "+" in column 30: duplicates) are skipped."""
    best: dict[str, int] = {}
    sexes: dict[str, set[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line[0] in "#=" or line[29:30] == "+":
            continue
        sex, name = line.split()[:2]
        if "+" in name or "-" in name or not name.istitle():
            continue
        columns = zip(_NAM_DICT_COUNTRIES, line[30 : 30 + len(_NAM_DICT_COUNTRIES)], strict=False)
        freq = max((int(v, 16) for c, v in columns if v.strip() and c not in _SYLLABIC), default=0)
        best[name] = max(best.get(name, 0), freq)
        sexes.setdefault(name, set()).add(sex)
    return best, sexes


# Given names somewhere that are brands, clubs or titles in our texts first
NOT_WORLD_GIVEN = frozenset({"Spartak", "Nikon", "Pasha", "Dinamo", "Zenit", "Lukoil"})


def _registered_words() -> set[str]:
    """The registry's one-word names and aliases ("Nissan", "Gunvor", "Lada", "Nato" for
    "NATO") and its people's family names ("Novak", "Assad"): never a given name."""
    out: set[str] = set()
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        entities = data.get("entities") if isinstance(data, dict) else None
        for e in entities or ():
            for n in (e.get("name", ""), *e.get("aliases", ())):
                words = n.split()
                if len(words) == 1:
                    out.add(words[0])
                    out.add(words[0].title())  # an acronym written as a word: "Nato"
                elif words and e.get("kind") == "ACTOR":
                    out.add(words[-1])
    return out


def build_world_names(census_json: str) -> str:
    from english_words import get_english_words_set

    common = {w for w in get_english_words_set(["web2"]) if w.islower()}
    curated = json.loads((HERE / "names.json").read_text("utf-8"))
    known = set(curated["given"].split()) | set(json.loads(census_json)["given"].split())
    surnames = set(curated["chinese_surnames"].split())
    places = {n for g in generated() for n in (g["name"], *g["aliases"], g.get("capital") or "")}
    freq, sexes = _nam_dict(_data_path("gender_guesser", "data", "nam_dict.txt"))
    registered = _registered_words()
    given = {
        name
        for name, f in freq.items()
        if f >= _WORLD_MIN_FREQUENCY
        and len(name) >= 3
        and name.lower() not in common
        and name not in known | surnames | places | registered | NOT_GIVEN | NOT_WORLD_GIVEN
    }
    # a gender only where the dictionary knows one sex ("M" or "F" and nothing else)
    female = sorted(n for n in given if sexes[n] == {"F"})
    male = sorted(n for n in given if sexes[n] == {"M"})
    head = json.dumps(WORLD_DOC, ensure_ascii=False)
    lists = {"given": sorted(given), "female": female, "male": male}
    body = ",\n".join(
        f'  "{k}": {json.dumps(" ".join(v), ensure_ascii=False)}' for k, v in lists.items()
    )
    return f'{{\n  "_doc": {head},\n{body}\n}}\n'


def build_names() -> str:
    from english_words import get_english_words_set  # a run-time dependency too

    common = {w for w in get_english_words_set(["web2"]) if w.islower()}
    folder = _data_path("names")
    states = {n for g in generated() for n in (g["name"], *g["aliases"])}
    given: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in (folder / fname).read_text("utf-8").splitlines():
            word = line.split()[0].title() if line.strip() else ""
            if len(word) >= 3 and word.lower() not in common and word not in states | NOT_GIVEN:
                given.add(word)
    female, male = _gendered(folder)
    head = json.dumps(NAMES_DOC, ensure_ascii=False)
    return (
        f'{{\n  "_doc": {head},\n  "given": {json.dumps(" ".join(sorted(given)))},\n'
        f'  "female": {json.dumps(" ".join(sorted(female)))},\n'
        f'  "male": {json.dumps(" ".join(sorted(male)))}\n}}\n'
    )


# Census names that are as often a man's name abroad ("Andrea", "Michele", "Jean") or a
# family name written first ("Kim", "Lee"): no gender from the lexicon.
_NOT_GENDERED_WORDS = """Andrea Nicola Simone Michele Daniele Gabriele Jean Dominique Claude
    Camille Toni Kari Joni Janis Kim Lee Park Moon Choi Sasha"""
NOT_GENDERED = frozenset(_NOT_GENDERED_WORDS.split())


def _gendered(folder: Path) -> tuple[set[str], set[str]]:
    """(female, male) given names of the census lists: a name common enough (0.005 % of
    people) and ten times as frequent for one sex as for the other."""
    freq: dict[str, dict[str, float]] = {}
    for sex, fname in (("f", "dist.female.first"), ("m", "dist.male.first")):
        for line in (folder / fname).read_text("utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                freq.setdefault(parts[0].title(), {})[sex] = float(parts[1])
    female: set[str] = set()
    male: set[str] = set()
    for name, by_sex in freq.items():
        f, m = by_sex.get("f", 0.0), by_sex.get("m", 0.0)
        if len(name) < 2 or name in NOT_GENDERED or max(f, m) < 0.005:
            continue
        if f >= 10 * m:
            female.add(name)
        elif m >= 10 * f:
            male.add(name)
    return female, male


def main(argv: list[str]) -> int:
    status = 0
    census = build_names()
    for target, text in ((HERE / "states.json", build()),
                         (HERE / "names_census.json", census),
                         (HERE / "names_world.json", build_world_names(census))):  # fmt: skip
        if "--check" in argv:
            same = target.exists() and target.read_text("utf-8") == text
            print(f"{target.name} is " + ("up to date" if same else "out of date: rebuild it"))
            status |= 0 if same else 1
        else:
            target.write_text(text, "utf-8")
            print(f"wrote {target}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
