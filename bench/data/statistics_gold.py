"""Builds statistics_gold.json (run once; the JSON is what bench/statistics.py reads)."""
# ruff: noqa: E501
import json
from pathlib import Path

N = None


def s(p, surface, value, unit, period=N, source=N, high=N):
    return {"p": p, "surface": surface, "value": value, "unit": unit, "value_high": high,
            "period": period, "source": source}


Y = lambda y: [f"{y}-01-01", f"{y}-12-31"]  # noqa: E731

DOCS = [
    {"id": "w1-thread-kazakhstan", "origin": "written", "kind": "THREAD", "paragraphs": [
        "THREAD. Kazakhstan's statistics committee has released its half-year data. 🇰🇿🇨🇳 trade in Jan-Jun was $15.4b, +22.3% compared to 2022. Here is what stands out 👇 1/",
        "2/ Exports to 🇨🇳 rose to $7.9b, while imports from China were $7.5b. In Jun alone turnover added 9.1% ($2.8b). stat.gov.kz/en/industries/…",
        "3/ Oil still dominates: almost 60% of 🇰🇿 exports to China are crude and condensate. Gas deliveries fell by 11% to 5.2 bcm, the lowest level in four years.",
        "4/ More than 25 Chinese companies opened plants here in 2022, and a dozen more are planned. Astana now ranks 2nd in Central Asia in the ranking of China's investment destinations.",
        "5/ Bottom line: the 2019 plan to double trade to $30b by 2030 looks realistic. A 40-year-old engineer I met in Aktobe put it best: Chinese partners pay on time.",
    ], "stats": [
        s(0, "$15.4b", 1.54e10, "USD", ["2023-01-01", "2023-06-30"], "Kazakhstan's statistics committee"),
        s(0, "+22.3%", 22.3, "percent", ["2023-01-01", "2023-06-30"], "Kazakhstan's statistics committee"),
        s(1, "$7.9b", 7.9e9, "USD"), s(1, "$7.5b", 7.5e9, "USD"),
        s(1, "9.1%", 9.1, "percent", ["2023-06-01", "2023-06-30"]),
        s(1, "$2.8b", 2.8e9, "USD", ["2023-06-01", "2023-06-30"]),
        s(2, "60%", 60.0, "percent"), s(2, "11%", -11.0, "percent"), s(2, "5.2 bcm", 5.2e9, "m3"),
        s(2, "four years", 4.0, "year"),
        s(3, "25 Chinese companies", 25.0, "count", Y(2022)), s(3, "a dozen", 12.0, "count"),
        s(3, "2nd", 2.0, "rank"),
        s(4, "$30b", 3e10, "USD", Y(2030)), s(4, "40-year-old", 40.0, "year"),
    ]},
    {"id": "w2-article-gas", "origin": "written", "kind": "ARTICLE", "paragraphs": [
        "Beijing and Moscow signed 14 agreements on Tuesday, including a 30-year contract for gas supplies worth an estimated $400 billion.",
        "Under the deal, Gazprom will ship up to 38 bcm a year to China starting in 2025, according to Reuters. That is roughly a fifth of what Russia sold to Europe in 2019.",
        "Russian oil exports to China climbed 8 percent year-on-year in the first quarter, to 2.1 million barrels per day, customs data showed.",
        "The ruble has lost 25% against the yuan since January, and Chinese banks now handle over 70 percent of cross-border settlements, the central bank said.",
        "Xi, 70, and Putin, 71, have met more than 40 times since 2013.",
    ], "stats": [
        s(0, "14 agreements", 14.0, "count"), s(0, "30-year", 30.0, "year"),
        s(0, "$400 billion", 4e11, "USD"),
        s(1, "38 bcm", 3.8e10, "m3", N, "Reuters"), s(1, "a fifth", 0.2, "ratio", Y(2019)),
        s(2, "8 percent", 8.0, "percent"), s(2, "2.1 million barrels per day", 2.1e6, "bbl/day"),
        s(3, "25%", -25.0, "percent"), s(3, "70 percent", 70.0, "percent"),
        s(4, "70", 70.0, "year"), s(4, "71", 71.0, "year"), s(4, "40 times", 40.0, "count"),
    ]},
    {"id": "w3-report-trade", "origin": "written", "kind": "REPORT", "paragraphs": [
        "In 2022, bilateral trade grew by 29.3 percent to \\$190.27 billion,¹² according to the General Administration of Customs of China. Russian exports to China rose 43.4 percent, reaching \\$114.15 billion.13",
        "Chinese exports to Russia totalled \\$76.12 billion, up 12.8 percent compared to 2021.14 Machinery accounted for about 49 percent of the total.",
        "Pipeline gas supplies via Power of Siberia reached 15.5 bcm,15 exceeding the contractual volume of 10 billion cubic metres by 5.5 bcm.",
        "The number of Chinese tourists fell from 1.2 million in 2019 to just 10,000,16 a drop of more than 99 percent.",
        "Over 2,300 students from Russia studied in China in the 2022/23 academic year, about a third fewer than before the pandemic.17",
    ], "stats": [
        s(0, "29.3 percent", 29.3, "percent", Y(2022), "General Administration of Customs of China"),
        s(0, "\\$190.27 billion", 1.9027e11, "USD", Y(2022), "General Administration of Customs of China"),
        s(0, "43.4 percent", 43.4, "percent"), s(0, "\\$114.15 billion", 1.1415e11, "USD"),
        s(1, "\\$76.12 billion", 7.612e10, "USD", Y(2022)), s(1, "12.8 percent", 12.8, "percent", Y(2022)),
        s(1, "49 percent", 49.0, "percent"),
        s(2, "15.5 bcm", 1.55e10, "m3"), s(2, "10 billion cubic metres", 1e10, "m3"),
        s(2, "5.5 bcm", 5.5e9, "m3"),
        s(3, "1.2 million", 1.2e6, "count", Y(2019)), s(3, "10,000", 1e4, "count"),
        s(3, "99 percent", -99.0, "percent"),
        s(4, "2,300 students", 2300.0, "count"), s(4, "a third", 1 / 3, "ratio"),
    ]},
    {"id": "w4-article-cars", "origin": "written", "kind": "ARTICLE", "paragraphs": [
        "Three years after the sanctions, nearly half of the cars sold in Russia are Chinese brands, up from 9% in 2021.",
        "Chery alone sold 1.8 million vehicles worldwide last year, while Haval H6 deliveries doubled.",
        "Dealers in Novosibirsk say waiting times have shrunk from six months to two weeks, and prices have risen by 15–20 percent.",
        "A survey by the Levada Center found that 58% of respondents would buy a Chinese car, compared with 31 percent five years ago.",
        "Call the dealership at +7 (383) 555-12-34 or visit chery.ru/models/tiggo-7 for the 2024 price list.",
    ], "stats": [
        s(0, "Three years", 3.0, "year"), s(0, "half", 0.5, "ratio"), s(0, "9%", 9.0, "percent", Y(2021)),
        s(1, "1.8 million vehicles", 1.8e6, "count"), s(1, "doubled", 2.0, "ratio"),
        s(2, "six months", 6.0, "month"), s(2, "two weeks", 14.0, "day"),
        s(2, "15–20 percent", 15.0, "percent", high=20.0),
        s(3, "58%", 58.0, "percent", N, "Levada Center"), s(3, "31 percent", 31.0, "percent", N, "Levada Center"),
        s(3, "five years", 5.0, "year"),
    ]},
    {"id": "w5-thread-economy", "origin": "written", "kind": "THREAD", "paragraphs": [
        "1/ New data from Rosstat: Russia's GDP grew 3.6% in 2023 after falling 1.2% in 2022. Military spending was roughly 6% of GDP.",
        "2/ Inflation ended the year at 7.4%, while the key rate stands at 16 percent — the highest since 2022.",
        "3/ The budget deficit was 3.2 trillion roubles, or about 1.9% of GDP. Oil and gas revenues were down 24% y/y.",
        "4/ Trade with 🇨🇳 hit a record $240.1b, roughly 2.5 times the 2014 level. 🇷🇺 now buys almost 40% of its imports from China.",
    ], "stats": [
        s(0, "3.6%", 3.6, "percent", Y(2023), "Rosstat"), s(0, "1.2%", -1.2, "percent", Y(2022), "Rosstat"),
        s(0, "6%", 6.0, "percent", N, "Rosstat"),
        s(1, "7.4%", 7.4, "percent"), s(1, "16 percent", 16.0, "percent"),
        s(2, "3.2 trillion roubles", 3.2e12, "RUB"), s(2, "1.9%", 1.9, "percent"),
        s(2, "24%", -24.0, "percent"),
        s(3, "$240.1b", 2.401e11, "USD"), s(3, "2.5 times", 2.5, "ratio"), s(3, "40%", 40.0, "percent"),
    ]},
    {"id": "w6-report-logistics", "origin": "written", "kind": "REPORT", "paragraphs": [
        "Rail freight between the two countries increased to 9.2 million tonnes in January–September 2023, while the number of container trains reached 4,500, or 17 percent more than a year earlier.",
        "Investment in the Far East is projected at 2–3 trillion roubles over the next decade, with Chinese investors expected to provide up to a quarter of it.",
        "The Zarubino port will handle 1.5 million TEU per year once completed, three times the capacity of Vladivostok's main terminal.",
        "According to the Ministry of Economic Development, 87 joint projects worth \\$160 billion were in the pipeline as of 2023.",
    ], "stats": [
        s(0, "9.2 million tonnes", 9.2e6, "tonne", ["2023-01-01", "2023-09-30"]),
        s(0, "4,500", 4500.0, "count", ["2023-01-01", "2023-09-30"]),
        s(0, "17 percent", 17.0, "percent", ["2023-01-01", "2023-09-30"]),
        s(1, "2–3 trillion roubles", 2e12, "RUB", high=3e12), s(1, "a quarter", 0.25, "ratio"),
        s(2, "1.5 million TEU", 1.5e6, "TEU"), s(2, "three times", 3.0, "ratio"),
        s(3, "87 joint projects", 87.0, "count", Y(2023), "Ministry of Economic Development"),
        s(3, "\\$160 billion", 1.6e11, "USD", Y(2023), "Ministry of Economic Development"),
    ]},
    {"id": "s1-seed-customs-thread", "origin": "seed:000_769defdc8682c5fc.txt", "kind": "THREAD", "paragraphs": [
        "2/ China's Customs has released its August data. 🇨🇳🇷🇺trade in Jan-Aug was $68.63b, -3.2% compared to 2019. Decline in trade is slowing down (in Jan-Jul it was -4.5%), and trade volumes are growing for a second month in a row: +4.2% in Jul, +4.1% in Aug. customs.gov.cn/customs/302249…",
        "3/ Key factor of growth is rise in 🇷🇺 imports from 🇨🇳 for the fifth month in a row. In Aug alone it added 17.8% ($5.23b). This is a reflection of a far better state of 🇷🇺 economy than many have feared in spring, as @AndrianovaAnna explains in @businessbloomberg.com/news/articles/…",
        "10/ This view is shared by the general public. 65% of Russians polled by credible @levada_ru (oh, yes, I know, but we don't have other instruments) said that it doesn't matter for 🇷🇺 who wins the election (4 years ago 60% believed that Trump is better). levada.ru/2020/10/21/pre…",
    ], "stats": [
        s(0, "$68.63b", 6.863e10, "USD", ["2020-01-01", "2020-08-31"], "China's Customs"),
        s(0, "-3.2%", -3.2, "percent", ["2020-01-01", "2020-08-31"], "China's Customs"),
        s(0, "-4.5%", -4.5, "percent", ["2020-01-01", "2020-07-31"], "China's Customs"),
        s(0, "+4.2%", 4.2, "percent", ["2020-07-01", "2020-07-31"], "China's Customs"),
        s(0, "+4.1%", 4.1, "percent", ["2020-08-01", "2020-08-31"], "China's Customs"),
        s(1, "17.8%", 17.8, "percent", ["2020-08-01", "2020-08-31"], "China's Customs"),
        s(1, "$5.23b", 5.23e9, "USD", ["2020-08-01", "2020-08-31"], "China's Customs"),
        s(2, "65%", 65.0, "percent", N, "@levada_ru"), s(2, "4 years", 4.0, "year"),
        s(2, "60%", 60.0, "percent", N, "@levada_ru"),
    ]},
    {"id": "s2-seed-report-trade", "origin": "seed:003_a68d32ec9af499bf.txt", "kind": "REPORT", "paragraphs": [
        "the countries exceeded \\$140 billion for the first time ever, reaching \\$146.89 billion, which represents an increase of 35.8 percent year-on-year⁸² (*Fig. 1*).⁸³ The Federal Customs Service of Russia recorded \\$140.7 billion in trade in 2021 (+35.2 percent).⁸⁴",
        "According to Chinese data, China imported 548,000 tonnes of soybeans from Russia in 2021, which is 20 percent less than in 2020, making the plan to deepen cooperation between Russia and China in the import and export of soybeans that much more difficult. China fell from first to third in the list of Russia's main importers of agricultural products,¹⁰⁹ and the share of agricultural products in China's imports from Russia decreased by 1.7 percent compared to the same period in 2020.",
    ], "stats": [
        s(0, "\\$140 billion", 1.4e11, "USD"), s(0, "\\$146.89 billion", 1.4689e11, "USD"),
        s(0, "35.8 percent", 35.8, "percent"),
        s(0, "\\$140.7 billion", 1.407e11, "USD", Y(2021), "Federal Customs Service of Russia"),
        s(0, "+35.2 percent", 35.2, "percent", Y(2021), "Federal Customs Service of Russia"),
        s(1, "548,000 tonnes", 548000.0, "tonne", Y(2021), "China"),
        s(1, "20 percent", -20.0, "percent", Y(2021), "China"),
        s(1, "first", 1.0, "rank"), s(1, "third", 3.0, "rank"),
        s(1, "1.7 percent", -1.7, "percent", Y(2021)),
    ]},
    {"id": "s3-seed-article-and-threads", "origin": "seed:004_119b34da1581264a.txt+001_5e94b783f5e64f23.txt", "kind": "ARTICLE", "paragraphs": [
        "Russian President Vladimir Putin and Chinese leader Xi Jinping have met over 40 times in the past decade, and experts say that they tend to agree on most things.",
        "In the first half of this year, trade turnover increased by almost 40%, with Russia redirecting to Asia energy exports that formerly went to Europe, and buying much more from China.",
        "Putin and Xi have launched construction of 4 new blocs on 2 Chinese nuclear power plants built by @rosatom. 2/ This @business piece provides a good background of the $3.1b deal (signed during Putin's 2018 state visit to 🇨🇳) that involves construction of 2 blocks of Tianwan (田湾) in Jiangsu & 2 blocs of Xudapu (徐大堡) in Liaoning",
        "In 2013, before Crimea and Western sanctions, 🇷🇺🇪🇺trade volume was 5x of 🇷🇺🇨🇳. Just 7 years after, trade with EU is only 2x bigger than with China. 1/",
        "3/ Why does this choice of location create additional risk of violence and incidents compared to Pushkinskaya Square a week ago? There are three main reasons.",
    ], "stats": [
        s(0, "40 times", 40.0, "count"), s(1, "40%", 40.0, "percent"),
        s(2, "4 new blocs", 4.0, "count"), s(2, "2 Chinese nuclear power plants", 2.0, "count"),
        s(2, "$3.1b", 3.1e9, "USD"), s(2, "2 blocks", 2.0, "count"), s(2, "2 blocs", 2.0, "count"),
        s(3, "5x", 5.0, "ratio", Y(2013)), s(3, "7 years", 7.0, "year"), s(3, "2x", 2.0, "ratio", Y(2020)),
        s(4, "three main reasons", 3.0, "count"),
    ]},
]

