"""Following paginated REST APIs through their ``Link`` response header (RFC 8288).

A Link header is a comma-separated list of links. Each is a URL in angle brackets
followed by ``; name=value`` parameters, in any order and with or without quotes around
the value: ``rel`` says what the link is to ("next", "prev", "first", "last"), and
servers may send other parameters beside it (``type``, ``title``, ``hreflang``), which
do not change what the link points to::

    <https://api.example.com/items?page=2>; rel="next", <https://api.example.com/items?page=9>; rel="last"
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Page:
    url: str
    items: list[Any]
    headers: Mapping[str, str]


#: Fetches one page: URL -> (the page's items, its response headers).
Fetch = Callable[[str], tuple[list[Any], Mapping[str, str]]]


def parse_link_header(value: str | None) -> dict[str, str]:
    """``rel`` -> URL for every link in a Link header; ``{}`` for no header."""
    links: dict[str, str] = {}
    if not value:
        return links
    for part in value.split(","):
        target, rel = part.split(";")
        url = target.strip().removeprefix("<").removesuffix(">")
        links[rel.strip().removeprefix("rel=").strip('"')] = url
    return links


def iter_pages(fetch: Fetch, url: str, max_pages: int = 1000) -> Iterator[Page]:
    """Every page from ``url`` on, following rel="next" until a page has none."""
    for _ in range(max_pages):
        items, headers = fetch(url)
        yield Page(url, items, headers)
        following = parse_link_header(headers.get("Link")).get("next")
        if following is None:
            return
        url = following
    raise RuntimeError(f"more than {max_pages} pages from {url}")


def iter_items(fetch: Fetch, url: str) -> Iterator[Any]:
    for page in iter_pages(fetch, url):
        yield from page.items
