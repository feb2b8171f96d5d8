"""Flask views that always return, and a helper that is not a view."""

from flask import Flask, abort

app = Flask(__name__)
items: dict[int, str] = {}


@app.get("/items/<int:item_id>")
def show(item_id: int) -> dict[str, str]:
    if item_id not in items:
        abort(404)
    return {"name": items[item_id]}


@app.delete("/items/<int:item_id>")
def remove(item_id: int) -> tuple[str, int]:
    items.pop(item_id, None)
    return "", 204


def log(message: str) -> None:
    print(message)
