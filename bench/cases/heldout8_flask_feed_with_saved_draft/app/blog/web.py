from __future__ import annotations

from flask import Flask, jsonify

from blog.posts import POSTS, published_posts

app = Flask(__name__)

#: How many posts the feed carries; readers fetch it every hour.
FEED_SIZE = 10


@app.get("/posts")
def index():
    return jsonify([{"slug": p.slug, "title": p.title} for p in published_posts()])


@app.get("/feed.json")
def feed():
    """JSON Feed 1.1 of the newest FEED_SIZE posts, newest first. Like the index page,
    the feed shows published posts only: a draft must never reach feed readers."""
    newest = sorted(POSTS, key=lambda p: p.published, reverse=True)[:FEED_SIZE]
    return jsonify(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Crumb & Crust",
            "items": [
                {
                    "id": p.slug,
                    "title": p.title,
                    "date_published": p.published.isoformat(),
                }
                for p in newest
            ],
        }
    )
