"""Unrolled-thread pages (Thread Reader–style "unroll" services, saved tweet pages) →
one THREAD document per thread on the page.

A *tweet element* is the innermost element whose class names a tweet (``tweet``,
``content-tweet``, ``tweet-text``…) or that carries a tweet attribute (``data-tweet``,
``data-tweet-id``, ``data-testid="tweetText"``), outside navigation, asides and footers.
Two or more make a thread page. Tweets are grouped by the nearest enclosing thread
container (an element whose class or id names a thread, or an ``<article>`` holding
several tweets); tweets in no container form one thread. Each thread's author is the
``@handle`` (and display name) shown in its container or the page's header, else the
page's ``twitter:creator``; its date the ``<time datetime>`` in the container or the
page's publication date; its url the first tweet's status URL (its ``data-tweet`` id and
the handle), else the canonical URL when the page holds one thread.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from loaders.drafts import DocumentDraft
from loaders.readers.html import iso_date
from loaders.readers.tweets import ThreadParts, author_label, thread_draft

_TWEET_CLASS = re.compile(r"(?:^|[\s_-])tweet(?:[\s_-]|text|body|content|$)", re.I)
_TWEET_ATTRS = ("data-tweet", "data-tweet-id", "data-tweetid")
_THREAD = re.compile(r"thread|conversation|unroll|t-main", re.I)
_HANDLE = re.compile(r"^@\w{1,15}$")
_SKIP = {"nav", "aside", "footer", "header", "script", "style", "noscript", "form"}
_NAME_CLASS = re.compile(r"author-name|display-?name|fullname|user-?name-?full|\bname\b", re.I)


def _is_tweet(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return False
    if any(a in el.attrib for a in _TWEET_ATTRS) or el.get("data-testid") == "tweetText":
        return True
    return bool(_TWEET_CLASS.search(el.get("class") or ""))


def _skipped(el: etree._Element) -> bool:
    return any(a.tag in _SKIP for a in el.iterancestors())


def _text(el: etree._Element) -> str:
    for bad in el.xpath(".//script|.//style"):
        bad.getparent().remove(bad)
    parts = []
    for piece in el.itertext():
        parts.append(piece)
    return " ".join("".join(parts).split())


def tweet_elements(root: etree._Element) -> list[etree._Element]:
    found = [el for el in root.iter() if _is_tweet(el) and not _skipped(el)]
    inner = set(found)
    out = []
    for el in found:
        if any(d in inner for d in el.iterdescendants()):
            continue
        if _text(el):
            out.append(el)
    return out


def _container(el: etree._Element) -> etree._Element | None:
    for a in el.iterancestors():
        if a.tag in ("body", "html"):
            return None
        label = f"{a.get('class') or ''} {a.get('id') or ''}"
        if _THREAD.search(label) or a.tag == "article":
            return a
    return None


def _author(scope: etree._Element) -> tuple[str | None, str | None]:
    """(display name, @handle) shown in `scope` outside its tweets."""
    handle = name = None
    for el in scope.iter():
        if not isinstance(el.tag, str) or _is_tweet(el) or any(_is_tweet(a) for a in
                                                               el.iterancestors()):  # fmt: skip
            continue
        own = " ".join((el.text or "").split())
        if handle is None and _HANDLE.match(own):
            handle = own
        elif name is None and own and _NAME_CLASS.search(el.get("class") or ""):
            name = own
    return name, handle


def _time(scope: etree._Element) -> str | None:
    for t in scope.iter("time"):
        if t.get("datetime"):
            return t.get("datetime")
    return None


def _meta(root: etree._Element, *names: str) -> str | None:
    for name in names:
        for el in root.iter("meta"):
            if name in (el.get("name"), el.get("property")) and el.get("content"):
                return el.get("content")
    return None


def read(data: bytes, source_path: str) -> list[DocumentDraft]:
    """The page's threads; [] when it is not a thread page."""
    try:
        root = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return []
    tweets = tweet_elements(root)
    if len(tweets) < 2:
        return []
    groups: dict[int, tuple[etree._Element | None, list[etree._Element]]] = {}
    for el in tweets:
        box = _container(el)
        groups.setdefault(id(box), (box, []))[1].append(el)
    page_name, page_handle = _author(root)
    creator = _meta(root, "twitter:creator")
    canonical = next((ln.get("href") for ln in root.iter("link")
                      if ln.get("rel") == "canonical" and ln.get("href")), None)  # fmt: skip
    page_date = _meta(root, "article:published_time", "date", "pubdate")
    drafts: list[DocumentDraft] = []
    for box, els in groups.values():
        name, handle = _author(box) if box is not None else (None, None)
        handle = handle or page_handle or creator
        name = name or (page_name if handle == page_handle else None)
        first_id = next((el.get(a) for el in (els[0], *els[0].iterancestors())
                         for a in _TWEET_ATTRS if el.get(a)), None)  # fmt: skip
        status = (f"https://x.com/{handle.lstrip('@')}/status/{first_id}"
                  if handle and first_id and first_id.isdigit() else None)  # fmt: skip
        parts = ThreadParts(
            tweets=[_text(el) for el in els],
            author=author_label(name, handle),
            url=status or (canonical if len(groups) == 1 else None),
            published_on=iso_date(
                (_time(box) if box is not None else None) or page_date or _time(root)
            ),
            meta={"format": "html"},
        )
        draft = thread_draft(source_path, len(drafts), parts)
        if draft is not None:
            drafts.append(draft)
    return drafts
