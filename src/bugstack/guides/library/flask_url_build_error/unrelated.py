"""url_for calls that build: each endpoint exists and gets its route's variables."""

from flask import Flask, redirect, url_for
from werkzeug.wrappers import Response

app = Flask(__name__)


@app.get("/authors/<int:author_id>")
def author_page(author_id: int) -> dict[str, object]:
    return {"id": author_id, "url": url_for("author_page", author_id=author_id)}


@app.get("/authors/<int:author_id>/latest")
def latest_by(author_id: int) -> Response:
    # A value the route does not name is sent as the query string (?format=short).
    return redirect(url_for("author_page", author_id=author_id, format="short"))


@app.get("/")
def home() -> Response:
    return redirect(url_for("author_page", author_id=1, _anchor="top"))
