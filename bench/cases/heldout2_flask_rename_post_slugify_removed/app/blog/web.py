from __future__ import annotations

from flask import Flask, abort, request

from blog import text

app = Flask(__name__)

#: slug -> post
POSTS: dict[str, dict[str, str]] = {}


def _public(post: dict[str, str]) -> dict[str, str]:
    return {"slug": post["slug"], "title": post["title"], "excerpt": text.excerpt(post["body"])}


@app.post("/posts")
def create_post():
    payload = request.get_json(silent=True) or {}
    title, body = payload.get("title", "").strip(), payload.get("body", "")
    if not title:
        return {"error": "title is required"}, 400
    slug = text.make_slug(title)
    if slug in POSTS:
        return {"error": f"a post at /posts/{slug} exists"}, 409
    POSTS[slug] = {"slug": slug, "title": title, "body": body}
    return _public(POSTS[slug]), 201


@app.get("/posts/<slug>")
def show_post(slug: str):
    post = POSTS.get(slug) or abort(404)
    return _public(post)


@app.put("/posts/<slug>/title")
def retitle_post(slug: str):
    """Changes the title; the post moves to the new title's slug."""
    post = POSTS.get(slug) or abort(404)
    title = (request.get_json(silent=True) or {}).get("title", "").strip()
    if not title:
        return {"error": "title is required"}, 400
    new_slug = text.slugify(title)
    if new_slug != slug and new_slug in POSTS:
        return {"error": f"a post at /posts/{new_slug} exists"}, 409
    del POSTS[slug]
    post.update(slug=new_slug, title=title)
    POSTS[new_slug] = post
    return _public(post)
