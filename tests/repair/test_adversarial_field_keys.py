"""missing_key under review: a sibling's 404 answers a record the caller named by its id;
a field the request body left out (``changes["isbn"]`` of a partial update) names no
record, and answering 404 there would tell the client the book does not exist."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

API = '''
    from __future__ import annotations

    from fastapi import FastAPI, HTTPException
    from pydantic import BaseModel

    app = FastAPI()
    BOOKS: dict[int, dict[str, str]] = {}


    def reset() -> None:
        BOOKS.clear()
        BOOKS[1] = {"title": "Dune", "isbn": "9780441172719"}


    class BookUpdate(BaseModel):
        title: str | None = None
        isbn: str | None = None


    @app.get("/books/{book_id}")
    def read_book(book_id: int) -> dict[str, str]:
        book = BOOKS.get(book_id)
        if book is None:
            raise HTTPException(status_code=404)
        return book


    @app.patch("/books/{book_id}")
    def update_book(book_id: int, update: BookUpdate) -> dict[str, str]:
        """Only the fields the client sends change. ISBNs are stored without hyphens."""
        book = BOOKS.get(book_id)
        if book is None:
            raise HTTPException(status_code=404)
        changes = update.model_dump(exclude_unset=True)
        changes["isbn"] = changes["isbn"].replace("-", "")
        book.update(changes)
        return book


    reset()
'''

TESTS = '''
    from fastapi.testclient import TestClient

    from library.api import app, reset


    def test_unknown_book() -> None:
        reset()
        assert TestClient(app).get("/books/9").status_code == 404


    def test_change_isbn() -> None:
        reset()
        response = TestClient(app).patch("/books/1", json={"isbn": "978-0-441-17271-9"})
        assert response.json() == {"title": "Dune", "isbn": "9780441172719"}
'''

TRIGGER = '''
from fastapi.testclient import TestClient
from library.api import app
TestClient(app).patch("/books/1", json={"title": "Dune Messiah"})
'''

# Book 1 exists: a body without an ISBN is no reason to tell the client it does not.
CHECK = ('from fastapi.testclient import TestClient\nfrom library.api import app, reset\n'
         'reset()\nclient = TestClient(app, raise_server_exceptions=False)\n'
         'r = client.patch("/books/1", json={"title": "Dune Messiah"})\n'
         'assert r.status_code == 200, r.text\n'
         'assert r.json() == {"title": "Dune Messiah", "isbn": "9780441172719"}, r.text')


def test_a_field_the_body_left_out_is_no_missing_record(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"library/__init__.py": "", "library/api.py": API,
                                    "tests/test_api.py": TESTS}, TRIGGER, CHECK,
                         framework="fastapi")
    assert data is not None and data["status"] == "fixed"
    assert "404" not in "\n".join(line for line in (data.get("patch") or "").splitlines()
                                  if line.startswith("+"))


def test_a_silent_docstring_backs_no_answer_for_a_field_left_out(tmp_path: Path) -> None:
    silent = API.replace("Only the fields the client sends change. ", "")
    assert silent != API
    data = fix_and_check(tmp_path, {"library/__init__.py": "", "library/api.py": silent,
                                    "tests/test_api.py": TESTS}, TRIGGER, CHECK,
                         framework="fastapi")
    assert data is not None and data["status"] != "fixed"


CART = '''
    from flask import Flask, abort, session

    app = Flask(__name__)
    app.secret_key = "test-only"
    PRICES = {"rye": 480, "croissant": 110}
    #: Session key of the cart: {sku: quantity}.
    CART_KEY = "cart"


    @app.post("/cart/add/<sku>")
    def add_to_cart(sku: str):
        if sku not in PRICES:
            abort(404)
        cart = session.get(CART_KEY, {})
        cart[sku] = cart.get(sku, 0) + 1
        session[CART_KEY] = cart
        return {"added": sku}


    @app.get("/cart")
    def cart_page():
        cart = session[CART_KEY]
        return {"lines": sorted(cart.items()),
                "total": sum(PRICES[sku] * n for sku, n in cart.items())}
'''

CART_TESTS = '''
    from shop.web import app


    def test_add_then_view() -> None:
        client = app.test_client()
        client.post("/cart/add/rye")
        assert client.get("/cart").get_json() == {"lines": [["rye", 1]], "total": 480}
'''

# A first visit has no cart yet: the page exists, so a 404 would be a made-up answer.
CART_CHECK = ('from shop.web import app\n'
              'r = app.test_client().get("/cart")\n'
              'assert r.status_code != 404, r.get_data(as_text=True)\n'
              'assert r.get_json() == {"lines": [], "total": 0}, r.get_data(as_text=True)')


def test_a_slot_named_by_a_module_constant_is_no_missing_record(tmp_path: Path) -> None:
    # The sibling answers an unknown product (named by the URL) with a 404; the cart's
    # key is the same on every request, so its absence is a first visit, not a record
    # that does not exist (a wrong fix on held-out batch 8 was one failed check away).
    data = fix_and_check(tmp_path, {"shop/__init__.py": "", "shop/web.py": CART,
                                    "tests/test_web.py": CART_TESTS},
                         'from shop.web import app\napp.test_client().get("/cart")',
                         CART_CHECK, framework="flask")
    assert data is not None
    added = [line for line in (data.get("patch") or "").splitlines() if line.startswith("+")]
    assert not any("404" in line for line in added), data["patch"]
    assert not any("404" in (c.get("contract") or "") and c.get("holds")
                   for c in data["checks"].get("candidates", [])), data["checks"]
    # The sibling reads the same constant with `.get(CART_KEY, {})`: that default holds.
    assert data["status"] == "fixed", data["explanation"]
    assert "cart = session.get(CART_KEY, {})" in data["patch"]
