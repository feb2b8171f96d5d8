from __future__ import annotations

from flask import Flask, request

from courses.catalogue import by_level, search

app = Flask(__name__)


@app.get("/courses")
def list_courses():
    query = request.args.get("q", "").strip()
    level = request.args.get("level")
    found = search(query) if query else by_level(level) if level else []
    return {"courses": [{"code": c.code, "title": c.title} for c in found]}
