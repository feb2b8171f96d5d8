"""The public catalogue of the Eastfield branch libraries."""

from __future__ import annotations

from typing import Any

from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.json.sort_keys = False
    app.config.update(config or {})

    from catalogue.views import bp

    app.register_blueprint(bp)
    return app
