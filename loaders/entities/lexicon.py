"""Word lists that decide what a capitalised phrase names: titles and roles (a person),
head nouns (an organisation, and which kind), words that never name either.

General English newsroom and academic vocabulary only; nothing here is about one document.
words("""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources


def words(text: str) -> list[str]:
    """The white-space separated words of a word list."""
    return text.split()


# Titles written before a name ("FM Sergey Lavrov", "Ambassador Kirill Barsky"): the role
# they state, in the order we test them (longest first at match time).
TITLES: dict[str, str] = {
    "President": "President", "Vice President": "Vice President", "Vice Minister": "Vice Minister",
    "Vice Premier": "Vice Premier", "Vice Chairman": "Vice Chairman",
    "Prime Minister": "Prime Minister",
    "PM": "Prime Minister", "Premier": "Premier", "Foreign Minister": "Foreign Minister",
    "FM": "Foreign Minister", "Minister": "Minister", "Deputy Minister": "Deputy Minister",
    "Deputy Prime Minister": "Deputy Prime Minister", "Defence Minister": "Defence Minister",
    "Defense Minister": "Defense Minister", "Finance Minister": "Finance Minister",
    "Ambassador": "Ambassador", "Senator": "Senator", "Governor": "Governor", "Mayor": "Mayor",
    "Chairman": "Chairman", "Chairwoman": "Chairwoman", "Chair": "Chair", "Speaker": "Speaker",
    "General": "General", "Gen.": "General", "Admiral": "Admiral", "Colonel": "Colonel",
    "Chancellor": "Chancellor", "Secretary": "Secretary",
    "Secretary of State": "Secretary of State",
    "Spokesman": "Spokesman", "Spokeswoman": "Spokeswoman", "Spokesperson": "Spokesperson",
    "Director": "Director", "Director General": "Director General", "CEO": "CEO",
    "Professor": "Professor", "Prof.": "Professor", "Prof": "Professor", "Dr.": None,  # type: ignore[dict-item]
    "Dr": None,  # type: ignore[dict-item]
    "Mr.": None, "Mr": None, "Mrs.": None, "Mrs": None, "Ms.": None, "Ms": None,  # type: ignore[dict-item]
    "Academician": "Academician", "Leader": "Leader", "King": "King", "Emir": "Emir",
    "Ayatollah": "Ayatollah", "Commissioner": "Commissioner", "Envoy": "Envoy",
    "Crown Prince": "Crown Prince", "Prince": "Prince", "Princess": "Princess",
    "Sheikh": "Sheikh", "Sheikha": "Sheikha", "Sultan": "Sultan", "Queen": "Queen",
    "Pope": "Pope", "Patriarch": "Patriarch", "Marshal": "Marshal", "Emperor": "Emperor",
    "Lieutenant General": "Lieutenant General", "Major General": "Major General",
    "Brigadier General": "Brigadier General", "Vice Admiral": "Vice Admiral",
    "Rear Admiral": "Rear Admiral", "Lt. Gen.": "Lieutenant General",
    "Maj. Gen.": "Major General", "Rear Adm.": "Rear Admiral", "Vice Adm.": "Vice Admiral",
    "Adm.": "Admiral", "Brig. Gen.": "Brigadier General", "Col.": "Colonel",
    "Lt. Col.": "Lieutenant Colonel", "State Councilor": "State Councilor",
    "State Councillor": "State Councillor",
}  # fmt: skip
# "Vice-Premier X", "Vice-President Y": the same titles hyphenated.
TITLES.update(
    {
        k.replace(" ", "-", 1): v
        for k, v in list(TITLES.items())
        if k.startswith(("Vice ", "Deputy "))
    }
)
# Honorifics kept inside the mention span ("Mr. Xi"), unlike job titles.
HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Prof"})

