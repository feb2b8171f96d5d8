from flask import Flask, abort, request

from catalog.paging import paginate

app = Flask(__name__)

PRODUCTS = [
    {"sku": "T-1", "name": "Linen shirt", "category": "shirts"},
    {"sku": "T-2", "name": "Oxford shirt", "category": "shirts"},
    {"sku": "T-3", "name": "Flannel shirt", "category": "shirts"},
    {"sku": "T-4", "name": "Denim shirt", "category": "shirts"},
    {"sku": "T-5", "name": "Polo shirt", "category": "shirts"},
    {"sku": "H-1", "name": "Wool beanie", "category": "hats"},
]

#: Category pages are laid out two products wide.
CATEGORY_PAGE_SIZE = 2


def _page_number() -> int:
    return request.args.get("page", 1, type=int)


@app.get("/search")
def search():
    words = request.args.get("q", "").lower().split()
    found = [p for p in PRODUCTS if all(w in p["name"].lower() for w in words)]
    return paginate(found, _page_number(), page_size=10).as_json()


@app.get("/categories/<name>")
def category(name: str):
    products = [p for p in PRODUCTS if p["category"] == name]
    if not products:
        abort(404)
    page = _page_number()
    if page == 1:
        # The first page is cached by the CDN and rendered from the featured list.
        return {"items": products[:CATEGORY_PAGE_SIZE], "page": 1,
                "pages": -(-len(products) // CATEGORY_PAGE_SIZE)}
    return paginate(products, page, per_page=CATEGORY_PAGE_SIZE).as_json()
