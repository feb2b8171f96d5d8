"""Loops over values that cannot be None, or that already default."""

from typing import Any


def titles(articles: list[dict[str, Any]]) -> list[str]:
    return [a["title"] for a in articles]


def tags(article: dict[str, Any]) -> list[str]:
    return [t["name"] for t in article.get("tags", [])]


def authors(article: dict[str, Any]) -> list[str]:
    found = []
    for author in article.get("authors") or ():
        found.append(author)
    return found