# Lower-case role nouns that introduce a person ("spokesman Dmitry Peskov", "a China expert
# with …", "company's founder Ren Zhengfei") or follow a name in apposition.
ROLE_NOUNS = words("""
    expert experts analyst analysts economist economists scholar scholars researcher
    researchers fellow professor lecturer director head chief chairman chairwoman chair
    founder co-founder president minister ambassador envoy diplomat spokesman spokeswoman
    spokesperson journalist correspondent reporter editor commentator columnist author
    writer historian sinologist adviser advisor aide official officer deputy governor mayor
    senator lawmaker legislator deputy general admiral colonel commander executive ceo
    manager partner owner investor entrepreneur businessman businesswoman banker trader coo cfo cto
    engineer scientist physicist mathematician student dean rector candidate colleague
    friend member secretary premier leader activist politician blogger lawyer consultant
    strategist specialist representative negotiator observer chancellor judge prosecutor
    vice-president
""")
ROLE_NOUN_SET = frozenset(ROLE_NOUNS)

# Head nouns of organisation names → OrganisationKind.
HEAD_KINDS: dict[str, str] = {}
for _kind, _words in {
    "UNIVERSITY": "University Universität College School Faculty Polytechnic Conservatory",
    "RESEARCH_INSTITUTE": "Institute Academy Laboratory Lab Observatory",
    "THINK_TANK": "Center Centre Foundation Council Club Endowment Institution",
    "OTHER": "Initiative Unit Theatre Theater Museum Orchestra Philharmonic",
    "GOVERNMENT_BODY": "Ministry Committee Agency Service Office Bureau Department Administration "
    "Commission Government Parliament Assembly Duma Embassy Court Inspectorate Directorate "
    "Secretariat Chamber Senate Cabinet Mission Consulate Customs Presidium Legislature "
    "Representation Subcommittee Sub-Commission Sub-Committee Authority Regulator",
    "BANK": "Bank Bancorp",
    "MEDIA": "Times Post News Daily Journal Gazette Gazeta Herald Tribune Review Television TV "
    "Radio Broadcasting Press Magazine Monitor Telegraph Observer Chronicle Weekly Media Izvestia "
    "Courier Ledger Bulletin Dispatch Wire Inquirer Today",
    "COMPANY": "Corporation Corp Company Co Group Holding Holdings Inc Ltd LLC PJSC JSC PLC AG "
    "SA GmbH Railways Railway Airlines Energy Oil Gas Petroleum Motors Telecom Technologies "
    "Trading "
    "Technology Systems Industries Electric Electronics Steel Mining Shipping Logistics Capital "
    "Ventures Pharmaceuticals Pharma Metals Chemicals Automotive Aerospace Exchange "
    "Machinery Shipbuilding Airways Motor Petrochemical Petrochemicals Refining Refinery "
    "Services Solutions Engineering Semiconductor Semiconductors Microelectronics Instruments "
    "Tankers Maritime Navigation Freight Shipyard Avionics Chemical Pharmaceutical "
    "Telecommunications Minerals Research Analytics Advisory Consulting",
    "POLITICAL_MOVEMENT": "Party Movement Front",
    "MILITARY": "Army Navy Forces Force Guard Command Fleet Brigade Regiment Division",
    "INTERNATIONAL_ORG": "Organisation Organization Alliance Union Association Federation "
    "Society Network Forum Fund Consortium Coalition Community Commonwealth League",
}.items():
    for _w in _words.split():
        HEAD_KINDS[_w] = _kind
