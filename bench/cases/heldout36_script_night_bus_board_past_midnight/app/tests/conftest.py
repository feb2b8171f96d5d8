from pathlib import Path

import pytest

ROUTES = "route_id,route_short_name\nr7,7\nr12,12\n"
TRIPS = "route_id,trip_id,trip_headsign\nr7,t1,Harbour\nr7,t2,Harbour\nr12,t3,University\n"


@pytest.fixture
def write_feed(tmp_path: Path):
    """A minimal feed: routes.txt, trips.txt and the given stop_times.txt rows."""

    def write(stop_times: list[tuple[str, str, str]], extra_trips: str = "", extra_routes: str = "") -> Path:
        (tmp_path / "routes.txt").write_text(ROUTES + extra_routes, encoding="utf-8")
        (tmp_path / "trips.txt").write_text(TRIPS + extra_trips, encoding="utf-8")
        lines = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
        lines += [f"{trip},{time},{time},{stop},1" for trip, time, stop in stop_times]
        (tmp_path / "stop_times.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return tmp_path

    return write
