"""The flask-url-build-error guide under review: werkzeug's "Did you mean" is a name
similarity, so an endpoint the call's values merely fit is not the link it meant."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

APP = '''
    from flask import Flask, url_for

    app = Flask(__name__)
    BOOKS = {1: {"title": "Dune", "author_id": 7}}


    @app.route("/books/<int:id>")
    def show_book(id):
        return {"title": BOOKS[id]["title"]}


    @app.route("/authors/<int:author_id>")
    def author_page(author_id):
        return {"author": author_id}


    @app.route("/books/<int:id>/links")
    def book_links(id):
        book = BOOKS[id]
        return {"self": url_for("show_book", id=id),
                "author": url_for("show_author", id=book["author_id"])}
'''

TESTS = '''
    from library import app


    def test_show_book():
        assert app.test_client().get("/books/1").get_json() == {"title": "Dune"}
'''

TRIGGER = '''
from library import app
app.test_client().get("/books/1/links")
'''

# The author link must not lead to a book page (/books/7).
CHECK = '''
from library import app
links = app.test_client().get("/books/1/links").get_json()
assert not links["author"].startswith("/books/"), links
'''


def test_an_endpoint_the_values_merely_fit_is_not_taken_for_the_one_meant(
        tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"library/__init__.py": APP, "tests/test_app.py": TESTS},
                         TRIGGER, CHECK, framework="flask")
    assert data is not None and data["status"] != "fixed"