# These heads are international organisations only with a multinational word nearby;
# otherwise "OTHER" ("Russian-Chinese Friendship Society").
WEAK_INTERNATIONAL = frozenset(
    words("""
    Association Federation Society Network Forum Fund Partnership Consortium Coalition
    Community League
""")
)  # fmt: skip
MULTINATIONAL = re.compile(
    r"\b(?:International|World|Global|United|Eurasian|Asian|European|Atlantic|Pacific|"
    r"Intergovernmental|Regional|Shanghai Cooperation|Economic)\b"
)
# Common nouns that name an organisation in apposition ("Yadro, a Russian server maker",
# "the Kazan firm Volga Avionika", "Inspur and other Chinese vendors").
ORG_NOUNS = words("""
    consultancy consultancies firm company companies firms maker makers carmaker carmakers
    manufacturer manufacturers vendor vendors supplier
    suppliers lender lenders bank banks outlet outlets newspaper newspapers broadcaster agency
    startup start-up operator operators conglomerate producer producers exporter exporters
    importer importers carrier carriers shipper shipowner insurer insurers retailer developer
    group giant corporation think-tank institute university ministry regulator watchdog
    daily weekly magazine portal website channel fund holding subsidiary affiliate affiliates
    airline railway brand platform miner refiner trader traders distributor contractor
    database tracker registry shipbuilder shipyard major entity entities journal publication
    tabloid
""")
ORG_NOUN_SET = frozenset(ORG_NOUNS)
# The kind an organisation noun implies (others: COMPANY).
ORG_NOUN_KIND = {
    **dict.fromkeys(words("outlet outlets newspaper newspapers broadcaster agency daily weekly "
                          "magazine portal website channel journal publication tabloid"),
                    "MEDIA"),
    **dict.fromkeys(words("bank banks lender lenders"), "BANK"),
    **dict.fromkeys(words("university"), "UNIVERSITY"),
    **dict.fromkeys(words("institute"), "RESEARCH_INSTITUTE"),
    **dict.fromkeys(words("think-tank"), "THINK_TANK"),
    **dict.fromkeys(words("ministry regulator watchdog"), "GOVERNMENT_BODY"),
}  # fmt: skip

# Leading heads: "Ministry of …", "University of …", "Centre for …".
LEADING_HEADS = frozenset(
    words("""
    Ministry University Institute Academy Bank Council Center Centre Department Embassy
    Office Laboratory School Faculty Committee Commission Agency Bureau Union Association
    Federation Society Organisation Organization Fund Foundation Chamber Court Service
    Administration Government Secretariat Directorate Consulate Representation Mission
    Subcommittee Sub-Commission Sub-Committee
""")
)
# Heads of bodies seated somewhere ("Consulate General of China in Yekaterinburg").
SEAT_HEADS = frozenset(words("Embassy Consulate Representation Mission Office Delegation"))
# Connectors allowed inside a name ("Institute of Far Eastern Studies", "Centre for …").
CONNECTORS = frozenset({"of", "for", "the", "on", "and", "&", "de", "du", "des", "la", "under"})
# Particles inside personal names, written in lower case between the given name and the
# family name: Arabic "bin", "ibn", "al", "el" ("Mohammed bin Salman"), Dutch and German "van",
# "von", "der", "den", "ter", "zu" ("Ursula von der Leyen"), Romance "de", "da", "di", "dos",
# "das", "do", "du", "del", "della", "la", "le" ("Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset(
    words("""
    bin ibn bint binti al el abu van von der den ter zu de da di dos das du del della la le
""")
)
# A particle glued to the family name by a hyphen or apostrophe: "el-Sisi", "al-Assad",
# "ad-Din", "d'Estaing", "dell'Olio".
GLUED_PARTICLE = re.compile(
    r"(?:al|el|ad|ash|as|at|az|ar|an|ul|ud|bin|ibn|abu|abd|van|von|de|di|da|du|d|l|dell)"
    r"[-'’][A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?$"
)


def name_particle(word: str) -> bool:
    """A lower-case particle of a personal name, free ("bin", "von") or glued ("el-Sisi")."""
    return word in NAME_PARTICLES or bool(GLUED_PARTICLE.match(word))


# A family name with a prefix glued by an apostrophe ("O'Brien", "O’Neill", "D'Souza") or a
# Scottish "Mc"/"Mac" ("McFaul", "MacDonald"): capitalised, however shaped.
PREFIXED_SURNAME = re.compile(r"(?:O|D)['’][A-Z][^\W\d_]+$|Ma?c[A-Z][^\W\d_]{2,}$")
# A middle initial ("Daniel J. Kritenbrink", "John F. Kennedy").
MIDDLE_INITIAL = re.compile(r"[A-Z]\.$")

