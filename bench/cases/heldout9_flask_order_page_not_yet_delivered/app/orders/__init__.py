from __future__ import annotations

from flask import Flask, abort, render_template

from orders.store import find_order


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/orders/<number>")
    def order_page(number: str) -> str:
        order = find_order(number)
        if order is None:
            abort(404)
        return render_template("order.html", order=order)

    return app
