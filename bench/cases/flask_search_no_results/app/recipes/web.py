from flask import Flask, jsonify, request

from recipes.search import matching

app = Flask(__name__)


@app.get("/search")
def search():
    """``{"count": n, "top": <best recipe name or null>, "names": [...]}``."""
    found = matching(request.args.get("q", ""))
    return jsonify(count=len(found), top=found[0]["name"], names=[r["name"] for r in found])
