from __future__ import annotations

from dataclasses import asdict
from math import ceil

from flask import Blueprint, abort, jsonify, request
from flask.typing import ResponseReturnValue

from catalogue import holdings

bp = Blueprint("catalogue", __name__)

DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50


@bp.get("/books")
def list_books() -> ResponseReturnValue:
    """One page of the catalogue, sorted by title.

    Query string: ``page`` (1-based; without it, the first page), ``per_page``
    (DEFAULT_PER_PAGE unless given, at most MAX_PER_PAGE) and ``author`` (optional,
    any part of the name, case-insensitive). The home page links to ``/books``.
    """
    page = int(request.args.get("page"))
    per_page = min(request.args.get("per_page", DEFAULT_PER_PAGE, type=int), MAX_PER_PAGE)
    author = request.args.get("author", "").strip().lower()
    books = sorted(
        (b for b in holdings.BOOKS if author in b.author.lower()), key=lambda b: b.title
    )
    start = (page - 1) * per_page
    return jsonify(
        page=page,
        per_page=per_page,
        total=len(books),
        pages=ceil(len(books) / per_page),
        items=[asdict(b) for b in books[start : start + per_page]],
    )


@bp.get("/books/<isbn>")
def book(isbn: str) -> ResponseReturnValue:
    found = holdings.find(isbn)
    if found is None:
        abort(404)
    return jsonify(asdict(found))
