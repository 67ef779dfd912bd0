"""The statistics stage: every quantitative statement of a document as a StatisticDraft.

Reads the passages (with tables), sentences, entities and mentions; writes
``Extraction.statistics`` (and may add source organisations and states with their mentions).
The engine lives in :mod:`loaders.numbers`; see its modules for what each rule owns.

Normalisation decisions beyond CONTRACT.md's unit list:

- a range ("10–15 years", "$2-3 billion") is ONE statistic: ``value`` = low, ``value_high`` =
  high;
- a decrease is negative ("fell by 4.5%" → -4.5, "20 percent less" → -20, "fell by a
  third" → -33.33), except multiples, which stay as written with ``isChange``: "a tenfold
  decrease" → 10, "halved" → 0.5;
- shares written as fractions or "N in M" are ``percent``, like any share ("two thirds of" →
  66.67, "nearly a third" → 33.33 APPROXIMATE, "more than half" → 50 MORE_THAN, "one in five"
  → 20; "fell by a third" → -33.33, a change); multiples are ``ratio`` ("5x", "twice as",
  "tripled", "halved" → 0.5);
- a bare number written with a sign among percentages ("+105.6", "–10.22", "−3.4" in a list
  headed "% y/y") is a percent change;
- a price per unit is in its currency ("$100/t" → 100 ``USD``; the surface keeps "/t"): the
  contract's units for money are ISO 4217 codes, also for the dollars of other countries
  ("S$18.8 billion" → ``SGD``, "HK$" → ``HKD``); daily rates are
  ``<unit>/day`` ("2.1 million barrels per day" → ``bbl/day``), annual volumes keep the plain
  unit ("38 bcm a year" → ``m3``); oil volumes are ``bbl``;
- ages are ``year`` with metric "age"; "157k" is a count of 157,000; a run of periods is a
  duration ("the fifth month in a row" → 5 ``month``, "a third consecutive quarter" → 9);
  hours and minutes are ``h`` and ``min``;
- not statistics: page chrome ("4 min read", "3 hours ago", "12 comments"), references to
  parts of a text ("paragraph 9", "section 4"), the parts of an
  argument ("three main reasons", "two fronts"), years ("in 2000 prices…"; but "2000 jobs
  were created" is a count);
- ``source`` is the credit of the number's own clause: one right after it that reaches back
  (", according to X", ", X reported") or else the nearest before it; a data source beats a
  "Y said" around it; an opening credit ("According to X: …", "X recorded …", "X has
  released its data") carries over the following sentences and tweets that continue the
  figures, until another is stated or a tweet without figures ends the run;
- every statistic gets an ``indicator`` (what it measures independent of wording: see
  :mod:`loaders.indicators`) and a cleaned ``metric``;
- a period is set only when the text states it or its year is derivable from the text
  (a baseline "compared to 2019", the year the text is talking about); never invented.
"""

from __future__ import annotations

from loaders.drafts import Extraction


class Statistics:
    name = "statistics"
    version = "15"  # 2: numbers in words, per-number sources; 3: + cleaned metrics, indicators;
    # 4: other dollars (S$, HK$), daily rates in words, parallel decreases, shared nouns;
    # 5: lengths in m, energy and power spelled out, hedged "a million", "the size of … is N";
    # 6: "N barrels daily / each day", no ratio for "doubled to N", "a 6% annual decrease",
    # designations ("Executive Order 14024", "Unit 7", "Phase 2") are no statistics
    # 7: a fall "by as much as" N and "N% below" a reference are negative; a flag emoji
    # before the counted noun; "a 12-point plan"; "the figure of 100,000"; 8: the size of a
    # body ("the 193-member assembly", "a 15-nation group") is a count; 9: "the number of …
    # will reach N", "an additional N ones"; 10: "a cut of N" and "reduced X by N" are
    # negative, ", or N <unit>" restates the change before, "177 and 104 thousand barrels"
    # shares scale and unit, "20%-38%" is one range, "N times its/today's …" a ratio, no
    # averaging windows ("4-week average"), ranking cut-offs ("top three") or volume:pages,
    # a title's abbreviation ("…, deputy PM says") is no source body; 11: "mio" is million,
    # a lone "t" after a scale word is tonnes ("94.0 mio t"); 12: a credited name's
    # possessive is its owner's ("according to the Central Bank's latest review"); 13: a
    # source described by where it sits is the body named ("the US-based Duowei News");
    # 14: "barrels of Russian oil daily" is a daily rate of that product, a list of changes
    # each with its own period ("40.3% in Q1, 9.7% in Q2") keeps the first one's direction
    # 15: the day a source spoke is no part of its name ("Xinhua on Wednesday said")
    reads: tuple[str, ...] = ("doc.passages", "doc.meta", "sentences", "entities", "mentions")
    writes: tuple[str, ...] = ("statistics", "entities", "mentions")

    engines: tuple[str, ...] = ("loaders.numbers", "loaders.indicators")

    def __call__(self, ex: Extraction) -> None:
        from loaders.indicators import assign_indicators
        from loaders.numbers import extract

        ex.statistics.extend(extract(ex))
        assign_indicators(ex)


COMPONENT = Statistics
