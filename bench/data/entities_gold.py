# ruff: noqa: E501
"""Annotated sample for bench/entities.py, written by hand for this benchmark.

How it was made: six documents (two threads, two articles, two report excerpts) were written
for this benchmark in the styles of the three corpus kinds, none copying or paraphrasing a
seed or a test fixture, and full of people and organisations the registry does not know
(invented analysts, institutes, companies, outlets, handles) next to well-known ones. They
were annotated *before* the entity stage was first run on them; that first run is recorded
in bench/entities.py's docstring as the unseen figure.

Annotation rules (one pass, by the author of the stage):
- people: every named individual — full names, a later surname alone, a title + name,
  a person's @handle. Canonical name = the fullest written form; every surface form listed.
- organisations: every named organisation — states written as names, capitals used for
  their governments ("Moscow says"), flag emoji; government bodies, companies, media
  (names, @handles and cited web domains), think tanks, universities, institutes,
  international organisations, parties, armed forces, named initiatives like the BRI.
  Each with its OrganisationKind.
- not annotated: demonyms and adjectives ("Russian", "Sino-"), cities and regions as places
  ("a forum in Kazan"), events, products, unnamed groups ("Chinese experts").
Each document: kind, passages (strings; thread passages are tweets), optional authors /
publisher, and gold {"people": {canonical: [forms]}, "orgs": {canonical: (kind, [forms])}}.
A predicted entity matches a gold entity of its own type when one of its names, aliases or
handles (normalised) is one of the gold forms.
"""

from __future__ import annotations

