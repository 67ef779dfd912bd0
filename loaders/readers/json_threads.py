"""Reader for thread exports (``.json``): tweet objects → one THREAD document per thread.

Accepted shapes (all hand-checked against the documented formats):

- a Twitter/X archive's ``tweets.js`` / ``tweets.json``: ``[{"tweet": {…}}, …]``, with or
  without the ``window.YTD.tweets.part0 =`` prefix;
- API v1.1 objects: a list of tweets, or ``{"statuses": […]}`` / ``{"tweets": […]}``,
  each with ``full_text`` or ``text``, ``id``/``id_str``, ``created_at``
  (``Wed Oct 10 20:19:24 +0000 2018``), ``in_reply_to_status_id(_str)`` and ``user``
  (``screen_name``, ``name``);
- API v2: ``{"data": […], "includes": {"users": […]}}`` with ``text``, ``id``,
  ``created_at`` (ISO 8601), ``author_id`` and ``referenced_tweets`` (``replied_to``).

A thread is a reply chain: a tweet replying to another tweet of the file by the same
author continues it (the earliest such reply when there are several). Chains of two or
more tweets are threads; when the file has none, each tweet is one. The document's
``url`` is its first tweet's status URL when the author's handle is known, its date the
first tweet's. JSON of another shape fails with a one-line reason.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kb.errors import DocumentError
from loaders.drafts import DocumentDraft
from loaders.readers.tweets import ThreadParts, author_label, thread_draft

_JS_PREFIX = re.compile(rb"^\s*window\.YTD\.[\w.]+\s*=\s*")
SHAPE = (
    "JSON holds no tweet objects (expected a Twitter/X archive or API export: "
    "objects with full_text or text, and id)"
)


@dataclass
class _Tweet:
    id: str
    text: str
    created: datetime | None
    reply_to: str | None
    handle: str | None
    name: str | None


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    for parse in (
        lambda v: datetime.strptime(v, "%a %b %d %H:%M:%S %z %Y"),
        lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")),
    ):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def _str(value: Any) -> str | None:
    return str(value) if isinstance(value, (str, int)) and str(value) else None


def _tweet(obj: Any, users: dict[str, dict]) -> _Tweet | None:
    if isinstance(obj, dict) and isinstance(obj.get("tweet"), dict):
        obj = obj["tweet"]  # archive wrapper
    if not isinstance(obj, dict):
        return None
    text = obj.get("full_text") or obj.get("text")
    note = obj.get("note_tweet")
    if isinstance(note, dict) and isinstance(note.get("text"), str):
        text = note["text"]  # v2 long posts
    ident = _str(obj.get("id_str")) or _str(obj.get("id"))
    if not isinstance(text, str) or not ident:
        return None
    reply = _str(obj.get("in_reply_to_status_id_str")) or _str(obj.get("in_reply_to_status_id"))
    for ref in obj.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "replied_to":
            reply = _str(ref.get("id"))
    user = obj.get("user") if isinstance(obj.get("user"), dict) else None
    if user is None and _str(obj.get("author_id")):
        user = users.get(str(obj["author_id"]))
    user = user or {}
    handle = _str(user.get("screen_name")) or _str(user.get("username"))
    return _Tweet(ident, text, _date(obj.get("created_at")), reply, handle,
                  _str(user.get("name")))  # fmt: skip


def _objects(data: Any) -> tuple[list[Any], dict[str, dict]]:
    users: dict[str, dict] = {}
    if isinstance(data, dict):
        includes = data.get("includes")
        if isinstance(includes, dict):
            users = {str(u.get("id")): u for u in includes.get("users") or []
                     if isinstance(u, dict)}  # fmt: skip
        for key in ("data", "statuses", "tweets", "globalObjects"):
            if isinstance(data.get(key), list):
                return data[key], users
        return [data], users
    return (data if isinstance(data, list) else []), users


def parse(data: bytes, source_path: str) -> list[_Tweet]:
    body = _JS_PREFIX.sub(b"", data, count=1)
    try:
        loaded = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentError(source_path, f"JSON is not valid UTF-8 at byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(
            source_path, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from exc
    objects, users = _objects(loaded)
    tweets = [t for t in (_tweet(o, users) for o in objects) if t is not None]
    if not tweets:
        raise DocumentError(source_path, SHAPE)
    return tweets


def _order_key(t: _Tweet) -> tuple:
    stamp = t.created.timestamp() if t.created else 0.0
    return (stamp, int(t.id) if t.id.isdigit() else 0, t.id)


def chains(tweets: list[_Tweet]) -> list[list[_Tweet]]:
    """Reply chains in the order of their first tweets (see the module docstring)."""
    by_id = {t.id: t for t in tweets}
    children: dict[str, list[_Tweet]] = {}
    for t in tweets:
        parent = by_id.get(t.reply_to) if t.reply_to else None
        if (
            parent is not None
            and parent is not t
            and (
                not t.handle or not parent.handle or t.handle.casefold() == parent.handle.casefold()
            )
        ):
            children.setdefault(parent.id, []).append(t)
    linked = {c.id for kids in children.values() for c in sorted(kids, key=_order_key)[:1]}
    out: list[list[_Tweet]] = []
    for root in sorted(tweets, key=_order_key):
        if root.id in linked:
            continue
        chain, seen = [root], {root.id}
        while children.get(chain[-1].id):
            nxt = sorted(children[chain[-1].id], key=_order_key)[0]
            if nxt.id in seen:
                break
            chain.append(nxt)
            seen.add(nxt.id)
        out.append(chain)
    threads = [c for c in out if len(c) >= 2]
    return threads or out


def read(data: bytes, source_path: str) -> list[DocumentDraft]:
    drafts: list[DocumentDraft] = []
    for chain in chains(parse(data, source_path)):
        first = chain[0]
        url = f"https://x.com/{first.handle}/status/{first.id}" if first.handle else None
        day: date | None = first.created.date() if first.created else None
        parts = ThreadParts(
            tweets=[t.text for t in chain],
            author=author_label(first.name, first.handle),
            url=url,
            published_on=day,
            meta={"tweet_ids": [t.id for t in chain], "format": "json"},
        )
        draft = thread_draft(source_path, len(drafts), parts)
        if draft is not None:
            drafts.append(draft)
    return drafts
