from flask import Flask, request

app = Flask(__name__)
ITEMS: list[dict[str, str]] = []


@app.post("/items")
def create_item():
    """Create a to-do item from JSON ``{"title": str, "note": str}``; ``note`` is optional
    and defaults to an empty string."""
    payload = request.get_json()
    if not payload.get("title"):
        return {"error": "title is required"}, 400
    item = {"title": payload["title"], "note": payload["note"]}
    ITEMS.append(item)
    return item, 201
