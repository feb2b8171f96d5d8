from __future__ import annotations

from flask import Flask


def create_app(config: dict[str, object] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(config or {})

    from bookclub.views import bp

    app.register_blueprint(bp)
    return app
