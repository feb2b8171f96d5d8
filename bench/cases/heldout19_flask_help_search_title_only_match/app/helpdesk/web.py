"""The help centre's search endpoint, used by the search box on every help page."""

from __future__ import annotations

from flask import Flask, abort, request

from helpdesk.articles import in_section
from helpdesk.search import search

#: Sections a search can be narrowed to (the tabs above the results).
SECTIONS = ("orders", "returns", "payments", "contact")
PER_PAGE = 10


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/help/search")
    def help_search() -> dict[str, object]:
        query = request.args.get("q", "")
        section = request.args.get("section") or None
        if section is not None and section not in SECTIONS:
            abort(404)
        hits = search(in_section(section), query)
        return {
            "query": query,
            "section": section,
            "total": len(hits),
            "results": [
                {
                    "title": hit.article.title,
                    "url": f"/help/{hit.article.slug}",
                    "snippet": hit.snippet,
                }
                for hit in hits[:PER_PAGE]
            ],
        }

    return app
