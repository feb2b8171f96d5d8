from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request

from canteen import menu

bp = Blueprint("menu", __name__)


@bp.post("/menu")
def publish_menu():
    """The kitchen system pushes the day's menu here every morning."""
    if request.headers.get("X-Kitchen-Token") != current_app.config["KITCHEN_TOKEN"]:
        abort(403)
    export = request.get_json(silent=True)
    if not isinstance(export, dict):
        return jsonify(error="expected a JSON object"), 400
    try:
        count = menu.publish(export)
    except menu.MenuError as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(published=count), 201


@bp.get("/menu")
def show_menu():
    """Today's dishes; ``?exclude=gluten,milk`` keeps only the dishes free of those."""
    date, dishes = menu.today()
    exclude = {
        name.strip().lower() for name in request.args.get("exclude", "").split(",") if name.strip()
    }
    unknown = exclude - menu.ALLERGENS
    if unknown:
        return jsonify(error=f"unknown allergens: {', '.join(sorted(unknown))}"), 400
    if exclude:
        dishes = menu.without(dishes, exclude)
    return jsonify(date=date, dishes=[menu.card(dish) for dish in dishes])