STATE_ADJECTIVES: dict[str, str] = {
    "Russian": "Russia", "Chinese": "China", "American": "United States", "U.S.": "United States",
    "US": "United States", "Indian": "India", "Japanese": "Japan", "Kazakh": "Kazakhstan",
    "Tajik": "Tajikistan", "Uzbek": "Uzbekistan", "Kyrgyz": "Kyrgyzstan", "Mongolian": "Mongolia",
    "Ukrainian": "Ukraine", "Belarusian": "Belarus", "German": "Germany", "French": "France",
    "British": "United Kingdom", "UK": "United Kingdom", "Iranian": "Iran", "Turkish": "Turkey",
    "Vietnamese": "Vietnam", "South Korean": "South Korea", "North Korean": "North Korea",
    "Pakistani": "Pakistan", "Brazilian": "Brazil", "Italian": "Italy", "Polish": "Poland",
    "Turkmen": "Turkmenistan", "Afghan": "Afghanistan", "Soviet": "Russia", "Sino": "China",
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates",
}  # fmt: skip


def _dataset_adjectives() -> dict[str, str]:
    """Every state's adjective from the generated registry ("Lithuanian" → "Lithuania")."""
    raw = json.loads(resources.files("loaders").joinpath("registry/states.json").read_text("utf-8"))
    return {a: s["name"] for s in raw["states"] for a in s.get("adjectives", ()) if " " not in a}


STATE_ADJECTIVES = {**_dataset_adjectives(), **STATE_ADJECTIVES}

# Capitalised words that open sentences or name things other than actors/organisations.
_NOT_NAME = words("""
    A An The This That These Those It Its He She They We I You Our Their His Her My But And
    Or Nor So Yet As In On At For From With By Of To Into Over Under After Before During
    While When Where Why How What Which Who Whom Whose If Then Than Because Since Although
    Though Unless Until Despite Amid Among Between Both Each Every Either Neither Another
    Other Others Some Many Most Much More Less Few Several All Any No Not None Nobody
    Everyone Everybody Someone Somebody Anyone Here There Now Today Yesterday Tomorrow Also
    Still Even Just Only Indeed However Moreover Furthermore Meanwhile Thus Therefore Hence
    Nevertheless Nonetheless Instead Finally First Second Third Fourth Fifth Last Next
    Overall Key Main Major New Old Great Good Bad Big Small High Low Top Bottom Why Yes Oh
    Please Thanks Thank Let See Read Follow Note Source Sources Table Figure Chart Photo Map
    Chapter Section Part Page Report Summary Introduction Conclusion Conclusions
    Recommendations Notes Contents Annex Appendix Foreword Preface Abstract THREAD Thread
    ICYMI BTW RT Breaking Update News Editor Editors Authors Author Copy Layout Format Tel
    Fax Email Cover Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Q1 Q2 Q3 Q4 COVID COVID-19 Covid Coronavirus
    SARS-CoV-2 OK GDP GNP FDI LNG PCR IT AI OS EM EMs SOE SOEs HQ CEO CEOs CFO VIP FAQ PDF
    URL USD EUR CNY RUB RMB TEU Mt Bcm Russia's China's West Western East Eastern North
    Northern South Southern Central Asia Asian Europe European Africa African Arctic Eurasia
    Eurasian Pacific Atlantic Indo-Pacific Siberia Siberian Caucasus Balkans Baltic Middle
    Far Greater Belt Road Silk Union State States Republic Federation Kingdom Democratic
    People's Party National Federal Government Ministry President Prime Minister Foreign
    Minister Affairs Cooperation Development Trade Economic Economy Security Defence Defense
    Energy Policy Strategy Strategic International Global World Regional Bilateral Joint
    Treaty Agreement Statement Declaration Summit Conference Forum Project Programme Program
    Initiative Partnership Dialogue Relations Crisis War Operation Sanctions Model Era Age
    Day Week Month Year Years Decade Century Islam Christianity Buddhism Mr Mrs Ms Dr Prof
    Sir Lord Lady Saint St Ph.D PhD Dr. Mr. Mrs. Ms. Prof. Sr. Jr.
""")
NOT_NAME = frozenset(_NOT_NAME)
# Capitalised words that open a clause and are never part of a name.
LEADING_STOP = frozenset(
    words("""
    A An The This That These Those It Its He She They We I You Our Their His Her My But And
    Or So Yet As In On At For From With By Of To Into After Before During While When Where
    Why How What Which Who If Then Because Since Although Though Despite Amid Among Between
    Both Each Every Either Neither Another Some Many Most Several All Any No Not Nobody Here
    There Now Today Also Still Even Just Only Indeed However Moreover Furthermore Meanwhile
    Thus Therefore Hence Instead Finally Overall Yes Oh Please Thanks Thank Let See Read
    Follow Great Good Bad Key Like Unlike Under Over Via Per Against Without Within Across
    Through Upon Toward Towards According Following Given Former Late Then-President Acting
    Both Dear Congratulations Later Earlier Separately Previously Recently Additionally
    Similarly Likewise Yesterday Subsequently Eventually Initially Ultimately Notably
    Importantly Currently Officially Publicly Privately Reportedly Apparently Clearly
    Obviously Afterwards Afterward Elsewhere Specifically Interestingly Crucially Again
""")
)

