from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask.typing import ResponseReturnValue

from bikeshare import stations
from bikeshare.stations import Station

bp = Blueprint("stations", __name__)


def station_status(station: Station) -> dict[str, object]:
    """One station as the map shows it.

    ``fill`` is the share of docking points holding a bike, in whole percent, and
    ``status`` is "empty" with no bike to take, "full" with no free point, else "open".
    A station closed for repairs has ``fill`` null and status "closed": the map greys
    it out instead of drawing a gauge.
    """
    fill = round(100 * station.bikes / station.capacity)
    if station.bikes == 0:
        status = "empty"
    elif station.bikes >= station.capacity:
        status = "full"
    else:
        status = "open"
    return {
        "id": station.id,
        "name": station.name,
        "bikes": station.bikes,
        "free_points": max(station.capacity - station.bikes, 0),
        "fill": fill,
        "status": status,
    }


@bp.get("/stations")
def list_stations() -> ResponseReturnValue:
    return jsonify([station_status(s) for s in stations.all_stations()])


@bp.get("/stations/<int:station_id>")
def show_station(station_id: int) -> ResponseReturnValue:
    station = stations.get(station_id)
    if station is None:
        abort(404)
    return jsonify(station_status(station))
