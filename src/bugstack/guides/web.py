"""The published guides: ``/guides/`` (searchable index) and ``/guides/{id}`` (one page each).

The server includes ``router``; pages are rendered from the guide files on first request
and kept for the life of the process.
"""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from bugstack.guides import Guide, guide_by_id, load_guides
from bugstack.guides.render import PYGMENTS_CSS, render_guide

__all__ = ["router", "search_guides"]

router = APIRouter(prefix="/guides", tags=["guides"])


@lru_cache(maxsize=1)
def _templates() -> Environment:
    return Environment(
        loader=PackageLoader("bugstack.guides", "templates"),
        autoescape=select_autoescape(["html"]),
    )


def search_guides(
    exception: str | None = None, framework: str | None = None, q: str | None = None
) -> list[Guide]:
    """Guides for an exception type and/or a framework, optionally containing some text.

    The exception matches any type a guide recognises, by its short or qualified name,
    case-insensitively; the text is looked up in the title and every section.
    """
    found = load_guides()
    if exception:
        wanted = exception.strip().lower()
        found = [
            g
            for g in found
            if any(wanted in (t.lower(), t.rsplit(".", 1)[-1].lower()) for t in g.exception_types)
        ]
    if framework:
        wanted_fw = framework.strip().lower()
        found = [g for g in found if wanted_fw in (f.lower() for f in g.frameworks)]
    if q:
        words = q.lower().split()
        found = [
            g
            for g in found
            if all(w in (g.title + "\n" + "\n".join(g.sections.values())).lower() for w in words)
        ]
    return found


def _context(request: Request) -> dict[str, object]:
    return {
        "pygments_css": PYGMENTS_CSS,
        "index_url": str(request.url_for("guides_index")),
        "guide_url": lambda g: str(request.url_for("guide_page", guide_id=g.id)),
    }


@router.get("/", response_class=HTMLResponse, name="guides_index")
def guides_index(
    request: Request,
    exception: str | None = Query(default=None, max_length=200),
    framework: str | None = Query(default=None, max_length=100),
    q: str | None = Query(default=None, max_length=200),
) -> HTMLResponse:
    everything = load_guides()
    html = (
        _templates()
        .get_template("index.html")
        .render(
            **_context(request),
            guides=search_guides(exception, framework, q),
            exceptions=sorted({t for g in everything for t in g.exception_types}),
            frameworks=sorted({f for g in everything for f in g.frameworks}),
            exception=exception or "",
            framework=framework or "",
            q=q or "",
        )
    )
    return HTMLResponse(html)


@router.get("/{guide_id}", response_class=HTMLResponse, name="guide_page",
            responses={404: {"description": "No guide with this id"}})
def guide_page(request: Request, guide_id: str) -> HTMLResponse:
    guide = guide_by_id(guide_id)
    if guide is None:
        raise HTTPException(status_code=404, detail=f"no guide {guide_id!r}")
    html = (
        _templates()
        .get_template("guide.html")
        .render(**_context(request), page=render_guide(guide))
    )
    return HTMLResponse(html)