# Places that are not states, and words that end place names ("Krasnoyarsk Krai").
_PLACES = words("""
    Hong Kong Macau Macao Xinjiang Tibet Shanghai Shenzhen Guangzhou Guangdong Harbin
    Heilongjiang Jilin Liaoning Jiangsu Zhejiang Sichuan Yunnan Shenyang Tianjin Wuhan
    Chongqing Dalian Qingdao Xiamen Hainan Fujian Shandong Hebei Henan Hubei Hunan Shaanxi
    Gansu Ningxia Qinghai Guangxi Guizhou Anhui Jiangxi Shanxi Mongolia Vladivostok
    Khabarovsk Novosibirsk Tomsk Irkutsk Krasnoyarsk Murmansk Kaliningrad Petersburg
    Sakhalin Yamal Crimea Donbas Donbass Kazan Yekaterinburg Blagoveshchensk Heihe Manzhouli
    Suifenhe Chukotka Kamchatka Primorye Zabaykalsky Buryatia Yakutia Altai Amur Tatarstan
    Chechnya Dagestan Karakalpakstan Almaty Samarkand Bukhara Osh Khorgos Gwadar Kashgar
    Urumqi Taiwan Arctic Siberia Ural Urals Volga Krai Oblast Province Region District
    Square Street Avenue River Lake Sea Ocean Mountains Bay Strait Island Islands Peninsula
    City County Valley Basin Canal Port Airport Station Bridge Palace Plaza Olympic Olympics
    Games Cup Championship Prize Award Day Week Year
    Bolshaya Bolshoy Malaya Maly Staraya Novy Ulitsa Prospekt Pereulok Naberezhnaya Shosse
    Ploshchad Proyezd
""")  # (Russian street words: "Bolshaya Ordynka", "Maly Kislovsky Pereulok")
PLACE_WORDS = frozenset(_PLACES) - {"Hong", "Kong"} | {"Kong"}
# The head nouns of things, not people: weapons and their systems, treaties, laws, plans,
# programmes ("Aegis Ballistic Missile Defense System", "Intermediate-Range Nuclear Forces
# Treaty", "Foreign Agents Act", "Belt and Road Initiative").
THING_HEADS = frozenset(
    words("""
    System Systems Missile Missiles Rocket Rockets Launcher Launchers Radar Radars Satellite
    Satellites Drone Drones Aircraft Jet Jets Fighter Fighters Bomber Bombers Tank Tanks Vessel
    Warship Submarine Shield Dome Weapon Weapons Treaty Treaties Act Acts Agreement Agreements
    Accord Accords Convention Protocol Charter Declaration Doctrine Strategy Programme Program
    Programs Programmes Initiative Plan Project Projects Pipeline Corridor Route Resolution
    Sanctions Exercise Exercises Drill Drills Operation Review Report Index Survey Talks
    Consultations Communiqué Communique Memorandum Statement Dialogue
""")
)

