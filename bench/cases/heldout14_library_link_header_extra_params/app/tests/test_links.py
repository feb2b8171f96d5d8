from collections.abc import Mapping
from typing import Any

import pytest

from pagewalk import iter_items, iter_pages, parse_link_header

BASE = "https://api.example.com/orders"


def test_parse_next_and_last() -> None:
    header = f'<{BASE}?page=2>; rel="next", <{BASE}?page=9>; rel="last"'
    assert parse_link_header(header) == {"next": f"{BASE}?page=2", "last": f"{BASE}?page=9"}


def test_parse_unquoted_rel() -> None:
    assert parse_link_header(f"<{BASE}?page=3>; rel=prev") == {"prev": f"{BASE}?page=3"}


def test_no_header() -> None:
    assert parse_link_header(None) == {}
    assert parse_link_header("") == {}


def _server(pages: int) -> Any:
    def fetch(url: str) -> tuple[list[Any], Mapping[str, str]]:
        page = int(url.rsplit("=", 1)[1])
        headers = {}
        if page < pages:
            headers["Link"] = f'<{BASE}?page={page + 1}>; rel="next", <{BASE}?page={pages}>; rel="last"'
        return [f"order-{page}-{i}" for i in range(2)], headers

    return fetch


def test_iter_items_follows_next() -> None:
    assert list(iter_items(_server(3), f"{BASE}?page=1")) == [
        "order-1-0", "order-1-1", "order-2-0", "order-2-1", "order-3-0", "order-3-1",
    ]


def test_runaway_pagination_stops() -> None:
    def loop(url: str) -> tuple[list[Any], Mapping[str, str]]:
        return [], {"Link": f'<{url}>; rel="next"'}

    with pytest.raises(RuntimeError):
        list(iter_pages(loop, f"{BASE}?page=1", max_pages=5))
