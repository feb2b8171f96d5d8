"""Searching the help centre: which articles match, and the snippet shown under each."""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk.articles import Article

#: How much of the body a search result shows.
SNIPPET_CHARS = 80
#: Marks where the snippet cuts the body.
ELLIPSIS = "…"


@dataclass(frozen=True)
class Hit:
    article: Article
    snippet: str
    #: Title matches rank above body-only matches.
    in_title: bool


def matches(article: Article, query: str) -> bool:
    """Case-insensitive: the query appears in the article's title or in its body."""
    needle = query.lower()
    return needle in article.title.lower() or needle in article.body.lower()


def snippet(body: str, query: str) -> str:
    """Up to SNIPPET_CHARS characters of the body around the first match of the query,
    with ELLIPSIS on each side where the body was cut. When the query is not in the body
    (the article matched on its title only) the snippet is the start of the body, cut the
    same way."""
    position = body.lower().index(query.lower())
    start = max(0, position - SNIPPET_CHARS // 2)
    end = start + SNIPPET_CHARS
    text = body[start:end].strip()
    if start > 0:
        text = ELLIPSIS + text
    if end < len(body):
        text = text + ELLIPSIS
    return text


def search(articles: list[Article], query: str) -> list[Hit]:
    """The matching articles, title matches first, otherwise in the given order."""
    query = query.strip()
    if not query:
        return []
    hits = [
        Hit(a, snippet(a.body, query), query.lower() in a.title.lower())
        for a in articles
        if matches(a, query)
    ]
    return sorted(hits, key=lambda hit: not hit.in_title)
