"""Round 21 (readers 15): a furniture line set inside an article's block ("Share this
article" over the author's name, with no blank line between) is dropped before the block's
lines are joined, so the name stands alone and is read as the author line (pages written
here); a block of prose lines keeps every line.
"""

from __future__ import annotations

from loaders.readers import article

BODY = (
    "This trip will be very important for the Norland side, especially since it will be the "
    "president's first trip abroad after his reelection at the congress in March."
)


def test_a_share_button_over_the_authors_name_leaves_the_name_alone() -> None:
    page = (
        "Print\nRate this article\n(votes: 5, rating: 5)\n (5 votes)\nShare this article\n"
        "Ivo Ruml\n\nPh.D. in History, Academic Director of the Harbour Council\n\n" + BODY + "\n"
    )
    (doc,) = article.read(page, "a.txt")
    assert doc.authors == ["Ivo Ruml"]
    assert "Share this article" not in doc.text


def test_prose_lines_of_a_block_are_all_kept() -> None:
    page = "Talks resume\n\nThe envoys met on Monday.\nThey will print the text of the deal.\n"
    (doc,) = article.read(page, "a.txt")
    assert "They will print the text of the deal." in doc.text
