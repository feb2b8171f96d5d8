from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, abort, g, jsonify, request

from projects_api import keys

app = Flask(__name__)

PROJECTS: dict[str, list[dict[str, Any]]] = {}


def reset_projects() -> None:
    PROJECTS.clear()
    PROJECTS["acme"] = [{"id": 1, "name": "Website"}, {"id": 2, "name": "Mobile app"}]
    PROJECTS["globex"] = [{"id": 1, "name": "Warehouse"}]


reset_projects()


def require_scope(scope: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The request must carry a workspace API key (``Authorization: Bearer <token>``)
    granting ``scope``: 401 without a live key, 403 when the key lacks the scope."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            header = request.headers.get("Authorization", "")
            token = header.removeprefix("Bearer ").strip()
            key = keys.find(token) if token else None
            if key is None:
                abort(401)
            if scope not in key.scopes.split(","):
                abort(403)
            g.key = key
            return view(*args, **kwargs)

        return wrapped

    return decorator


@app.get("/api/projects")
@require_scope("projects:read")
def list_projects() -> Any:
    return jsonify(PROJECTS.get(g.key.workspace, []))


@app.post("/api/projects")
@require_scope("projects:write")
def create_project() -> Any:
    name = (request.get_json(silent=True) or {}).get("name", "").strip()
    if not name:
        abort(400)
    projects = PROJECTS.setdefault(g.key.workspace, [])
    project = {"id": len(projects) + 1, "name": name}
    projects.append(project)
    return jsonify(project), 201


@app.get("/internal/workspaces/<slug>/keys")
def list_keys(slug: str) -> Any:
    """The settings page's key list (served on the internal admin host only)."""
    return jsonify([keys.describe(k) for k in keys.of_workspace(slug)])
