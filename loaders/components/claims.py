"""The claims stage: every assertion worth retrieving as a ClaimDraft (``Extraction.claims``).

Reads the sentences, entities, mentions, authors, publisher and statistics; may add an
ACTOR entity and its mention for a named speaker the entity stage missed. The engine
and the representation of speakers and groups are documented in :mod:`loaders.claims`.

A number inside a claim that is attributed to someone else ("…, Deputy Prime Minister
Alexander Novak told reporters", "according to Rosstat, …") is credited to that speaker
when the statistics stage found no source of its own, or only one carried from outside the
sentence while the claim names its speaker inside it: the text credits the number to who
says it. AUTHOR claims credit nobody (the author is not a source of the number).
"""

from __future__ import annotations

from kb.enums import Attribution
from loaders.drafts import ClaimDraft, Extraction

_CREDITING = {Attribution.DIRECT_QUOTE, Attribution.REPORTED_SPEECH, Attribution.ACCORDING_TO}


def credit_sources(ex: Extraction, claims: list[ClaimDraft]) -> int:
    """Set the source of statistics inside attributed claims; returns how many.

    An unsourced statistic takes the claim's speaker. A statistic whose source was carried
    from outside its sentence (not named in the claim) takes the speaker named inside the
    claim instead: "… $146.89 billion. The Federal Customs Service of Russia recorded
    $140.7 billion" credits the second figure to the FCS.
    """
    named: dict[str, list[tuple[int, int]]] = {}
    for m in ex.mentions:
        named.setdefault(m.entity, []).append((m.start, m.end))

    def inside(key: str | None, claim: ClaimDraft) -> bool:
        spans = named.get(key or "", [])
        return any(claim.start <= a and b <= claim.end for a, b in spans)

    credited = 0
    for claim in claims:
        if claim.speaker is None or claim.attribution not in _CREDITING:
            continue
        stated = inside(claim.speaker, claim)
        for index in claim.statistics:
            stat = ex.statistics[index]
            if stat.table_number is not None or stat.source == claim.speaker:
                continue
            if stat.source is None or (stated and not inside(stat.source, claim)):
                stat.source = claim.speaker
                credited += 1
    return credited


