"""The roastery's subscription service: who gets which coffee, and when."""

from __future__ import annotations

from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    from roastery.views import bp

    app.register_blueprint(bp)
    return app
