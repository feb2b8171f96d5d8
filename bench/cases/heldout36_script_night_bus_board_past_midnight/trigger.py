"""The nightly cron builds the Harbour Road screen's board from the new feed, the first
one to carry the N7 night bus (its last two runs leave after midnight)."""

import tempfile
from pathlib import Path

from stopboard.board import main

feed = Path(tempfile.mkdtemp(prefix="gtfs-"))
(feed / "routes.txt").write_text("route_id,route_short_name\nr7,7\nrN7,N7\n", encoding="utf-8")
(feed / "trips.txt").write_text(
    "route_id,service_id,trip_id,trip_headsign\n"
    "r7,WD,7-0615,Harbour\nr7,WD,7-1840,Harbour\n"
    "rN7,WD,N7-2350,Harbour\nrN7,WD,N7-2435,Harbour\nrN7,WD,N7-2510,Harbour\n",
    encoding="utf-8",
)
(feed / "stop_times.txt").write_text(
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "7-0615,06:14:00,06:15:00,HRB1,4\n"
    "7-1840,18:39:00,18:40:00,HRB1,4\n"
    "N7-2350,23:49:30,23:50:00,HRB1,3\n"
    "N7-2435,24:34:30,24:35:00,HRB1,3\n"
    "N7-2510,25:09:30,25:10:00,HRB1,3\n",
    encoding="utf-8",
)
main([str(feed), "HRB1"])