class Claims:
    name = "claims"
    # 9: explicit subjects beat context, role nouns by title, a ministry by its seat, back
    # references ("This is reported by X"), credited headlines, staff of a body, a state's
    # government, page chrome is no speaker
    # 10: possessive role appositions ("X, Russia's trade envoy, told"), "(IEA, 2024)"
    # citations, "with reference to Y" in back references, "which it accused", a pronoun
    # subject before ", saying", "the X analytical center", "An article … was published by
    # X. It reports …", credited headlines keep their credit, "automakers in China" are a
    # group, a cited name no person bears ("TeDo", "Caliber.Az") is an organisation, a
    # person named as an owner ("Trump's reaction …, he added") is not the "he", "He added
    # that A, but “B,” he said": A is reported speech of B's speaker
    # (batches 11/13); and (batches 12/14): a body named before its descriptor, "according
    # to Mr. X", "the report" called back (released on a day, its authors, "they"), a closing
    # name with an unclosed apposition, a cue-only paragraph after a quotation, woven quoted
    # fragments, "the pollster", "<State>'s <title>", a quotation over two paragraphs, "the
    # Chinese side" (the state), "…, and did not believe that" (the sentence subject)
    # 11: round 9 — batch 15 speakers (relatives, roles named before, pairs, "as revealed by");
    # batch 16: guillemets, a body's spokesperson by name, colon block quotes, speaking president
    # 12-13: rounds 10-11 (stop 19); 14: pronoun gender agreement (r12g) or document-level
    # shapes (r12d), each on its own branch; 15: both together
    # 16: round 13 — the clause-level subject finder (loaders.claims.clauses) as a fallback
    # for author-voice sentences, and no speaker for a verb in a clause of time or cause
    # 17: round 14 (name forms, single quotes, Levin verbs, "its chairman"); 18: round 15 —
    # quotations signed after them ("“…” – X (原名), long role", "“…” X Y."), first-person
    # words without marks after a statement in an article
    # 19: round 16 (claims16a: the subject before the verb, cues after quotations, marks that
    # pair by shape, title abbreviations; the lead's:) an article's advice or forecast right
    # after a reported statement;
    # "This information was provided by X" and "stated in an investigation by X" point back;
    # "the following are noteworthy:" lists the last speaker's findings; "the pro-X Y" is Y;
    # bare "customs data" is the one customs service named before; a cue after the last
    # quotation names the speaker of a quotation the finder left without one; ", saying that"
    # after "made/gave/wrote" and an opening "However,"; a title naming a body before an
    # inverted speaker's name ("said US Ambassador to the United Nations X"); a company called by
    # its trade ("the railway said", "Russia's gas holding said")
    # (claims16b:) a speaker the entity stage missed is never a place, a thing
    # or an owner's possession ("… in Hong Kong", "the Aegis Missile Defense System"); a name
    # the entity stage typed as an organisation is that organisation, no titled person; a
    # capitalised "-ly" word before the verb is no adverb ("Ming Pao Daily revealed")
    # 20: round 17: a predicate coordinated with the main clause's speaks for its subject
    # ("He referred to …, proposed … and insisted that …", "…, but did clarify that …"), "was
    # quick to clarify", a participle after an opening phrase of time ("Within days of the
    # visit, X invited …, noting that …") and of stance ("…, calling him …"), a state's role
    # in lower case ("Russia's defense minister said") is the person titled so before; "He"
    # opening a sentence is the one person acting in the last one when no person opened it;
    # a body's "press department", "press center", "information department" is the body;
    # a block quotation after "X commented:" that opens a mark runs to its closing mark,
    # into the next paragraph, whatever cue words it holds ("I think that"); an interview's
    # answer paragraphs are the interviewee's words (loaders.claims.interviews); 22: an
    # unnamed relay between subject and verb ("X, citing sources, reported"), an inverted
    # speaker's setting ("said X in an interview with …"), "announced Sept. 27 that", no
    # ambiguous verb with an object after an opening adverbial ("In 2014, China maintained
    # a … position"), "reported on Thursday by X", a state's government speaks as its body,
    # "Norland's energy minister" in a lead is the person titled so next, a description
    # repeated from a person's apposition is that person, "according to news from X", a
    # verb of declaring before an indirect question ("revealed how …"), an embassy by its
    # state and host ("the Chinese embassy in Washington") speaks under one name, a title's
    # full stop inside an inverted speaker ("…, said Mr. Kamenskikh."), a lone unknown
    # name speaking is a person when "He"/"The analyst" goes on after it, "…, saying, “…”"
    # after a reported clause is the main subject's, "… was called for by X", "A
    # spokesperson said" in a lead is the person named next with that role; a transcript
    # labelled "Q:"/"A:" answers as the person the lead names at the press conference
    # 23: "the press service of the trading platform" is the body "the <noun>" refers to
    # (one named earlier in the same sentence first); an exchange, bourse or trading
    # platform called back by its trade ("The exchange added"); "the U.S. Treasury said"
    # (initials' stop opens no clause); an adverb between subject and verb ("he further
    # added"); "reminded that"; an owner's description before a name ("…, said China's
    # largest oil company CNPC", "as per reports by Russia's … corporation Rosatom"); "This
    # was announced … to Izvestia by X", a long description after X; "Stay tuned for …";
    # a fronted concession ("Although many have posted their views, X warned …") is no
    # source; a foreign ministry's spokesperson is "the diplomat"; a role opening the
    # apposition before a name ("China's chief diplomat, chief of staff of …, Wang Yi, said");
    # a transcript of speeches: "President of Russia Vladimir Putin: …" opens his turn, the
    # paragraphs after it up to the next label are his when they speak in the first person;
    # in a news article "The paper said" is the newspaper named before; "The CEO added
    # that …" in a wire's dek is the person the body names next with that title in full;
    # interviews as pages print them: a speech label read as the heading, a headline
    # quoting the interviewee, answers set with dashes, a lead saying the person "shared
    # his thoughts with" an outlet, a "Q+A: <name>" title over answers with no questions;
    # "We have collected statements by X following …:" announces X's items (a heading
    # between skipped), an item reporting its subject's clause is the subject's, "Loading
    # ..." / "More news on …" end the list and are no claims; "X pointed to …"; "In
    # expert's opinion" (a role word alone) is the expert named before; in a press
    # conference transcript an outlet's labelled question is no claim and a person's
    # labelled answer is verbatim; "assessed X as Y"; an interview's question set as a
    # heading asks too, and an outlet's labelled statement is the interviewer's
    # 24: a headline opened by its source and a colon ("Lavrov: …", "Russian Ambassador:
    # …", also set as a paragraph near the top) or by a role and a speech verb ("Russian
    # defense minister announces …"): the role is the person the body names with it; a
    # quotation a paragraph leaves open and the next paragraph reopens and closes with its
    # attribution is that speaker's from its first paragraph; a speech label alone on its
    # line ("President of Russia Vladimir Putin:") opens the turn; a page titled as one
    # person's statement ("X’s statement and answers to media questions at …", "Remarks by
    # X") over first-person paragraphs is that person's speech; headline verbs in the
    # present tense ("Blinken Hints …", "G7 Voices …", "X hails …"); a credit after a colon
    # ending a headline ("…: Kremlin"), not a caption's ("Photo: X", "Image Credit: Y"); a
    # headline credited to a role ("… - China’s Commerce Minister", "…, says Chinese
    # diplomat") is the person the body titles so; a statement's title after a site's banner
    # lines; "X: Question: …" opening a briefing page answers its questions; "said Kremlin
    # spokesperson, Dmitry Peskov, in …": the person set off after the role; "Russia's
    # veterinary service, known as Rosselkhoznadzor, said": the body it is known as; a
    # person's labelled first-person turn goes on in its paragraph up to the next label; a
    # related story's line naming its source ("Also read | Putin says …") is its claim; an
    # organisation's head noun ("Church", "Staff", "Navy") is no word of a new person's name;
    # an expert roundup's "Name (role)" line over paragraphs opens that person's turn; "by
    # spokesman of China, Lu Kang"; a body's name is no part of a new person's; a label
    # "Ambassador Qin:" (a title and the surname) is the person named in full, and so is a
    # transcript's label in capitals ("PATRICIA KIM:"), which opens a turn in its paragraph;
    # "Key points:" bullets under a title naming one person's interview are that person's
    version = "24"
    reads: tuple[str, ...] = (
        "doc.passages",
        "sentences",
        "entities",
        "mentions",
        "authors",
        "publisher",
        "statistics",
    )
    writes: tuple[str, ...] = ("claims", "entities", "mentions", "statistics.source")

    engines: tuple[str, ...] = ("loaders.claims.extract",)

    def __call__(self, ex: Extraction) -> None:
        from loaders.claims.extract import extract_claims

        claims = extract_claims(ex)
        credit_sources(ex, claims)
        ex.claims.extend(claims)


COMPONENT = Claims
