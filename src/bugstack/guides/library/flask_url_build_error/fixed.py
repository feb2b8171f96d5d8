"""A reading list: adding a book sends the reader to the book's page."""

from dataclasses import dataclass

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@dataclass
class Book:
    id: int
    title: str


books: dict[int, Book] = {1: Book(1, "Dune")}


def _as_json(book: Book) -> dict[str, object]:
    return {"id": book.id, "title": book.title, "url": url_for("book_page", book_id=book.id)}


@app.get("/books/<int:book_id>")
def book_page(book_id: int) -> dict[str, object]:
    return _as_json(books[book_id])


@app.post("/books")
def add_book():
    book = Book(max(books) + 1, request.form["title"])
    books[book.id] = book
    # 303: reloading the book's page must not post the form again.
    return redirect(url_for("book_page", book_id=book.id), code=303)


if __name__ == "__main__":
    app.testing = True  # let errors reach the caller instead of a bare 500 page
    client = app.test_client()
    print(client.post("/books", data={"title": "Solaris"}).headers["Location"])
