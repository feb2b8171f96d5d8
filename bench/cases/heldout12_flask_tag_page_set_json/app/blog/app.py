from __future__ import annotations

from flask import Flask, abort, jsonify

from blog import posts

app = Flask(__name__)


def post_json(post: posts.Post) -> dict[str, object]:
    return {"id": post.id, "title": post.title, "tags": sorted(post.tags)}


@app.get("/posts/<int:post_id>")
def show_post(post_id: int):
    post = posts.get(post_id)
    if post is None:
        abort(404)
    return jsonify(post_json(post))


@app.get("/tags/<tag>")
def tagged(tag: str):
    """The tag page: every post carrying ``tag``, with all of its tags for the chips."""
    matching = [p for p in posts.everything() if tag in p.tags]
    return jsonify({"tag": tag, "posts": [{"id": p.id, "title": p.title, "tags": p.tags} for p in matching]})