DOCUMENTS: list[dict] = [
    {
        "id": "thread-grain",
        "kind": "THREAD",
        "authors": ["Oksana Lebedinskaya (@OksanaLebed)"],
        "passages": [
            "THREAD. Grain corridor talks between 🇷🇺 and 🇨🇳 are back on. Great reporting by @tomas_vrba & @LinXiaoyu_SH in @caixin today. My reading of what changed 👇 1/",
            "2/ According to @AgroExportRF, wheat shipments via Zabaikalsk doubled in spring. Moscow wants a long-term quota; Beijing prefers annual licences from the General Administration of Customs.",
            "3/ Yuri Sablin, who runs the Trans-Amur Grain Company, told me the bottleneck is rail, not politics. Sablin has been lobbying @rzd_official for years.",
            "4/ Smart piece by @DeniseHarwell at @CSIS on why this matters for Kazakhstan: csis.org/analysis/grain… (she is right that Astana loses transit fees).",
            "5/ Meanwhile Sberbank and Bank of China are quietly testing yuan letters of credit for grain. @PavelTeplov_econ has the numbers: t.co/xyz",
            "6/ Bottom line: grain is the new gas. Watch @mid_rf statements and Xinhua readouts after the next Lavrov–Wang Yi call.",
        ],
        "gold": {
            "people": {
                "Oksana Lebedinskaya": ["@OksanaLebed"],
                "@tomas_vrba": ["@tomas_vrba"],
                "@LinXiaoyu_SH": ["@LinXiaoyu_SH"],
                "Yuri Sablin": ["Yuri Sablin", "Sablin"],
                "@DeniseHarwell": ["@DeniseHarwell"],
                "@PavelTeplov_econ": ["@PavelTeplov_econ"],
                "Sergey Lavrov": ["Lavrov"],
                "Wang Yi": ["Wang Yi"],
            },
            "orgs": {
                "Russia": ("STATE", ["🇷🇺", "Moscow"]),
                "China": ("STATE", ["🇨🇳", "Beijing"]),
                "Caixin": ("MEDIA", ["@caixin"]),
                "@AgroExportRF": ("GOVERNMENT_BODY", ["@AgroExportRF"]),
                "General Administration of Customs of China": (
                    "GOVERNMENT_BODY",
                    ["General Administration of Customs"],
                ),
                "Trans-Amur Grain Company": ("COMPANY", ["Trans-Amur Grain Company"]),
                "Russian Railways": ("COMPANY", ["@rzd_official"]),
                "Center for Strategic and International Studies": (
                    "THINK_TANK",
                    ["@CSIS", "csis.org"],
                ),
                "Kazakhstan": ("STATE", ["Kazakhstan", "Astana"]),
                "Sberbank": ("BANK", ["Sberbank"]),
                "Bank of China": ("BANK", ["Bank of China"]),
                "Ministry of Foreign Affairs of Russia": ("GOVERNMENT_BODY", ["@mid_rf"]),
                "Xinhua": ("MEDIA", ["Xinhua"]),
            },
        },
    },
    {
        "id": "thread-drones",
        "kind": "THREAD",
        "authors": ["@kiril_mardanov"],
        "passages": [
            "🧵 On the drone parts story. Customs records obtained by @InsiderMonitorRU show Shenzhen Lianhua Electronics shipped flight controllers to a Kazan firm, Volga Avionika, through a Hong Kong shell. 1/",
            "2/ Volga Avionika's director, Ruslan Gareev, denied everything to @meduza_en. But his own LinkedIn lists a partnership with the Institute of Applied Robotics in Kazan.",
            "3/ @USTreasury has already sanctioned two Lianhua affiliates. Expect @EU_Commission to follow. The Kremlin will call it economic warfare, as Peskov always does.",
            "4/ For context read Ingrid Solvang of the Norwegian Institute for Defence Studies: her report on 🇨🇳 dual-use exports is the best there is. nids.no/publications/…",
            "5/ h/t @anya_kirsanova, who spotted the shipping manifests first. And thanks to the team at @OCCRP for the data.",
        ],
        "gold": {
            "people": {
                "@kiril_mardanov": ["@kiril_mardanov"],
                "Ruslan Gareev": ["Ruslan Gareev"],
                "Dmitry Peskov": ["Peskov"],
                "Ingrid Solvang": ["Ingrid Solvang"],
                "@anya_kirsanova": ["@anya_kirsanova"],
            },
            "orgs": {
                "@InsiderMonitorRU": ("MEDIA", ["@InsiderMonitorRU"]),
                "Shenzhen Lianhua Electronics": (
                    "COMPANY",
                    ["Shenzhen Lianhua Electronics", "Lianhua"],
                ),
                "Volga Avionika": ("COMPANY", ["Volga Avionika"]),
                "Meduza": ("MEDIA", ["@meduza_en"]),
                "Institute of Applied Robotics": (
                    "RESEARCH_INSTITUTE",
                    ["Institute of Applied Robotics"],
                ),
                "US Department of the Treasury": ("GOVERNMENT_BODY", ["@USTreasury"]),
                "European Commission": ("INTERNATIONAL_ORG", ["@EU_Commission"]),
                "Kremlin": ("GOVERNMENT_BODY", ["Kremlin"]),
                "Norwegian Institute for Defence Studies": (
                    "RESEARCH_INSTITUTE",
                    ["Norwegian Institute for Defence Studies", "nids.no"],
                ),
                "China": ("STATE", ["🇨🇳"]),
                "@OCCRP": ("MEDIA", ["@OCCRP"]),
                "LinkedIn": ("COMPANY", ["LinkedIn"]),
            },
        },
    },
    {
        "id": "article-arctic-ports",
        "kind": "ARTICLE",
        "authors": ["Helen Marchetti"],
        "publisher": "The Northern Ledger",
        "passages": [
            "Chinese shipowners eye Russia’s Arctic ports, but insurers balk",
            "By Helen Marchetti",
            "ARKHANGELSK — When the first container ship operated by Hainan Polar Shipping docked here in August, local officials called it a turning point. “We have waited ten years for this,” said Governor Pavel Drozdov, who has courted Chinese investors since taking office.",
            "But the enthusiasm in Beijing is tempered by caution. “Insurance is the real problem, not ice,” says Wei Jianguo, a logistics professor at Dalian Maritime University. “No Western underwriter will touch these voyages.”",
            "Russia’s state nuclear company Rosatom, which operates the icebreaker fleet, says traffic on the Northern Sea Route will triple by 2030. Its special representative for Arctic development, Vladimir Panov, told the Ledger that Chinese partners had signed letters of intent.",
            "Analysts are less sure. Katarzyna Nowicka, a senior fellow at the Warsaw Centre for Eastern Studies, notes that most cargo is still Russian oil and LNG from Novatek. “The Chinese are testing the water,” Nowicka said.",
            "Mr. Drozdov, for his part, says the region will open a representative office in Harbin next year, with backing from the Ministry of Economic Development in Moscow.",
        ],
        "gold": {
            "people": {
                "Helen Marchetti": ["Helen Marchetti"],
                "Pavel Drozdov": ["Pavel Drozdov", "Mr. Drozdov", "Drozdov"],
                "Wei Jianguo": ["Wei Jianguo"],
                "Vladimir Panov": ["Vladimir Panov"],
                "Katarzyna Nowicka": ["Katarzyna Nowicka", "Nowicka"],
            },
            "orgs": {
                "The Northern Ledger": ("MEDIA", ["The Northern Ledger", "Ledger"]),
                "Hainan Polar Shipping": ("COMPANY", ["Hainan Polar Shipping"]),
                "China": ("STATE", ["Beijing"]),
                "Dalian Maritime University": ("UNIVERSITY", ["Dalian Maritime University"]),
                "Russia": ("STATE", ["Russia"]),
                "Rosatom": ("COMPANY", ["Rosatom"]),
                "Warsaw Centre for Eastern Studies": (
                    "THINK_TANK",
                    ["Warsaw Centre for Eastern Studies"],
                ),
                "Novatek": ("COMPANY", ["Novatek"]),
                "Ministry of Economic Development of Russia": (
                    "GOVERNMENT_BODY",
                    ["Ministry of Economic Development"],
                ),
            },
        },
    },
    {
        "id": "article-yuan",
        "kind": "ARTICLE",
        "authors": ["Tomasz Wierzbicki"],
        "publisher": "Eurasia Finance Review",
        "passages": [
            "The yuan quietly conquers Russian trade",
            "Two years ago almost nobody in Novosibirsk invoiced in yuan. Today, according to the Bank of Russia, more than a third of Russia’s imports are paid in the Chinese currency.",
            "“It happened faster than anyone expected,” says Elvira Nabiullina, the central bank’s governor, in remarks reported by Interfax. Her deputy, Alexei Zabotkin, has warned that liquidity in the offshore yuan market remains thin.",
            "Smaller lenders have rushed in. Uralsib Capital and Tochka Bank now offer yuan deposits, and Moscow Exchange reports record volumes in the yuan–ruble pair. “Clients simply have no other option,” said Marat Khusnutdinov, head of treasury at Tochka Bank.",
            "In Beijing, officials at the People’s Bank of China have welcomed the trend but avoided public comment. Zhou Liwen, an economist at the Shanghai Institute for International Finance, argues that China wants yuan use without the risk of secondary sanctions from Washington.",
            "Some Chinese banks are nervous. ICBC and China Construction Bank have reportedly limited payments from Russian clients, according to a Reuters investigation, while smaller regional banks such as Heilongjiang Rural Commercial Bank have stepped in.",
            "“The payment problem is solved on paper, not in practice,” said Khusnutdinov.",
        ],
        "gold": {
            "people": {
                "Tomasz Wierzbicki": ["Tomasz Wierzbicki"],
                "Elvira Nabiullina": ["Elvira Nabiullina"],
                "Alexei Zabotkin": ["Alexei Zabotkin"],
                "Marat Khusnutdinov": ["Marat Khusnutdinov", "Khusnutdinov"],
                "Zhou Liwen": ["Zhou Liwen"],
            },
            "orgs": {
                "Eurasia Finance Review": ("MEDIA", ["Eurasia Finance Review"]),
                "Bank of Russia": ("BANK", ["Bank of Russia"]),
                "Russia": ("STATE", ["Russia"]),
                "Interfax": ("MEDIA", ["Interfax"]),
                "Uralsib Capital": ("COMPANY", ["Uralsib Capital"]),
                "Tochka Bank": ("BANK", ["Tochka Bank"]),
                "Moscow Exchange": ("COMPANY", ["Moscow Exchange"]),
                "China": ("STATE", ["Beijing", "China"]),
                "People's Bank of China": ("BANK", ["People’s Bank of China"]),
                "Shanghai Institute for International Finance": (
                    "RESEARCH_INSTITUTE",
                    ["Shanghai Institute for International Finance"],
                ),
                "United States": ("STATE", ["Washington"]),
                "Industrial and Commercial Bank of China": ("BANK", ["ICBC"]),
                "China Construction Bank": ("BANK", ["China Construction Bank"]),
                "Reuters": ("MEDIA", ["Reuters"]),
                "Heilongjiang Rural Commercial Bank": (
                    "BANK",
                    ["Heilongjiang Rural Commercial Bank"],
                ),
            },
        },
    },
    {
        "id": "report-water",
        "kind": "REPORT",
        "authors": ["Aigerim Nurpeisova", "Gleb Ostrovsky", "Chen Mingyu"],
        "publisher": "Central Asian Water Policy Forum",
        "passages": [
            "Shared Rivers: Russia, China and Water Security in Central Asia",
            "Aigerim Nurpeisova, Ph.D. in Hydrology (Lead Author); Gleb Ostrovsky, Candidate of Economic Sciences; Chen Mingyu, Dr. of Engineering",
            "Central Asian Water Policy Forum",
            "Introduction",
            "The Irtysh and Ili rivers rise in China and flow into Kazakhstan. Since the early 2000s, Chinese withdrawals in Xinjiang have worried Astana, while Moscow, downstream on the Irtysh, has stayed largely silent.",
            "The Eurasian Economic Union has no water mandate, and the SCO has discussed the issue only at expert level. The International Fund for Saving the Aral Sea remains the only regional body with a standing secretariat.",
            "Interviews conducted for this report with officials of the Kazakh Ministry of Ecology and with researchers at the Xinjiang Institute of Ecology and Geography suggest that data sharing has improved since 2019.",
            "¹ Nurpeisova A., “Transboundary Rivers of Kazakhstan,” Almaty: Kazakh National Agrarian University Press, 2021.",
            "² “China, Kazakhstan sign water protocol,” Xinhua, June 3, 2022. URL: http://www.xinhuanet.com/english/2022-06/03/c_1310610000.htm",
            "About the Authors",
            "Aigerim Nurpeisova—Ph.D. in Hydrology, Senior Research Fellow at the Institute of Geography and Water Security, Almaty",
            "Gleb Ostrovsky—Candidate of Economic Sciences, Leading Researcher at the Institute of Water Problems of the Russian Academy of Sciences",
            "Chen Mingyu—Dr. of Engineering, Professor at Xinjiang University",
        ],
        "gold": {
            "people": {
                "Aigerim Nurpeisova": ["Aigerim Nurpeisova", "Nurpeisova A.", "Nurpeisova"],
                "Gleb Ostrovsky": ["Gleb Ostrovsky"],
                "Chen Mingyu": ["Chen Mingyu"],
            },
            "orgs": {
                "Central Asian Water Policy Forum": (
                    "THINK_TANK",
                    ["Central Asian Water Policy Forum"],
                ),
                "China": ("STATE", ["China"]),
                "Kazakhstan": ("STATE", ["Kazakhstan", "Astana"]),
                "Russia": ("STATE", ["Russia", "Moscow"]),
                "Eurasian Economic Union": ("INTERNATIONAL_ORG", ["Eurasian Economic Union"]),
                "Shanghai Cooperation Organisation": ("INTERNATIONAL_ORG", ["SCO"]),
                "International Fund for Saving the Aral Sea": (
                    "INTERNATIONAL_ORG",
                    ["International Fund for Saving the Aral Sea"],
                ),
                "Kazakh Ministry of Ecology": (
                    "GOVERNMENT_BODY",
                    ["Kazakh Ministry of Ecology", "Ministry of Ecology"],
                ),
                "Xinjiang Institute of Ecology and Geography": (
                    "RESEARCH_INSTITUTE",
                    ["Xinjiang Institute of Ecology and Geography"],
                ),
                "Kazakh National Agrarian University": (
                    "UNIVERSITY",
                    [
                        "Kazakh National Agrarian University",
                        "Kazakh National Agrarian University Press",
                    ],
                ),
                "Xinhua": ("MEDIA", ["Xinhua", "www.xinhuanet.com", "xinhuanet.com"]),
                "Institute of Geography and Water Security": (
                    "RESEARCH_INSTITUTE",
                    ["Institute of Geography and Water Security"],
                ),
                "Institute of Water Problems": (
                    "RESEARCH_INSTITUTE",
                    ["Institute of Water Problems"],
                ),
                "Russian Academy of Sciences": (
                    "RESEARCH_INSTITUTE",
                    ["Russian Academy of Sciences"],
                ),
                "Xinjiang University": ("UNIVERSITY", ["Xinjiang University"]),
            },
        },
    },
    {
        "id": "report-tech",
        "kind": "REPORT",
        "authors": [],
        "publisher": None,
        "passages": [
            "Technological Sovereignty and the Sino-Russian Partnership",
            "Summary",
            "Since 2022 Russian firms have turned to Chinese suppliers for servers, chips and industrial software. Yadro, a Russian server maker, now sources most components from Inspur and other Chinese vendors, while Huawei has cut back its visible presence in Russia.",
            "The Ministry of Digital Development of the Russian Federation has set targets for domestic software, but, as Andrei Bezrukov of MGIMO University has argued, substitution often means Chinese products with a Russian label.",
            "Professor Liang Haiming of the Beijing Institute of Technology puts the Chinese view plainly: Russia is a market, not a partner in innovation. His colleague Dr. Sun Yuhan, head of the Eurasia Technology Lab at Tsinghua University, is more optimistic.",
            "Table 3. Chinese vendors in Russian public procurement, 2023",
            "Vendor | Contracts | Share",
            "Hikvision | 412 | 18%",
            "Dahua Technology | 230 | 10%",
            "Sources: Unified Procurement System; Kommersant; calculations by the Skolkovo Institute of Science and Technology.",
        ],
        "gold": {
            "people": {
                "Andrei Bezrukov": ["Andrei Bezrukov"],
                "Liang Haiming": ["Liang Haiming"],
                "Sun Yuhan": ["Sun Yuhan", "Dr. Sun Yuhan"],
            },
            "orgs": {
                "Yadro": ("COMPANY", ["Yadro"]),
                "Inspur": ("COMPANY", ["Inspur"]),
                "Huawei": ("COMPANY", ["Huawei"]),
                "Russia": ("STATE", ["Russia"]),
                "Ministry of Digital Development of the Russian Federation": (
                    "GOVERNMENT_BODY",
                    [
                        "Ministry of Digital Development of the Russian Federation",
                        "Ministry of Digital Development",
                    ],
                ),
                "MGIMO University": ("UNIVERSITY", ["MGIMO University"]),
                "Beijing Institute of Technology": (
                    "UNIVERSITY",
                    ["Beijing Institute of Technology"],
                ),
                "Eurasia Technology Lab": ("RESEARCH_INSTITUTE", ["Eurasia Technology Lab"]),
                "Tsinghua University": ("UNIVERSITY", ["Tsinghua University"]),
                "Hikvision": ("COMPANY", ["Hikvision"]),
                "Dahua Technology": ("COMPANY", ["Dahua Technology"]),
                "Unified Procurement System": ("GOVERNMENT_BODY", ["Unified Procurement System"]),
                "Kommersant": ("MEDIA", ["Kommersant"]),
                "Skolkovo Institute of Science and Technology": (
                    "UNIVERSITY",
                    ["Skolkovo Institute of Science and Technology"],
                ),
            },
        },
    },
]