# Verbs of speech or cognition after a name ("Zubarevich says") or before it ("says X").
SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:has\s+|had\s+|have\s+)?(?:also\s+|later\s+|recently\s+)?(?:says|said|told|"
    r"tells|argues|argued|believes|believed|thinks|thought|notes|noted|writes|wrote|explains|"
    r"explained|adds|added|warns|warned|insists|insisted|claims|claimed|stated|states|stressed|"
    r"stresses|recalled|recalls|confessed|confesses|admitted|admits|suggests|suggested|asked|asks|"
    r"replied|replies|agreed|agrees|predicts|predicted|expects|expected|nails|describes|"
    r"described|points\s+out|pointed\s+out|concluded|concludes|observed|observes|emphasised|"
    r"emphasized|announced|announces|visited|visits|met|meets|signed|signs|chaired|chairs|"
    r"arrived|arrives|thanked|thanks|praised|praises|urged|urges|hosted|hosts|welcomed|"
    r"welcomes|congratulated|phoned|flew|toured|inspected|addressed|vowed|pledged|"
    r"was\s+born|was\s+arrested|was\s+appointed|was\s+elected|was\s+a\b|is\s+a\b)"
)
SPEECH_BEFORE = re.compile(
    r"(?:\bsays|\bsaid|\btold|\bwrites|\bwrote|\bexplains|\badds|\bargues|\bnotes|\basks|"
    r"\baccording\s+to|\bquoted|\bquoting|\binterviewed|\bcited|\bciting)\s*$"
)
_SUFFIXES = (
    "ov", "ova", "ev", "eva", "yev", "yeva", "in", "ina", "yn", "yna", "sky", "skiy", "skii",
    "skaya", "ski", "enko", "chenko", "ich", "vich", "yan", "ian", "shvili", "idze", "uk", "yuk",
    "ko", "aev", "iev", "nov", "kov", "kova", "ikh", "ykh", "ets", "yi",
)  # fmt: skip
SURNAME_SUFFIX = re.compile(rf"(?:{'|'.join(sorted(_SUFFIXES, key=len, reverse=True))})$")

# Pinyin syllables, for recognising Chinese personal names ("Zhao Huasheng", "Ma Bin").
_INITIALS = "zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w"
_FINALS = (
    "iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|ia|ie|iu|"
    "ua|uo|ui|un|ue|a|o|e|i|u|v|ü"
)
PINYIN = re.compile(rf"(?:(?:{_INITIALS})?(?:{_FINALS})){{1,3}}", re.I)


class _Names(frozenset):  # type: ignore[type-arg]
    """A set of names that also answers for a name written with diacritics ("Nicolás",
    "José", "Zoë" are the listed "Nicolas", "Jose", "Zoe")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if isinstance(word, str) and not word.isascii():
            plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
            return frozenset.__contains__(self, plain)
        return False


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, Chinese family names) from the registry's names.json, the census given
    names of names_census.json and the world's of names_world.json (see
    loaders/registry/build.py); as an earlier process read them when that is kept
    (:mod:`loaders.entities.kept_indexes`)."""
    from loaders.entities.kept_indexes import kept

    found = kept()
    return found["names"] if found is not None else build_name_lists()


def build_name_lists() -> tuple[frozenset[str], frozenset[str]]:
    folder = resources.files("loaders").joinpath("registry")
    raw = json.loads(folder.joinpath("names.json").read_text("utf-8"))
    census = json.loads(folder.joinpath("names_census.json").read_text("utf-8"))
    world = json.loads(folder.joinpath("names_world.json").read_text("utf-8"))
    # the census lists months as given names ("January", "April"): never a given name here
    # ("31 January Kyiv" is a dateline, not a person)
    given = _Names(
        frozenset((raw["given"] + " " + census["given"] + " " + world["given"]).split())
        - _MONTH_NAMES
    )
    return given, frozenset(raw["chinese_surnames"].split())


_MONTH_NAMES = frozenset(
    words("January February March April May June July August September October November December")
)


@lru_cache(maxsize=1)
def _common_words() -> set[str] | CommonWords:
    """English common words: Webster's 2nd (english-words), read as is. Only lower-case
    strings are looked up in it (a word lower-cased, its stem), and the list is ASCII with
    no entry that is neither lower- nor upper-case, so its capitalised entries (proper names)
    never match: keeping only the lower-case entries, as it did, cost a second pass over
    236,000 words in every process (as long as reading the list) for the same answers.
    Kept between processes with the registry (:mod:`loaders.entities.kept_indexes`), as
    :class:`CommonWords`."""
    from loaders.entities.kept_indexes import kept

    found = kept()
    return CommonWords(found["common_words"]) if found is not None else read_common_words()


def read_common_words() -> set[str]:
    from english_words import get_english_words_set

    return get_english_words_set(["web2"])


