"""Inputs for the ingest tests, made here and never taken from third parties.

`report_items()` is a short think-tank report written for these tests (headings, running
text with footnote references glued to numbers, footnotes with URLs, a table with its
caption and source note); `write_report_pdf` typesets it with :mod:`bench.pdfgen` (running
heads, page numbers, two-column footnotes, hyphenation over line and page breaks).
`write_scanned_pdf` draws a page with no text layer; `CORRUPT_PDF` has the magic bytes and
nothing readable after them. The HTML pages and JSON exports are files in
``tests/fixtures/ingest/``.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.pdfgen import Block, Layout, Note, Table, render

FIXTURES = Path(__file__).with_name("fixtures") / "ingest"
HEAD = "Northern Corridor Institute · Working Paper 12/2024"
CORRUPT_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\ngarbage"

_P1 = (
    "Trade between Russia and China reached $240.1 billion in 2023, an increase of 26.3 "
    "percent compared to 2022.1 The growth was driven by Russian energy deliveries and by "
    "Chinese machinery, vehicles and electronics, which replaced the goods that European "
    "suppliers stopped shipping after February 2022. Analysts at the institute believe that "
    "this level of bilateral turnover is close to its ceiling, because the payment "
    "infrastructure between the two countries remains fragile and the Chinese banking sector "
    "is increasingly cautious about secondary sanctions imposed by the United States."
)
_P2 = (
    "Russian exports to China amounted to $129.1 billion, while Chinese exports to Russia "
    "reached $110.97 billion.2 Crude oil accounted for more than half of Russian deliveries: "
    "according to the General Administration of Customs of China, Russia shipped 107 million "
    "tonnes of crude oil in 2023 and overtook Saudi Arabia as the largest supplier.3 Pipeline "
    "gas deliveries through the Power of Siberia pipeline grew to 22.7 bcm, above the "
    "contractual obligations agreed between Gazprom and China National Petroleum Corporation."
)
_P3 = (
    "The structure of trade is becoming more asymmetric. Chinese manufacturers now hold more "
    "than 50 percent of the Russian passenger car market, up from less than 10 percent in "
    "2021.4 At the same time, Russian agricultural exports to China remain modest, and the "
    "phytosanitary procedures of the Chinese customs administration continue to slow "
    "deliveries of grain, pork and dairy products across the border crossings in the Far East."
)
_P4 = (
    "Financial cooperation faces the most serious constraints. The share of the yuan and the "
    "ruble in bilateral settlements rose to about 95 percent in 2023, according to the Bank of "
    "Russia,5 yet payment delays became routine in the first quarter of 2024, when several "
    "large Chinese banks started rejecting transfers from Russian companies. Smaller regional "
    "banks near the border handle a growing share of the settlements, but their capacity is "
    "limited and their fees are considerably higher than those of the national champions."
)
_P5 = (
    "Elena Markova, a senior fellow of the institute, argues that Moscow and Beijing should "
    "create a dedicated clearing mechanism that would not depend on the correspondent "
    "accounts of systemically important banks. In her view, such a mechanism could be "
    "launched within two years if the central banks of both countries agree on common "
    "standards for the exchange of financial messages and for the verification of "
    "counterparties. The Chinese side, however, remains reluctant to commit to institutions "
    "that might expose its largest financial organisations to restrictions."
)
_P6 = (
    "Transport infrastructure is the second bottleneck. Rail freight between the two "
    "countries reached 150 million tonnes, while the capacity of the border crossings in the "
    "Zabaykalsky Krai and the Amur Region is almost exhausted.6 The Russian government plans "
    "to expand the Eastern Polygon of Russian Railways by 2030, but the financing of the "
    "project depends on the budget and on the willingness of Chinese investors to take part "
    "in infrastructure construction on Russian territory, which has so far been limited."
)
_P8 = (
    "Energy remains the foundation of the relationship. Rosneft and Sinopec extended their "
    "long-term supply agreements, and Novatek continued to deliver liquefied natural gas from "
    "the Yamal peninsula despite the sanctions imposed on the Arctic LNG 2 project. Chinese "
    "importers, for their part, negotiated discounts of about 12 percent to the Brent "
    "benchmark for Russian crude, which made Russian oil the most competitive supply in the "
    "refineries of Shandong province, according to industry consultancies in Beijing."
)
_P9 = (
    "Investment flows have not followed the growth of trade. Chinese direct investment in "
    "Russia amounted to less than $1 billion in 2023, a fraction of the sums that Chinese "
    "companies invest in Southeast Asia, the Middle East or Latin America. Vladimir Putin "
    "said in Beijing in May 2024 that the two countries would jointly develop new industrial "
    "zones, but Chinese investors remain wary of the legal uncertainty and of the "
    "reputational risks that operations in Russia entail for their global business."
)
_P7 = (
    "We recommend that the two governments focus on three practical steps: a joint working "
    "group on payment infrastructure, the synchronisation of customs procedures at the main "
    "border crossings, and a long-term programme of agricultural trade that would give "
    "Russian producers predictable access to the Chinese market. Without these measures, "
    "bilateral trade is likely to stagnate at around $240 billion in 2024 and 2025, and "
    "the political rhetoric of a partnership without limits will increasingly diverge from "
    "the economic reality that companies in both countries observe every day."
)

NOTES = {
    "1": '"China-Russia Trade Hits Record High in 2023," Xinhua, January 12, 2024. URL: '
    "https://english.news.cn/20240112/trade-record/c.html",
    "2": '"Customs Statistics for December 2023," General Administration of Customs of China. '
    "URL: http://english.customs.gov.cn/statics/report/monthly.html",
    "3": '"Russia Tops Saudi Arabia as China\'s Biggest Oil Supplier," Reuters, January 20, '
    "2024. URL: https://www.reuters.com/markets/commodities/russia-tops-saudi-2024-01-20/",
    "4": '"Chinese Brands Take Half of the Russian Car Market," Autostat, February 2, 2024. '
    "URL: https://www.autostat.ru/news/chinese-brands-2024/",
    "5": '"Payment Infrastructure Review," Bank of Russia, March 2024. '
    "URL: https://www.cbr.ru/eng/analytics/payment-review-2024/",
    "6": '"Freight Traffic at the Border Crossings," Russian Railways, 2024. '
    "URL: https://eng.rzd.ru/en/9471/page/freight-border-crossings",
}


def report_items() -> list[Block | Note | Table]:
    """The test report, in order; long enough for four pages, notes on several of them."""
    n = NOTES
    return [
        Block(
            ["Russia and China after the Record Year: Trade, Payments and Transport"], heading=True
        ),
        Block(["Authors: Elena Markova, David Chen"]),
        Block(["Northern Corridor Institute"]),
        Block(["Working Paper No. 12/2024. — Moscow: Northern Corridor Institute, 2024. — 6 p."]),
        Block(["Contents"]),
        Table(
            [
                ["1. Introduction", "1"],
                ["2. The Structure of Trade", "1"],
                ["3. Payments and Banks", "2"],
                ["4. Transport", "3"],
                ["5. Recommendations", "3"],
            ]
        ),
        Block(["1. Introduction"], heading=True),
        Block([_P1]),
        Note("1", n["1"]),
        Block([_P2]),
        Note("2", n["2"]),
        Note("3", n["3"]),
        Block(["2. The Structure of Trade"], heading=True),
        Block([_P3]),
        Note("4", n["4"]),
        Block(["Table 1. Russia-China trade by year, billion USD"]),
        Table(
            [
                ["Year", "Trade turnover", "Russian exports", "Chinese exports"],
                ["2021", "146.9", "79.3", "67.6"],
                ["2022", "190.3", "114.1", "76.1"],
                ["2023", "240.1", "129.1", "111.0"],
            ]
        ),
        Block(["Source: General Administration of Customs of China."]),
        Block(["Meanwhile, " + _P5 + " " + _P3]),  # "verifi-" / "cation" over pages 1-2
        Block(["3. Payments and Banks"], heading=True),
        Block([_P4]),
        Note("5", n["5"]),
        Block([_P5]),
        Block([_P8]),
        Block([_P9]),
        Block(["4. Transport"], heading=True),
        Block([_P6]),
        Note("6", n["6"]),
        Block([_P2.replace(".2 Crude", ". Crude").replace(".3 Pipeline", ". Pipeline")]),
        Block(["5. Recommendations"], heading=True),
        Block([_P7]),
        Block([_P6.replace(".6 The", ". The")]),
        Block([_P7]),
    ]


def write_report_pdf(path: Path) -> Layout:
    return render(report_items(), path, head=HEAD)


def write_scanned_pdf(path: Path) -> None:
    """Two pages of grey bars where text would be: what a scan without OCR looks like."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(2):
        c.setFillGray(0.4)
        for k in range(30):
            c.rect(64, 760 - 22 * k, 460 - (k % 4) * 30, 9, stroke=0, fill=1)
        c.showPage()
    c.save()
