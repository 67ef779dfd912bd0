"""Sentence segmentation of every passage (writes ``Extraction.sentences``).

Rule-based: a blank English spaCy pipeline with the sentencizer, run per passage so that a
sentence never crosses a passage boundary. Table rows and headings are one sentence each.
"""

from __future__ import annotations

from functools import cached_property

import spacy
from spacy.language import Language

from kb.models import PassageKind
from loaders.drafts import Extraction, Span

_WHOLE = {PassageKind.TABLE_ROW, PassageKind.HEADING, PassageKind.CAPTION}


class SentenceSplitter:
    name = "sentences"
    version = "1"
    reads = ("doc.passages",)
    writes = ("sentences",)

    @cached_property
    def nlp(self) -> Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp

    def __call__(self, ex: Extraction) -> None:
        text = ex.doc.text
        for passage in ex.doc.passages:
            if passage.kind in _WHOLE:
                ex.sentences.append(Span(passage.start, passage.end))
                continue
            doc = self.nlp(text[passage.start : passage.end])
            for sent in doc.sents:
                start = passage.start + sent.start_char
                end = passage.start + sent.end_char
                if text[start:end].strip():
                    ex.sentences.append(Span(start, end))


COMPONENT = SentenceSplitter