# A second batch, written and annotated after the fixes prompted by the first, scored once
# before any change it might prompt (its first run is in bench/entities.py's docstring).
DOCUMENTS_2: list[dict] = [
    {
        "id": "thread-sanctions",
        "kind": "THREAD",
        "authors": ["@elena_vasquez_dc"],
        "passages": [
            "1/ Big news on secondary sanctions: @OFAC designated three Hong Kong traders today, including Everbright Horizon Trading, for shipping machine tools to 🇷🇺. Thread on what it means for 🇨🇳 banks 👇",
            "2/ The key line is in the @StateDept fact sheet: Everbright Horizon moved goods for Stankoprom, a subsidiary of @RostecRussia. Stankoprom has been under US sanctions since 2022.",
            "3/ As @SamGreeneDC noted this morning, the signal is aimed at Beijing more than at Moscow. Chinese state banks already cut exposure; the question is the regional lenders.",
            "4/ Good context from Konstantin Sonin, who argues that machine-tool imports are the real bottleneck for the Russian defence industry. His latest column for @novaya_gazeta is worth reading: novayagazeta.eu/articles/2024…",
            "5/ And a reminder: the @EU_Council package due next month reportedly targets the same networks. cc @JLBorrellF",
        ],
        "gold": {
            "people": {
                "@elena_vasquez_dc": ["@elena_vasquez_dc"],
                "@SamGreeneDC": ["@SamGreeneDC"],
                "Konstantin Sonin": ["Konstantin Sonin"],
                "@JLBorrellF": ["@JLBorrellF"],
            },
            "orgs": {
                "@OFAC": ("GOVERNMENT_BODY", ["@OFAC"]),
                "Everbright Horizon Trading": (
                    "COMPANY",
                    ["Everbright Horizon Trading", "Everbright Horizon"],
                ),
                "Russia": ("STATE", ["🇷🇺", "Moscow"]),
                "China": ("STATE", ["🇨🇳", "Beijing"]),
                "US Department of State": ("GOVERNMENT_BODY", ["@StateDept"]),
                "Stankoprom": ("COMPANY", ["Stankoprom"]),
                "Rostec": ("COMPANY", ["@RostecRussia"]),
                "United States": ("STATE", ["US"]),
                "Novaya Gazeta": ("MEDIA", ["@novaya_gazeta", "novayagazeta.eu"]),
                "@EU_Council": ("INTERNATIONAL_ORG", ["@EU_Council"]),
            },
        },
    },
    {
        "id": "article-students",
        "kind": "ARTICLE",
        "authors": ["Ruth Abernathy"],
        "publisher": "The Baltic Observer",
        "passages": [
            "Chinese students flock to Russian universities as Western options narrow",
            "By Ruth Abernathy",
            "KAZAN — At Kazan Federal University, one in five foreign students now comes from China. “Five years ago we had to recruit them; now they recruit us,” says Dilyara Sabirova, the university’s vice-rector for international affairs.",
            "The boom is not limited to Tatarstan. Tomsk State University and Ural Federal University have opened Chinese-language preparatory programmes, and the Ministry of Science and Higher Education says applications from China rose by 30 percent last year.",
            "Chinese officials encourage the trend. Speaking at a forum in Harbin, Vice Minister of Education Chen Jie said Russia offered “a stable and friendly environment” for Chinese students. Analysts at the China Institute of Education Policy, a Beijing think tank, note that tuition in Russia is a fraction of that in Britain.",
            "Not everyone is convinced. Andrei Kolesnikov, a senior fellow who has written widely on Russian education, warns that degrees from Russian universities may lose value abroad. Kolesnikov also points to visa problems.",
            "Ms. Sabirova is undeterred: her office plans a new branch campus with Heilongjiang University in 2026.",
        ],
        "gold": {
            "people": {
                "Ruth Abernathy": ["Ruth Abernathy"],
                "Dilyara Sabirova": ["Dilyara Sabirova", "Ms. Sabirova"],
                "Chen Jie": ["Chen Jie"],
                "Andrei Kolesnikov": ["Andrei Kolesnikov", "Kolesnikov"],
            },
            "orgs": {
                "The Baltic Observer": ("MEDIA", ["The Baltic Observer"]),
                "Kazan Federal University": ("UNIVERSITY", ["Kazan Federal University"]),
                "China": ("STATE", ["China"]),
                "Tomsk State University": ("UNIVERSITY", ["Tomsk State University"]),
                "Ural Federal University": ("UNIVERSITY", ["Ural Federal University"]),
                "Ministry of Science and Higher Education": (
                    "GOVERNMENT_BODY",
                    ["Ministry of Science and Higher Education"],
                ),
                "Russia": ("STATE", ["Russia"]),
                "China Institute of Education Policy": (
                    "THINK_TANK",
                    ["China Institute of Education Policy"],
                ),
                "United Kingdom": ("STATE", ["Britain"]),
                "Heilongjiang University": ("UNIVERSITY", ["Heilongjiang University"]),
            },
        },
    },
    {
        "id": "report-arctic",
        "kind": "REPORT",
        "authors": ["Mikkel Hansen", "Olga Zhuravleva"],
        "publisher": "Nordic Arctic Policy Institute",
        "passages": [
            "Polar Partners? Russia and China on the Northern Sea Route",
            "Mikkel Hansen, Ph.D. in Political Science; Olga Zhuravleva, Candidate of Geographical Sciences",
            "Nordic Arctic Policy Institute",
            "Introduction",
            "Since 2019, COSCO Shipping and the Russian operator Sovcomflot have run joint voyages along the route, while Rosatom, as the route's infrastructure operator, has courted Chinese investors for the Arctic LNG 2 project led by Novatek.",
            "The Arctic Council, paused after 2022, no longer offers a forum for such cooperation. Instead, the Polar Research Institute of China and the Arctic and Antarctic Research Institute in St. Petersburg signed a memorandum on joint expeditions.",
            "According to Zhuravleva, Chinese interest in the route is driven less by commerce than by the PLA Navy's wish for Arctic experience.",
            "¹ Hansen M., “Shipping in a Warming Arctic,” Oslo: Fridtjof Nansen Institute, 2023.",
            "About the Authors",
            "Mikkel Hansen—Ph.D. in Political Science, Senior Researcher at the Nordic Arctic Policy Institute",
            "Olga Zhuravleva—Candidate of Geographical Sciences, Associate Professor at Saint Petersburg State University",
        ],
        "gold": {
            "people": {
                "Mikkel Hansen": ["Mikkel Hansen", "Hansen M.", "Hansen"],
                "Olga Zhuravleva": ["Olga Zhuravleva", "Zhuravleva"],
            },
            "orgs": {
                "Nordic Arctic Policy Institute": (
                    "RESEARCH_INSTITUTE",
                    ["Nordic Arctic Policy Institute"],
                ),
                "Russia": ("STATE", ["Russia"]),
                "China": ("STATE", ["China"]),
                "COSCO": ("COMPANY", ["COSCO Shipping"]),
                "Sovcomflot": ("COMPANY", ["Sovcomflot"]),
                "Rosatom": ("COMPANY", ["Rosatom"]),
                "Novatek": ("COMPANY", ["Novatek"]),
                "Arctic Council": ("INTERNATIONAL_ORG", ["Arctic Council"]),
                "Polar Research Institute of China": (
                    "RESEARCH_INSTITUTE",
                    ["Polar Research Institute of China"],
                ),
                "Arctic and Antarctic Research Institute": (
                    "RESEARCH_INSTITUTE",
                    ["Arctic and Antarctic Research Institute"],
                ),
                "People's Liberation Army Navy": ("MILITARY", ["PLA Navy"]),
                "Fridtjof Nansen Institute": ("RESEARCH_INSTITUTE", ["Fridtjof Nansen Institute"]),
                "Saint Petersburg State University": (
                    "UNIVERSITY",
                    ["Saint Petersburg State University"],
                ),
            },
        },
    },
]