# Held-out documents: written after the engine was tuned on the documents above, annotated
# before kb was run on them, and scored once (the figures in the report come from that run).
HELD_OUT = [
    {"id": "h1-article-coal", "origin": "written-heldout", "kind": "ARTICLE", "paragraphs": [
        "Moscow and Beijing have agreed to lift coal deliveries to 100 million tonnes a year by 2030, Deputy Prime Minister Alexander Novak told reporters on Friday.",
        "Shipments across the Amur bridge rose by a third in the first nine months of 2023, to roughly 3.6 million tonnes, while the Zabaikalsk crossing handled 1.1 million tonnes less than a year earlier.",
        "Coal now accounts for 17% of Russia's exports to China by value, compared with 11% in 2019.",
        "The Power of Siberia 2 pipeline, if built, would add 50 bcm per year — about the volume Russia once sent to Germany — at a cost estimated at $13.6 billion.",
        "Novak added that Russia supplied 22.7 bcm via the existing line last year, roughly 2.5 bcm above plan.",
    ], "stats": [
        s(0, "100 million tonnes", 1e8, "tonne", Y(2030), "Alexander Novak"),
        s(1, "a third", 1 / 3, "ratio", ["2023-01-01", "2023-09-30"]),
        s(1, "3.6 million tonnes", 3.6e6, "tonne", ["2023-01-01", "2023-09-30"]),
        s(1, "1.1 million tonnes", -1.1e6, "tonne", ["2023-01-01", "2023-09-30"]),
        s(2, "17%", 17.0, "percent"), s(2, "11%", 11.0, "percent", Y(2019)),
        s(3, "50 bcm", 5e10, "m3"), s(3, "$13.6 billion", 1.36e10, "USD"),
        s(4, "22.7 bcm", 2.27e10, "m3", N, "Alexander Novak"),
        s(4, "2.5 bcm", 2.5e9, "m3", N, "Alexander Novak"),
    ]},
    {"id": "h2-thread-cars", "origin": "written-heldout", "kind": "THREAD", "paragraphs": [
        "🧵 Some numbers on Chinese cars in Russia. In 2023 Chinese brands sold 552,000 cars here, up from 116,000 a year before. Market share: 49%. 1/7",
        "2/ Top sellers were Chery (157k), Haval (125k) and Geely (87k). Each of them outsold Lada's Vesta in several regions.",
        "3/ Average price of a new Chinese crossover: ₽3.2 mln, about 35 percent more than in 2021. Loans cover six out of ten purchases.",
        "4/ Localisation is shallow: only 3 of the 20 assembly plants do welding and painting, per @autostat_ru.",
        "5/ Bottom line: by 2025 Chinese makers could hold 60–65% of the market, but a 15% recycling fee hike from January may slow them down.",
    ], "stats": [
        s(0, "552,000 cars", 552000.0, "count", Y(2023)), s(0, "116,000", 116000.0, "count", Y(2022)),
        s(0, "49%", 49.0, "percent"),
        s(1, "157k", 157000.0, "count"), s(1, "125k", 125000.0, "count"), s(1, "87k", 87000.0, "count"),
        s(2, "₽3.2 mln", 3.2e6, "RUB"), s(2, "35 percent", 35.0, "percent"),
        s(2, "six out of ten", 0.6, "ratio"),
        s(3, "3", 3.0, "count", N, "@autostat_ru"), s(3, "20 assembly plants", 20.0, "count", N, "@autostat_ru"),
        s(4, "60–65%", 60.0, "percent", Y(2025), high=65.0), s(4, "15%", 15.0, "percent"),
    ]},
    {"id": "h3-report-yuan", "origin": "written-heldout", "kind": "REPORT", "paragraphs": [
        "According to the Bank of Russia, the yuan's share of Russian export settlements rose to 34.5 percent in 2023, up from 0.5 percent in 2021.²³ The share of the dollar and euro combined fell below 50 percent for the first time.²⁴",
        "Yuan-denominated bonds worth 120 billion yuan were placed by Russian issuers between 2022 and 2023,25 with Rusal and Polyus among the first.",
        "Moscow Exchange trading volumes in the yuan–rouble pair exceeded 40 trillion roubles in 2023, a fourfold increase.²⁶",
        "Nevertheless, about 80 percent of payments for Chinese goods were delayed by two to three weeks in early 2024 because of secondary sanctions.²⁷",
    ], "stats": [
        s(0, "34.5 percent", 34.5, "percent", Y(2023), "Bank of Russia"),
        s(0, "0.5 percent", 0.5, "percent", Y(2021), "Bank of Russia"),
        s(0, "50 percent", 50.0, "percent"),
        s(1, "120 billion yuan", 1.2e11, "CNY", ["2022-01-01", "2023-12-31"]),
        s(2, "40 trillion roubles", 4e13, "RUB", Y(2023)), s(2, "fourfold", 4.0, "ratio", Y(2023)),
        s(3, "80 percent", 80.0, "percent", Y(2024)),
        s(3, "two to three weeks", 14.0, "day", high=21.0),
    ]},
    {"id": "h4-article-visit", "origin": "written-heldout", "kind": "ARTICLE", "paragraphs": [
        "Putin arrived in Beijing on Thursday for his 43rd meeting with Xi, his first foreign trip since being sworn in for a fifth term.",
        "The two leaders signed a joint statement of some 7,000 words and oversaw the signing of 11 documents.",
        "China's imports of Russian crude hit a record 107 million tonnes last year, making Russia its top supplier ahead of Saudi Arabia with 86 million tonnes.",
        "Analysts at the Carnegie Endowment estimate that Chinese firms now supply up to 90% of the microelectronics Russia imports.",
        "The visit lasted two days; the previous one, in 2023, took three.",
    ], "stats": [
        s(1, "7,000 words", 7000.0, "count"), s(1, "11 documents", 11.0, "count"),
        s(2, "107 million tonnes", 1.07e8, "tonne"), s(2, "86 million tonnes", 8.6e7, "tonne"),
        s(3, "90%", 90.0, "percent", N, "Carnegie Endowment"),
        s(4, "two days", 2.0, "day"),
    ]},
    {"id": "h5-thread-population", "origin": "written-heldout", "kind": "THREAD", "paragraphs": [
        "1/ Fresh @FedStatRu numbers: Russia's population fell by 240,000 in 2023 to 146.2 million.",
        "2/ Migration offset about half of the natural decline, which reached 496,000 people — the worst figure since 2021.",
        "3/ Meanwhile the number of Chinese citizens with residence permits grew 2.3x, to roughly 18,000.",
    ], "stats": [
        s(0, "240,000", -240000.0, "count", Y(2023), "@FedStatRu"),
        s(0, "146.2 million", 1.462e8, "count", Y(2023), "@FedStatRu"),
        s(1, "half", 0.5, "ratio"), s(1, "496,000 people", 496000.0, "count"),
        s(2, "2.3x", 2.3, "ratio"), s(2, "18,000", 18000.0, "count"),
    ]},
    {"id": "h6-report-arctic", "origin": "written-heldout", "kind": "REPORT", "paragraphs": [
        "The Northern Sea Route carried a record 36.2 million tonnes of cargo in 2023, of which transit accounted for 2.1 million tonnes; Rosatom targets 80 million tonnes by 2024 and 200 million by 2030.",
        "Chinese shipping companies made 18 transit voyages, compared with 9 in 2022, and the average voyage took 12.5 days less than via Suez.",
        "The 5,600-km route is about 40 percent shorter than the Suez alternative between Shanghai and Rotterdam.",
        "Port fees are set at 1.5 dollars per tonne, and icebreaker escort costs up to 600,000 euros per voyage.",
    ], "stats": [
        s(0, "36.2 million tonnes", 3.62e7, "tonne", Y(2023)), s(0, "2.1 million tonnes", 2.1e6, "tonne", Y(2023)),
        s(0, "80 million tonnes", 8e7, "tonne", Y(2024), "Rosatom"),
        s(0, "200 million", 2e8, "tonne", Y(2030), "Rosatom"),
        s(1, "18 transit voyages", 18.0, "count"), s(1, "9", 9.0, "count", Y(2022)),
        s(1, "12.5 days", 12.5, "day"),
        s(2, "5,600-km", 5600.0, "km"), s(2, "40 percent", 40.0, "percent"),
        s(3, "1.5 dollars per tonne", 1.5, "USD/tonne"), s(3, "600,000 euros", 6e5, "EUR"),
    ]},
]

