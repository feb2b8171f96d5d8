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