# A third batch, written and annotated after the fixes prompted by the second, scored once
# on the final stage of this issue (its first run is in bench/entities.py's docstring).
DOCUMENTS_3: list[dict] = [
    {
        "id": "thread-nuclear",
        "kind": "THREAD",
        "authors": ["Hanna Lindqvist (@HLindqvist)"],
        "passages": [
            "THREAD: Russia's nuclear exports to Asia keep growing despite the war. A few numbers and a lot of caveats 🧵 1/",
            "2/ @rosatom's subsidiary TVEL signed a fuel deal with China National Nuclear Corporation last week, per @interfax_news. Beijing gets fuel assemblies for its fast reactors at Xiapu.",
            "3/ Vitaly Kaplunov, a former TVEL engineer now at the Moscow Energy Transition Centre, told me the deal was years in the making. Kaplunov thinks the price is below market.",
            "4/ Meanwhile India's @NPCIL_India is negotiating more units at Kudankulam. Great overview by @nuclear_nikhil in @the_hindu today: thehindu.com/news/national/…",
            "5/ The IAEA has said little. But as @MarkHibbsNuc reminds us, the agency's safeguards reach only so far. 6/ end",
        ],
        "gold": {
            "people": {
                "Hanna Lindqvist": ["@HLindqvist"],
                "Vitaly Kaplunov": ["Vitaly Kaplunov", "Kaplunov"],
                "@nuclear_nikhil": ["@nuclear_nikhil"],
                "@MarkHibbsNuc": ["@MarkHibbsNuc"],
            },
            "orgs": {
                "Russia": ("STATE", ["Russia"]),
                "Rosatom": ("COMPANY", ["@rosatom"]),
                "TVEL": ("COMPANY", ["TVEL"]),
                "China National Nuclear Corporation": (
                    "COMPANY",
                    ["China National Nuclear Corporation"],
                ),
                "Interfax": ("MEDIA", ["@interfax_news"]),
                "China": ("STATE", ["Beijing"]),
                "Moscow Energy Transition Centre": (
                    "THINK_TANK",
                    ["Moscow Energy Transition Centre"],
                ),
                "India": ("STATE", ["India"]),
                "@NPCIL_India": ("COMPANY", ["@NPCIL_India"]),
                "The Hindu": ("MEDIA", ["@the_hindu", "thehindu.com"]),
                "International Atomic Energy Agency": ("INTERNATIONAL_ORG", ["IAEA"]),
            },
        },
    },
    {
        "id": "article-border",
        "kind": "ARTICLE",
        "authors": ["Samuel Okafor"],
        "publisher": "Pacific Rim Herald",
        "passages": [
            "On the Amur, a bridge that carries more politics than cargo",
            "By Samuel Okafor",
            "BLAGOVESHCHENSK — Three years after it opened, the road bridge to Heihe carries a trickle of trucks. “We built a highway and got a footpath,” said Yevgeny Krutikov, a freight forwarder whose company, Amur Trans Logistic, runs six trucks across the river.",
            "Officials blame Covid-era rules on the Chinese side. The Amur Region government says it has asked the Ministry of Transport to raise the issue with Beijing.",
            "Chinese traders see it differently. “Russian customs checks every box twice,” said Zhao Lihong, who exports fruit through the Heihe Free Trade Zone. Ms. Zhao added that payments through Russian banks had become “a lottery” since VTB came under sanctions.",
            "Some experts see longer-term value. Boris Ternovsky, a researcher at the Far Eastern Institute for Regional Studies, argues that the bridge will matter once the Power of Siberia pipeline towns grow. “Infrastructure is built for decades, not for quarters,” Ternovsky said.",
        ],
        "gold": {
            "people": {
                "Samuel Okafor": ["Samuel Okafor"],
                "Yevgeny Krutikov": ["Yevgeny Krutikov"],
                "Zhao Lihong": ["Zhao Lihong", "Ms. Zhao"],
                "Boris Ternovsky": ["Boris Ternovsky", "Ternovsky"],
            },
            "orgs": {
                "Pacific Rim Herald": ("MEDIA", ["Pacific Rim Herald"]),
                "Amur Trans Logistic": ("COMPANY", ["Amur Trans Logistic"]),
                "Amur Region government": ("GOVERNMENT_BODY", ["Amur Region government"]),
                "Ministry of Transport": ("GOVERNMENT_BODY", ["Ministry of Transport"]),
                "China": ("STATE", ["Beijing"]),
                "VTB": ("BANK", ["VTB"]),
                "Far Eastern Institute for Regional Studies": (
                    "RESEARCH_INSTITUTE",
                    ["Far Eastern Institute for Regional Studies"],
                ),
            },
        },
    },
    {
        "id": "report-finance",
        "kind": "REPORT",
        "authors": ["Natalia Gorbunova", "Li Weiqiang"],
        "publisher": "Eurasian Monetary Studies Centre",
        "passages": [
            "Settling in Yuan: Payments Between Russia and China After 2022",
            "Natalia Gorbunova, Ph.D. in Economics; Li Weiqiang, Dr. of Finance",
            "Eurasian Monetary Studies Centre",
            "Summary",
            "The share of the yuan in Russia's export settlements rose above 30 percent in 2023, according to the Bank of Russia. The People's Bank of China has expanded its swap line, while the China Foreign Exchange Trade System (CFETS) lists the ruble pair directly.",
            "Russian exporters increasingly rely on VTB Shanghai and on smaller Chinese lenders such as Bank of Kunlun, which has long served sanctioned clients. The Financial Action Task Force (FATF) has flagged the risks; FATF suspended Russia's membership in 2023.",
            "About the Authors",
            "Natalia Gorbunova—Ph.D. in Economics, Head of the Payments Research Unit at the Eurasian Monetary Studies Centre",
            "Li Weiqiang—Dr. of Finance, Associate Professor at the Central University of Finance and Economics, Beijing",
        ],
        "gold": {
            "people": {
                "Natalia Gorbunova": ["Natalia Gorbunova"],
                "Li Weiqiang": ["Li Weiqiang"],
            },
            "orgs": {
                "Eurasian Monetary Studies Centre": (
                    "THINK_TANK",
                    ["Eurasian Monetary Studies Centre"],
                ),
                "Russia": ("STATE", ["Russia"]),
                "China": ("STATE", ["China"]),
                "Bank of Russia": ("BANK", ["Bank of Russia"]),
                "People's Bank of China": ("BANK", ["People's Bank of China"]),
                "China Foreign Exchange Trade System": (
                    "GOVERNMENT_BODY",
                    ["China Foreign Exchange Trade System", "CFETS"],
                ),
                "VTB Shanghai": ("BANK", ["VTB Shanghai"]),
                "Bank of Kunlun": ("BANK", ["Bank of Kunlun"]),
                "Financial Action Task Force": (
                    "INTERNATIONAL_ORG",
                    ["Financial Action Task Force", "FATF"],
                ),
                "Payments Research Unit": ("RESEARCH_INSTITUTE", ["Payments Research Unit"]),
                "Central University of Finance and Economics": (
                    "UNIVERSITY",
                    ["Central University of Finance and Economics"],
                ),
            },
        },
    },
]