# A second held-out batch, written and annotated after the fixes prompted by the first one,
# scored once before any further change.
HELD_OUT_2 = [
    {"id": "h7-article-banks", "origin": "written-heldout-2", "kind": "ARTICLE", "paragraphs": [
        "VTB said on Monday that its yuan lending portfolio had grown to 1.2 trillion roubles, or about a fifth of its corporate book, and that it expects a further 20-25% increase in 2024.",
        "The bank's chief executive, Andrei Kostin, 67, told the forum in St Petersburg that sanctions had cost VTB RUB 350 bln in 2022.",
        "Chinese banks hold deposits of roughly USD 4.5 billion from Russian clients, according to estimates by the Central Bank of Russia published in its March review.",
        "Transfers through the SPFS system rose 27 pct year on year, while card payments via UnionPay fell by half.",
    ], "stats": [
        s(0, "1.2 trillion roubles", 1.2e12, "RUB", N, "VTB"), s(0, "a fifth", 0.2, "ratio", N, "VTB"),
        s(0, "20-25%", 20.0, "percent", Y(2024), "VTB", high=25.0),
        s(1, "67", 67.0, "year"), s(1, "RUB 350 bln", 3.5e11, "RUB", Y(2022), "Andrei Kostin"),
        s(2, "USD 4.5 billion", 4.5e9, "USD", N, "Central Bank of Russia"),
        s(3, "27 pct", 27.0, "percent"), s(3, "half", 0.5, "ratio"),
    ]},
    {"id": "h8-thread-tech", "origin": "written-heldout-2", "kind": "THREAD", "paragraphs": [
        "1/ Huawei's Russian R&D headcount is now ~1,500, up from about 600 in 2019. That's 2.5x in five years. 🧵",
        "2/ It ranks 4th among foreign tech employers in Moscow, behind Yandex-style local giants but ahead of Samsung (around 300 engineers).",
        "3/ Salaries offered are 30-40% above market, per HH.ru data, and the average offer for a senior developer is ₽450,000 a month.",
        "4/ Meanwhile the share of Chinese smartphones in Russian sales hit 71% in Q3 2023, vs 53% a year earlier, per Counterpoint.",
    ], "stats": [
        s(0, "~1,500", 1500.0, "count"), s(0, "600", 600.0, "count", Y(2019)), s(0, "2.5x", 2.5, "ratio"),
        s(0, "five years", 5.0, "year"),
        s(1, "4th", 4.0, "rank"), s(1, "300 engineers", 300.0, "count"),
        s(2, "30-40%", 30.0, "percent", N, "HH.ru", high=40.0), s(2, "₽450,000", 450000.0, "RUB"),
        s(3, "71%", 71.0, "percent", ["2023-07-01", "2023-09-30"], "Counterpoint"),
        s(3, "53%", 53.0, "percent", ["2022-07-01", "2022-09-30"], "Counterpoint"),
    ]},
    {"id": "h9-report-investment", "origin": "written-heldout-2", "kind": "REPORT", "paragraphs": [
        "Over the 2014–2023 period, Chinese direct investment in Russia averaged just \\$0.5–1 billion a year,31 less than 1 percent of China's total outward FDI.",
        "By contrast, Russian investment in China amounted to some \\$1.1 billion in 2022, according to the Ministry of Commerce of the People's Republic of China (MOFCOM).32",
        "The number of Russian companies registered in Heilongjiang province reached 650 at the end of 2022, a third of them in trade.33",
        "Cross-border e-commerce parcels from China to Russia numbered 254 million in 2022, roughly 90% of all such parcels.",
    ], "stats": [
        s(0, "\\$0.5–1 billion", 5e8, "USD", ["2014-01-01", "2023-12-31"], high=1e9),
        s(0, "1 percent", 1.0, "percent", ["2014-01-01", "2023-12-31"]),
        s(1, "\\$1.1 billion", 1.1e9, "USD", Y(2022), "Ministry of Commerce of the People's Republic of China"),
        s(2, "650", 650.0, "count", Y(2022)), s(2, "a third", 1 / 3, "ratio"),
        s(3, "254 million", 2.54e8, "count", Y(2022)), s(3, "90%", 90.0, "percent", Y(2022)),
    ]},
    {"id": "h10-article-students", "origin": "written-heldout-2", "kind": "ARTICLE", "paragraphs": [
        "About 56,000 Chinese students were enrolled at Russian universities in the 2023 academic year, making them the second-largest group after Kazakhs.",
        "Moscow State University alone hosts more than 1,000 of them, and its Shenzhen campus admitted 280 first-year students last autumn.",
        "Tuition for foreigners averages 350,000 roubles a year, about a tenth of the cost in the United States.",
        "A 2022 poll by the Public Opinion Foundation found that 12% of Russians would like their children to learn Chinese, up from 4% in 2015.",
    ], "stats": [
        s(0, "56,000 Chinese students", 56000.0, "count", Y(2023)), s(0, "second", 2.0, "rank"),
        s(1, "1,000", 1000.0, "count"), s(1, "280 first-year students", 280.0, "count"),
        s(2, "350,000 roubles", 350000.0, "RUB"), s(2, "a tenth", 0.1, "ratio"),
        s(3, "12%", 12.0, "percent", N, "Public Opinion Foundation"),
        s(3, "4%", 4.0, "percent", Y(2015), "Public Opinion Foundation"),
    ]},
    {"id": "h11-thread-q1", "origin": "written-heldout-2", "kind": "THREAD", "paragraphs": [
        "Quick thread on Jan-Mar trade. 🇨🇳 customs: turnover $57.3b, +1.9% y/y. Exports to 🇷🇺 $22.9b (+0.3%), imports from 🇷🇺 $34.4b (+3%). 1/",
        "2/ Oil: 27.4 mt in Q1, i.e. roughly 2.2 mbpd. Russia stays #1 supplier, Saudi Arabia a distant 2nd.",
        "3/ Cars: 🇨🇳 shipped 221,000 vehicles to 🇷🇺, 2.1 times more than in Q1 last year.",
    ], "stats": [
        s(0, "$57.3b", 5.73e10, "USD"), s(0, "+1.9%", 1.9, "percent"), s(0, "$22.9b", 2.29e10, "USD"),
        s(0, "+0.3%", 0.3, "percent"), s(0, "$34.4b", 3.44e10, "USD"), s(0, "+3%", 3.0, "percent"),
        s(1, "27.4 mt", 2.74e7, "tonne"), s(1, "2.2 mbpd", 2.2e6, "bbl/day"), s(1, "#1", 1.0, "rank"),
        s(1, "2nd", 2.0, "rank"),
        s(2, "221,000 vehicles", 221000.0, "count"), s(2, "2.1 times", 2.1, "ratio"),
    ]},
]

