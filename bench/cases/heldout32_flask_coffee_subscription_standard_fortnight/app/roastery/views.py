from __future__ import annotations

from flask import Blueprint, abort, jsonify, request
from flask.typing import ResponseReturnValue

from roastery import plans, schedule

bp = Blueprint("subscriptions", __name__, url_prefix="/subscriptions")


def _load(sub_id: int) -> plans.Subscription:
    sub = plans.get(sub_id)
    if sub is None:
        abort(404)
    return sub


@bp.get("/<int:sub_id>")
def show(sub_id: int) -> ResponseReturnValue:
    sub = _load(sub_id)
    return jsonify(
        customer=sub.customer,
        coffee=sub.coffee,
        bags=sub.bags,
        every_weeks=sub.every_weeks or schedule.DEFAULT_INTERVAL_WEEKS,
        next_delivery=None if sub.paused else sub.next_delivery.isoformat(),
        paused=sub.paused,
    )


@bp.get("/<int:sub_id>/upcoming")
def upcoming(sub_id: int) -> ResponseReturnValue:
    sub = _load(sub_id)
    count = request.args.get("count", 4, type=int)
    return jsonify(deliveries=[day.isoformat() for day in schedule.upcoming(sub, count)])


@bp.post("/<int:sub_id>/skip")
def skip(sub_id: int) -> ResponseReturnValue:
    sub = _load(sub_id)
    if sub.paused:
        return jsonify(error="subscription is paused"), 409
    return jsonify(next_delivery=schedule.skip_next(sub).isoformat())