# A fourth batch, written and annotated after the fixes prompted by the third, scored once
# on the stage as delivered for this issue (its first run is in bench/entities.py).
DOCUMENTS_4: list[dict] = [
    {
        "id": "thread-auto",
        "kind": "THREAD",
        "authors": ["@autostat_watch"],
        "passages": [
            "1/ Chinese brands now hold 55% of the 🇷🇺 new-car market. Haval, Chery and Geely lead; AvtoVAZ is the only local maker in the top five. Data via @Autostat_ru 🧵",
            "2/ Haval builds cars at its plant near Tula, which makes it a 'local' producer for tax purposes. The Ministry of Industry and Trade wants more localisation of engines, says Deputy Minister Alexei Gruzdev.",
            "3/ Dealers are less happy. Sergei Tselikov of Autostat told @vedomosti that margins on Chinese cars are falling as the market gets crowded.",
            "4/ Meanwhile Beijing watches the recycling fee hike closely. @GlobalTimesBiz quoted an analyst at the China Association of Automobile Manufacturers calling it protectionism.",
        ],
        "gold": {
            "people": {
                "@autostat_watch": ["@autostat_watch"],
                "Alexei Gruzdev": ["Alexei Gruzdev"],
                "Sergei Tselikov": ["Sergei Tselikov"],
            },
            "orgs": {
                "Russia": ("STATE", ["🇷🇺"]),
                "Haval": ("COMPANY", ["Haval"]),
                "Chery": ("COMPANY", ["Chery"]),
                "Geely": ("COMPANY", ["Geely"]),
                "AvtoVAZ": ("COMPANY", ["AvtoVAZ"]),
                "Autostat": ("COMPANY", ["@Autostat_ru", "Autostat"]),
                "Ministry of Industry and Trade": (
                    "GOVERNMENT_BODY",
                    ["Ministry of Industry and Trade"],
                ),
                "Vedomosti": ("MEDIA", ["@vedomosti"]),
                "China": ("STATE", ["Beijing"]),
                "@GlobalTimesBiz": ("MEDIA", ["@GlobalTimesBiz"]),
                "China Association of Automobile Manufacturers": (
                    "OTHER",
                    ["China Association of Automobile Manufacturers"],
                ),
            },
        },
    },
    {
        "id": "article-gas-talks",
        "kind": "ARTICLE",
        "authors": ["Priya Raman"],
        "publisher": "Asia Energy Weekly",
        "passages": [
            "Gas talks drag on as Beijing plays for time",
            "By Priya Raman",
            "Negotiations on the Power of Siberia 2 pipeline resumed in Beijing on Tuesday, with Gazprom chief executive Alexei Miller meeting officials of the China National Petroleum Corporation.",
            "“Price is the only question left, and it is the hardest one,” said Mikhail Krutikhin, a partner at the consultancy RusEnergy. Krutikhin believes Beijing will wait for a lower price.",
            "Mongolia, which the route would cross, is keen. Its prime minister, Luvsannamsrain Oyun-Erdene, has called the project a priority, according to the Mongolian news agency Montsame.",
            "Tatiana Mitrova, a research fellow at Columbia University's Center on Global Energy Policy, notes that Chinese demand growth has slowed. “China has options — LNG from Qatar, pipelines from Turkmenistan,” Mitrova said.",
        ],
        "gold": {
            "people": {
                "Priya Raman": ["Priya Raman"],
                "Alexei Miller": ["Alexei Miller"],
                "Mikhail Krutikhin": ["Mikhail Krutikhin", "Krutikhin"],
                "Luvsannamsrain Oyun-Erdene": ["Luvsannamsrain Oyun-Erdene"],
                "Tatiana Mitrova": ["Tatiana Mitrova", "Mitrova"],
            },
            "orgs": {
                "Asia Energy Weekly": ("MEDIA", ["Asia Energy Weekly"]),
                "China": ("STATE", ["Beijing", "China"]),
                "Gazprom": ("COMPANY", ["Gazprom"]),
                "CNPC": ("COMPANY", ["China National Petroleum Corporation"]),
                "RusEnergy": ("COMPANY", ["RusEnergy"]),
                "Mongolia": ("STATE", ["Mongolia"]),
                "Montsame": ("MEDIA", ["Montsame"]),
                "Columbia University": ("UNIVERSITY", ["Columbia University"]),
                "Center on Global Energy Policy": (
                    "THINK_TANK",
                    ["Center on Global Energy Policy"],
                ),
                "Qatar": ("STATE", ["Qatar"]),
                "Turkmenistan": ("STATE", ["Turkmenistan"]),
            },
        },
    },
    {
        "id": "report-health",
        "kind": "REPORT",
        "authors": ["Anna Belyaeva", "Wu Tingting"],
        "publisher": "Institute for Eurasian Health Cooperation",
        "passages": [
            "Vaccines and Diplomacy: Russia-China Health Cooperation",
            "Anna Belyaeva, Candidate of Medical Sciences; Wu Tingting, Ph.D. in Public Health",
            "Introduction",
            "In 2021 the Gamaleya Center and the Chinese manufacturer Shenzhen Yuanxing Gene-tech agreed to produce Sputnik V in China, but regulators at the National Medical Products Administration never approved the vaccine.",
            "The Russian Direct Investment Fund (RDIF) financed the deal. According to Belyaeva, the failure reflected Beijing's preference for domestic vaccines from Sinovac and Sinopharm.",
            "About the Authors",
            "Anna Belyaeva—Candidate of Medical Sciences, Senior Researcher at the Institute for Eurasian Health Cooperation",
            "Wu Tingting—Ph.D. in Public Health, Lecturer at the School of Public Health, Fudan University",
        ],
        "gold": {
            "people": {
                "Anna Belyaeva": ["Anna Belyaeva", "Belyaeva"],
                "Wu Tingting": ["Wu Tingting"],
            },
            "orgs": {
                "Institute for Eurasian Health Cooperation": (
                    "RESEARCH_INSTITUTE",
                    ["Institute for Eurasian Health Cooperation"],
                ),
                "Russia": ("STATE", ["Russia"]),
                "China": ("STATE", ["China", "Beijing"]),
                "Gamaleya Center": ("RESEARCH_INSTITUTE", ["Gamaleya Center"]),
                "Shenzhen Yuanxing Gene-tech": ("COMPANY", ["Shenzhen Yuanxing Gene-tech"]),
                "National Medical Products Administration": (
                    "GOVERNMENT_BODY",
                    ["National Medical Products Administration"],
                ),
                "Russian Direct Investment Fund": (
                    "COMPANY",
                    ["Russian Direct Investment Fund", "RDIF"],
                ),
                "Sinovac": ("COMPANY", ["Sinovac"]),
                "Sinopharm": ("COMPANY", ["Sinopharm"]),
                "School of Public Health": ("UNIVERSITY", ["School of Public Health"]),
                "Fudan University": ("UNIVERSITY", ["Fudan University"]),
            },
        },
    },
]

