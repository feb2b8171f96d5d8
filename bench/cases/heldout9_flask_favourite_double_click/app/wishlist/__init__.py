from __future__ import annotations

from flask import Flask, Response, jsonify

from wishlist import db


def create_app(database: str) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = database
    app.teardown_appcontext(db.close)
    db.init_db(database)

    @app.get("/customers/<int:customer_id>/favourites")
    def favourites(customer_id: int) -> Response:
        rows = db.connection().execute(
            "SELECT sku FROM favourite WHERE customer_id = ? ORDER BY added_at, sku",
            (customer_id,),
        )
        return jsonify([sku for (sku,) in rows])

    @app.put("/customers/<int:customer_id>/favourites/<sku>")
    def add_favourite(customer_id: int, sku: str) -> tuple[str, int]:
        """Marks a product as a favourite. Idempotent, like every PUT: the heart button
        may send it twice (double tap, retry on a flaky network), and favouriting a
        product that already is one is a no-op that answers 204 as well."""
        conn = db.connection()
        with conn:
            conn.execute(
                "INSERT INTO favourite (customer_id, sku) VALUES (?, ?)", (customer_id, sku)
            )
        return "", 204

    @app.delete("/customers/<int:customer_id>/favourites/<sku>")
    def remove_favourite(customer_id: int, sku: str) -> tuple[str, int]:
        conn = db.connection()
        with conn:
            conn.execute(
                "DELETE FROM favourite WHERE customer_id = ? AND sku = ?", (customer_id, sku)
            )
        return "", 204

    return app
