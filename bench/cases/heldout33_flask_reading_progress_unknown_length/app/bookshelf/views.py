from __future__ import annotations

from flask import Blueprint, abort, jsonify

from bookshelf.catalogue import EDITIONS, SHELVES
from bookshelf.progress import pages_left, percent_read

shelf = Blueprint("shelf", __name__)


@shelf.get("/readers/<reader>/shelf")
def reader_shelf(reader: str):
    readings = SHELVES.get(reader)
    if readings is None:
        abort(404)
    books = []
    for reading in readings:
        edition = EDITIONS[reading.isbn]
        books.append(
            {
                "isbn": edition.isbn,
                "title": edition.title,
                "author": edition.author,
                "pages_read": reading.pages_read,
                "percent": percent_read(reading.pages_read, edition.page_count),
                "pages_left": pages_left(reading.pages_read, edition.page_count),
            }
        )
    finished = sum(1 for book in books if book["percent"] == 100)
    return jsonify(reader=reader, books=books, finished=finished)