# A fifth batch, written after every fix of this issue and scored once, never tuned on:
# the figure for the stage as delivered (bench/entities.py prints it as held-out).
DOCUMENTS_5: list[dict] = [
    {
        "id": "thread-arms",
        "kind": "THREAD",
        "authors": ["@pavel_luzin_watch"],
        "passages": [
            "1/ New SIPRI numbers are out: 🇷🇺 arms exports fell by half over five years, and 🇨🇳 is now a bigger exporter to Asia than Russia. Some thoughts 👇",
            "2/ India is still Rosoboronexport's largest client, but @IndianDefence_News reports that New Delhi is shifting to French and domestic suppliers like Hindustan Aeronautics.",
            "3/ Ruslan Pukhov, who runs the Centre for Analysis of Strategies and Technologies in Moscow, told @kommersant that the decline is about production capacity, not demand.",
            "4/ Meanwhile Norinco and AVIC are winning contracts in Africa that used to go to Russian firms. Great map by @dr_elena_malova: defensenews.com/global/africa…",
        ],
        "gold": {
            "people": {
                "@pavel_luzin_watch": ["@pavel_luzin_watch"],
                "Ruslan Pukhov": ["Ruslan Pukhov"],
                "@dr_elena_malova": ["@dr_elena_malova"],
            },
            "orgs": {
                "Stockholm International Peace Research Institute": ("THINK_TANK", ["SIPRI"]),
                "Russia": ("STATE", ["🇷🇺", "Russia"]),
                "China": ("STATE", ["🇨🇳"]),
                "India": ("STATE", ["India", "New Delhi"]),
                "Rosoboronexport": ("COMPANY", ["Rosoboronexport"]),
                "@IndianDefence_News": ("MEDIA", ["@IndianDefence_News"]),
                "Hindustan Aeronautics": ("COMPANY", ["Hindustan Aeronautics"]),
                "Centre for Analysis of Strategies and Technologies": (
                    "THINK_TANK",
                    ["Centre for Analysis of Strategies and Technologies"],
                ),
                "Kommersant": ("MEDIA", ["@kommersant"]),
                "Norinco": ("COMPANY", ["Norinco"]),
                "AVIC": ("COMPANY", ["AVIC"]),
                "defensenews.com": ("MEDIA", ["defensenews.com"]),
            },
        },
    },
    {
        "id": "article-tourism",
        "kind": "ARTICLE",
        "authors": ["Clara Hoffmann"],
        "publisher": "Continental Review",
        "passages": [
            "Visa-free groups bring Chinese tourists back to Moscow",
            "By Clara Hoffmann",
            "MOSCOW — The tour buses are back on Red Square. Under the visa-free group scheme, more than 200,000 Chinese visitors came to Russia last year, according to the Federal Agency for Tourism.",
            "“Our hotels were half empty in 2022; now we turn people away,” said Alina Sergeyeva, who manages the Metropol Group's Chinese desk. Sergeyeva has hired twelve Mandarin-speaking guides.",
            "Tour operators in Beijing are cautious. Guo Hailin, sales director at Harmony Travel Service in Shanghai, says payment remains the main obstacle because Visa and Mastercard no longer work in Russia. UnionPay cards work only in some shops.",
            "Mr. Guo expects numbers to double if the scheme is extended to individual travellers, an idea the Kremlin has floated.",
        ],
        "gold": {
            "people": {
                "Clara Hoffmann": ["Clara Hoffmann"],
                "Alina Sergeyeva": ["Alina Sergeyeva", "Sergeyeva"],
                "Guo Hailin": ["Guo Hailin", "Mr. Guo"],
            },
            "orgs": {
                "Continental Review": ("MEDIA", ["Continental Review"]),
                "Russia": ("STATE", ["Russia"]),
                "Federal Agency for Tourism": ("GOVERNMENT_BODY", ["Federal Agency for Tourism"]),
                "Metropol Group": ("COMPANY", ["Metropol Group"]),
                "China": ("STATE", ["Beijing"]),
                "Harmony Travel Service": ("COMPANY", ["Harmony Travel Service"]),
                "Visa": ("COMPANY", ["Visa"]),
                "Mastercard": ("COMPANY", ["Mastercard"]),
                "UnionPay": ("COMPANY", ["UnionPay"]),
                "Kremlin": ("GOVERNMENT_BODY", ["Kremlin"]),
            },
        },
    },
    {
        "id": "report-logistics",
        "kind": "REPORT",
        "authors": ["Dmitry Zaitsev", "Zhou Yanping"],
        "publisher": "Eurasian Transport Research Network",
        "passages": [
            "Corridors East: Russian-Chinese Logistics in 2024",
            "Dmitry Zaitsev, Candidate of Technical Sciences; Zhou Yanping, Ph.D. in Logistics",
            "Summary",
            "Rail remains the backbone of Russia-China trade. Russian Railways moved a record volume through Zabaikalsk, while the China State Railway Group expanded its Chongqing–Moscow container service. The Eurasian Rail Gateway consortium, founded by the two railways and Kazakhstan Temir Zholy, reported 15 percent growth.",
            "According to Zaitsev, port capacity in the Far East is the binding constraint: FESCO and Global Ports are investing, but approvals from the Ministry of Transport take years.",
            "About the Authors",
            "Dmitry Zaitsev—Candidate of Technical Sciences, Leading Researcher at the Institute of Transport Economics",
            "Zhou Yanping—Ph.D. in Logistics, Associate Professor at Beijing Jiaotong University",
        ],
        "gold": {
            "people": {
                "Dmitry Zaitsev": ["Dmitry Zaitsev", "Zaitsev"],
                "Zhou Yanping": ["Zhou Yanping"],
            },
            "orgs": {
                "Eurasian Transport Research Network": (
                    "THINK_TANK",
                    ["Eurasian Transport Research Network"],
                ),
                "Russia": ("STATE", ["Russia"]),
                "China": ("STATE", ["China"]),
                "Russian Railways": ("COMPANY", ["Russian Railways"]),
                "China Railway": ("COMPANY", ["China State Railway Group"]),
                "Eurasian Rail Gateway": ("COMPANY", ["Eurasian Rail Gateway"]),
                "Kazakhstan Temir Zholy": ("COMPANY", ["Kazakhstan Temir Zholy"]),
                "FESCO": ("COMPANY", ["FESCO"]),
                "Global Ports": ("COMPANY", ["Global Ports"]),
                "Ministry of Transport": ("GOVERNMENT_BODY", ["Ministry of Transport"]),
                "Institute of Transport Economics": (
                    "RESEARCH_INSTITUTE",
                    ["Institute of Transport Economics"],
                ),
                "Beijing Jiaotong University": ("UNIVERSITY", ["Beijing Jiaotong University"]),
            },
        },
    },
]
