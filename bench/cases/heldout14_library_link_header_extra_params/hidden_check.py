from collections.abc import Mapping
from typing import Any

from pagewalk import iter_items, parse_link_header

BASE = "https://shop.example.net/api/v2/orders"


def test_extra_parameters_after_rel() -> None:
    header = (
        f'<{BASE}?page=2>; rel="next"; type="application/json", '
        f'<{BASE}?page=3>; rel="last"; type="application/json"'
    )
    assert parse_link_header(header) == {"next": f"{BASE}?page=2", "last": f"{BASE}?page=3"}


def test_parameters_in_any_order_and_quoting() -> None:
    header = (
        f'<{BASE}?page=4>; title="Next page"; rel="next", '
        f"<{BASE}?page=2>; type=application/json; rel=prev"
    )
    assert parse_link_header(header) == {"next": f"{BASE}?page=4", "prev": f"{BASE}?page=2"}


def test_sync_reads_every_page() -> None:
    def fetch(url: str) -> tuple[list[Any], Mapping[str, str]]:
        page = int(url.rsplit("=", 1)[1])
        links = [f'<{BASE}?page={page + 1}>; rel="next"; type="application/json"'] if page < 3 else []
        links.append(f'<{BASE}?page=3>; rel="last"; type="application/json"')
        return [page * 100 + i for i in range(2)], {"Link": ", ".join(links)}

    assert list(iter_items(fetch, f"{BASE}?page=1")) == [100, 101, 200, 201, 300, 301]


def test_plain_links_still_parse() -> None:
    header = f'<{BASE}?page=2>; rel="next", <{BASE}?page=9>; rel=last'
    assert parse_link_header(header) == {"next": f"{BASE}?page=2", "last": f"{BASE}?page=9"}
