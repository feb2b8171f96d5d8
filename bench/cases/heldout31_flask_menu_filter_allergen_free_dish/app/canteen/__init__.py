from __future__ import annotations

from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["KITCHEN_TOKEN"] = "kitchen-dev-token"

    from canteen.views import bp

    app.register_blueprint(bp)
    return app