class CommonWords:
    """A word list answering `word in words` as its set does, kept as a few thousand
    strings instead of 236,000: the words that share their first three characters, each
    on its own line of one block. A process reads it in a few milliseconds instead of
    about 0.04 s for the set, and the seeds look up 271 words in all (a lookup searches
    one block of a few hundred characters). No word of the list holds a line break."""

    __slots__ = ("blocks",)

    def __init__(self, blocks: dict[str, str]) -> None:
        self.blocks = blocks

    @staticmethod
    def blocks_of(words: set[str] | frozenset[str]) -> dict[str, str]:
        grouped: dict[str, list[str]] = {}
        for word in words:
            if "\n" in word:
                raise ValueError(f"a word with a line break: {word!r}")
            grouped.setdefault(word[:3], []).append(word)
        return {k: "\n" + "\n".join(sorted(v)) + "\n" for k, v in sorted(grouped.items())}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or "\n" in word:
            return False
        block = self.blocks.get(word[:3])
        return block is not None and f"\n{word}\n" in block


# Page chrome shaped like a name: "Reading Time: < 1 minute", "8 min read", and a common
# word before "Time" ("Long Time", "Real Time", "Prime Time") is never a person's name.
_CHROME_NAME = re.compile(
    r"(?:[A-Z][a-z]+\s+(?:Time|Times|Minutes?|Min)|(?i:reading\s+time|\d+\s*min(?:ute)?s?\s+read))"
    r"\s*(?::.*)?",
    re.DOTALL,
)


def page_chrome_name(name: str) -> bool:
    """A page-chrome label or a capitalised common phrase, not a person ("Reading Time")."""
    return _CHROME_NAME.fullmatch(name.strip()) is not None


def common_word(word: str) -> bool:
    """Is this (capitalised) word an English common word ("Bottled", "World", "Exports")?"""
    w = word.lower()
    if w in _common_words():
        return True
    for suffix in ("s", "es", "ed", "ing"):  # the list has lemmas: "exports" → "export"
        if w.endswith(suffix) and w[: -len(suffix)] in _common_words():
            return True
    return w.endswith("ies") and w[:-3] + "y" in _common_words()


def is_pinyin(word: str) -> bool:
    return bool(PINYIN.fullmatch(word.replace("-", "").replace("'", "")))


# Legal forms written before a company's name: Russian and post-Soviet ("PJSC Gazprom Neft",
# "OOO Vostok", "JSC Russian Railways", "TOO" in Kazakhstan), and "LLC …" as some English
# translations write it.
LEGAL_PREFIXES = frozenset(
    words("PJSC JSC OJSC CJSC OAO ZAO PAO AO OOO LLC TOO NAO FSUE FGUP GUP MUP")
)


def head_kind(words: list[str]) -> str | None:
    if len(words) >= 3 and words[-1] == "Port" and "Commercial" in words[-3:-1]:
        return "COMPANY"  # "Vladivostok Commercial Sea Port": the port's operating company
    if len(words) >= 2 and words[0] in LEGAL_PREFIXES and all(
        w[:1].isupper() or w.lower() in CONNECTORS for w in words[1:]
    ):  # fmt: skip
        return "COMPANY"  # "PJSC Sovcomflot", "OOO Vostok Logistika"
    kind = None
    for i, w in enumerate(words):
        k = HEAD_KINDS.get(w)
        if k is None:
            continue
        rest = words[i + 1 :]
        if w == "Consulate" and rest[:1] == ["General"]:
            rest = rest[1:]  # "Consulate General of …", "Russian Consulate General"
        leading = i == 0 and len(rest) > 1 and rest[0].lower() in CONNECTORS and w in LEADING_HEADS
        trailing = not rest and (i > 0 or len(words) > 1)
        inner = (
            i > 0
            and bool(rest)
            and (rest[0].lower() in ("of", "for", "on") or (rest[0] == "in" and w in SEAT_HEADS))
        )  # "Russian Consulate General in Harbin"
        if leading or trailing or inner:
            kind = k
            if w in WEAK_INTERNATIONAL and not MULTINATIONAL.search(" ".join(words)):
                kind = "OTHER"
            if leading or inner:
                return kind
    return kind