# A third held-out batch, written after all fixes prompted by the first two, scored once.
HELD_OUT_3 = [
    {"id": "h12-article-arms", "origin": "written-heldout-3", "kind": "ARTICLE", "paragraphs": [
        "Russia's arms exports fell by 53% between 2018–22 and 2019–23, SIPRI said on Monday, and China's share of them dropped to 21 percent.",
        "Deliveries to India, now the biggest buyer, included 48 Su-30MKI kits and four S-400 regiments worth about $5.4 billion.",
        "The contract for 10 Ka-226T helicopters, signed in 2015, was never fulfilled.",
        "Analysts estimate that Chinese components make up roughly 60-70% of the parts in Russian drones, up from almost nothing three years ago.",
    ], "stats": [
        s(0, "53%", -53.0, "percent", N, "SIPRI"), s(0, "21 percent", 21.0, "percent", N, "SIPRI"),
        s(1, "48", 48.0, "count"), s(1, "four", 4.0, "count"), s(1, "$5.4 billion", 5.4e9, "USD"),
        s(2, "10", 10.0, "count"),
        s(3, "60-70%", 60.0, "percent", high=70.0), s(3, "three years", 3.0, "year"),
    ]},
    {"id": "h13-thread-gas", "origin": "written-heldout-3", "kind": "THREAD", "paragraphs": [
        "1/ Gazprom's exports via Power of Siberia hit 22.7 bcm last year, ~0.6 bcm above contract. Daily flows peaked at 62.5 mcm on Dec 1.",
        "2/ For 2024 the target is 38 bcm, i.e. full capacity. That would make 🇨🇳 the No. 1 buyer of 🇷🇺 pipeline gas, ahead of Turkey (~21 bcm) and 🇪🇺 (~15 bcm).",
        "3/ Price? Reuters estimates ~$257 per 1,000 cubic metres in 2023, vs $400+ for Europe.",
        "4/ A 2nd line, Power of Siberia 2, would add 50 bcm/yr but talks have dragged on for 10+ years.",
    ], "stats": [
        s(0, "22.7 bcm", 2.27e10, "m3"), s(0, "0.6 bcm", 6e8, "m3"), s(0, "62.5 mcm", 6.25e7, "m3"),
        s(1, "38 bcm", 3.8e10, "m3", Y(2024)), s(1, "No. 1", 1.0, "rank"), s(1, "21 bcm", 2.1e10, "m3"),
        s(1, "15 bcm", 1.5e10, "m3"),
        s(2, "$257", 257.0, "USD", Y(2023), "Reuters"), s(2, "$400", 400.0, "USD"),
        s(3, "50 bcm", 5e10, "m3"), s(3, "10+ years", 10.0, "year"),
    ]},
    {"id": "h14-report-payments", "origin": "written-heldout-3", "kind": "REPORT", "paragraphs": [
        "In 2023, the share of the rouble and yuan in Russia–China settlements exceeded 95 percent,41 compared with about 25 percent in 2020.42",
        "Russian banks opened 120 correspondent accounts with Chinese banks in 2022–2023,43 while the number of Russian companies using CIPS rose to 1,300.44",
        "Payment delays averaged 3–4 weeks in the first half of 2024, up from 5 days a year earlier.45",
        "The Central Bank of Russia puts the volume of yuan-denominated loans at 4.8 trillion roubles as of 1 January 2024.",
    ], "stats": [
        s(0, "95 percent", 95.0, "percent", Y(2023)), s(0, "25 percent", 25.0, "percent", Y(2020)),
        s(1, "120 correspondent accounts", 120.0, "count", ["2022-01-01", "2023-12-31"]),
        s(1, "1,300", 1300.0, "count"),
        s(2, "3–4 weeks", 21.0, "day", ["2024-01-01", "2024-06-30"], high=28.0),
        s(2, "5 days", 5.0, "day", ["2023-01-01", "2023-06-30"]),
        s(3, "4.8 trillion roubles", 4.8e12, "RUB", ["2024-01-01", "2024-01-01"], "Central Bank of Russia"),
    ]},
    {"id": "h15-article-tourism", "origin": "written-heldout-3", "kind": "ARTICLE", "paragraphs": [
        "Chinese tourists made 477,000 trips to Russia last year, still a fraction of the 2 million recorded in 2019, the Association of Tour Operators of Russia (ATOR) said.",
        "Visa-free group travel, restored in August 2023, allows groups of 5 to 50 people to stay for up to 15 days.",
        "Tour operators expect the flow to double in 2024 and to reach 1.5 million by 2026.",
        "An average Chinese tourist spends about 1,300 dollars per trip, roughly three times more than a visitor from Turkey.",
    ], "stats": [
        s(0, "477,000 trips", 477000.0, "count", N, "Association of Tour Operators of Russia"),
        s(0, "2 million", 2e6, "count", Y(2019), "Association of Tour Operators of Russia"),
        s(1, "5 to 50 people", 5.0, "count", high=50.0), s(1, "15 days", 15.0, "day"),
        s(2, "1.5 million", 1.5e6, "count", Y(2026)),
        s(3, "1,300 dollars", 1300.0, "USD"), s(3, "three times", 3.0, "ratio"),
    ]},
]

if __name__ == "__main__":
    out = Path(__file__).with_name("statistics_gold.json")
    out.write_text(json.dumps({"documents": DOCS + HELD_OUT + HELD_OUT_2 + HELD_OUT_3}, ensure_ascii=False, indent=1) + "\n")
    docs = DOCS + HELD_OUT + HELD_OUT_2 + HELD_OUT_3
    print(out, sum(len(d["stats"]) for d in docs), "statistics in", len(docs), "documents")
