"""Watering rota for the plant nursery's greenhouse benches."""

from __future__ import annotations

from flask import Flask


def create_app() -> Flask:
    from nursery.views import bp

    app = Flask(__name__)
    app.register_blueprint(bp)
    return app
