"""The nightly order sync pages through a shop API whose Link header carries a type too."""

from pagewalk import iter_items

BASE = "https://shop.example.net/api/v2/orders"


def fetch(url):
    page = int(url.rsplit("=", 1)[1])
    links = [f'<{BASE}?page={page + 1}>; rel="next"; type="application/json"'] if page < 3 else []
    links.append(f'<{BASE}?page=3>; rel="last"; type="application/json"')
    return [{"id": page * 100 + i} for i in range(50)], {"Link": ", ".join(links)}


orders = list(iter_items(fetch, f"{BASE}?page=1"))
print(len(orders), "orders synced")
