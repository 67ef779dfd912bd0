"""The entities stage: people and organisations in every passage, one record each, linked to
every mention, with affiliations, the document's authors and its publisher.

Reads the document text and metadata; writes ``entities``, ``mentions``, ``affiliations``,
``authors``, ``publisher`` and ``citations`` (web addresses cited, with their outlets); see
:mod:`loaders.entities` for how names are found, typed and resolved.
"""

from __future__ import annotations

from loaders.drafts import Extraction


class Entities:
    name = "entities"
    version = "19"  # 5: Mongolian and romanised Chinese names, regional administrations,
    # a state's body in the possessive, State Council bodies and Russian agencies registered;
    # 6: name particles ("bin", "von der", "el-Sisi"), middle initials, "O'Brien"-shaped
    # surnames, hyphenated given names, royal and military titles; registered names written
    # with a space or in title case, companies by industry head and context, registry classes
    # (SOEs, refiners, sanctions NGOs, gazettes, press services, banks and brokers), a state
    # before a registered body, "… Authority"; 7: armed forces' branches, districts, fleets and
    # numbered formations, a state's customs in lower case, media credits in capitals, photo
    # agencies, science bodies, role-noun surnames ("Megan Dean"), "Rear Adm.", a leader's
    # handle, "Russia and China Navy" is no name, photographers in capitals, lone Chinese
    # surnames, letter surnames ("Jonathan Z"), an agency by its first word ("Trend reports"),
    # title pages run together, SCO councils, "<body> on <topic>", "the firm The X", a state
    # glued to a page's section label, "IS" in running text as Islamic State; 8: business
    # people by surname (sanctions lists, Forbes), Ukraine's state bodies and European
    # parliaments, a broadcaster's name before "TV", months are never given names, Chinese
    # names in Western order ("Jianwei Zhang"), a rank glued after a body ("… Senior Col."),
    # UC campuses, a handle asked or sending is a person, "Forces of A and B" is no name,
    # a page's tag line ("… Featured … News News") is no name, "<body> News" is the body,
    # an agency's credit glued to a caption ("… meetingAFP"); 9: a nationality adjective
    # glued before a company dropped, two coordinated companies split, sentences glued without
    # a space split, bracketed wire credits, a lone agency credit as author, registry classes
    # (chip makers, neighbours' parties, grain consultancies, drone makers)
    # and page chrome is no person ("Reading Time: < 1 minute" bylines, "Long Time")
    # 10: leaders of the remaining UN members, more agencies; a body's document ("… Strategy")
    # after it, a unit "of the" registered body, a common-word name in a hyphen compound;
    # 11: "<State>'s Ministry of <Field>", "… League", a ship named after an officer is no
    # person, a caption's "Photo: NAME / AGENCY", "Notes20" (page glued) is no name word,
    # a "© Photo: …" line is no publisher, academic publishers, "DOD"; 12: a name glued to its
    # dateline's weekday or month split, the U+02BC possessive, a wire credit's next role
    # ("… Editing by") is no name word, a thread's tagged surname ("Vladimir #Putin"), "<X>-based"
    # is no company, an edition's or a channel's handle as author is an organisation; wire
    # aggregators, Arctic sites, platforms, sanctions-data firms registered; 13: handles typed
    # by "the @x" / "that @x" / "a job for @x" and by the registered name they spell, a
    # nationality is no Chinese given name, Russian street words, names after a plural
    # organisation noun ("traders including A, B and C"), coordinated adjectives inside a name
    # and its short form before "of <parent>", "<Sea|Gulf> of <State>" is a place; registry
    # classes (state oil traders, Cold War blocs, UN sanctions committees, residences)
    # 14: an owner's quoted title is no organisation, an acronym spelling a body's closing
    # words after a state's adjective, a ministry "of" a list of fields, a registered person
    # glued after a body, an outlet's capital "The" mid-sentence, a domain called a news
    # portal, "the journal X", "<State> Today", "according to <Word> Media", a state's
    # company with a common-word name ("Russia’s United Aircraft Corp"), a listed name's
    # sentence stop, a quoted nickname inside a person's name ("Dmytro “Henry” Aleksandrov"),
    # "Han Chinese" is a people, a ship named after an officer is no person anywhere in the
    # text, a count opening a body's name is no part of it ("One State Department official"),
    # a role before "of" with no body's head is no body ("Officer Commanding of Division"),
    # a company "of" a registered company is the subsidiary ("TVEL Fuel Company of Rosatom"),
    # a body in lower case by its field ("the ministry of economic development said")
    # 15: a registered person closing a run of other capitalised words ("Rostec Head Sergei
    # Chemezov"), Russian diminutives and transliterations as given names ("Mitya", "Vassily"),
    # people of the past registered (historical.json: "Stalin", "Nixon", "Genghis Khan"),
    # a nationality before a body whose name opens on a proper name is no part of it ("the
    # Russian Kazan Federal University"), titles hyphenated ("Vice-Premier X"), an event's
    # name is never a person ("World War II"), a registered outlet of common words after a
    # possessive ("China's Central News Agency"), a name after a registered body cut off it
    # ("Bank of China Zong Liang"); 16: a given name before a company named after a person
    # makes the person ("Viktor Kalashnikov", "Henry Ford"), and so does the surname alone
    # later in the same document ("Kalashnikov said"); registered: leaders of the last
    # decades (Assad, Gaddafi, Milošević, …), Volkswagen's brands, European utilities, PAP;
    # 17: a state's government named by the state ("the Chinese government", "China's
    # government", "the government of Mongolia": loaders.entities.governments), firms named
    # by their trade ("NEFT Research", "Vortexa Analytics", "… Advisory", "… Consulting"),
    # the family name He inside a sentence before any pinyin given name ("with He Ping")
    # 18: the world's given names (names_world.json from nam_dict.txt: "Hirokazu", "Ahmet",
    # "Aibek") and their sex for "he"/"she"; an organisation's head noun inside a run is no
    # person's name ("Sita Center Gozin Vaccine"); a Russian name written family name first
    # stays whole ("Geniatulin Ravil Faritovich"); a registered name of three or four words
    # with a particle closing a run after a title ("… President Ursula Von der Leyen"); two
    # name-shaped words after "<title> of <state>" ("Deputy Prime Minister of Kyrgyzstan
    # Zhenish Razakov") are the title's holder, whatever the given name; a Chinese name
    # whose given name's syllables are written apart ("Guo Jia Kun") stays whole
    # 19: registry: the foreign ministers of the G7, G20, BRICS, SCO and EAEU members, Central
    # Asia, the South Caucasus, Mongolia and the larger ASEAN states, 2017-2025 ("EAM
    # Jaishankar", "Borrell", "Kamikawa")
    reads: tuple[str, ...] = ("doc",)
    writes: tuple[str, ...] = (
        "entities", "mentions", "affiliations", "authors", "publisher", "citations",
    )  # fmt: skip

    engines: tuple[str, ...] = (
        "loaders.entities.authors", "loaders.entities.citations",
        "loaders.entities.document", "loaders.entities.roles",
    )  # fmt: skip

    def __call__(self, ex: Extraction) -> None:
        from loaders.entities.authors import add_authors
        from loaders.entities.citations import add_citations
        from loaders.entities.document import find, write
        from loaders.entities.roles import add_affiliations

        found = find(ex.doc.text)
        write(found, ex)
        add_authors(ex)
        add_affiliations(ex, found)
        add_citations(ex, found)


COMPONENT = Entities
