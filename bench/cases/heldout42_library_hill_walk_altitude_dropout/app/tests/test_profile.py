from walkstats.gpx import Point, parse
from walkstats.profile import climb, distance_km, summary

GPX = """<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
 <trk><trkseg>
  <trkpt lat="54.4500" lon="-3.2100"><ele>120.0</ele></trkpt>
  <trkpt lat="54.4550" lon="-3.2050"><ele>310.5</ele></trkpt>
  <trkpt lat="54.4600" lon="-3.2000"><ele>295.0</ele></trkpt>
 </trkseg></trk>
</gpx>"""


def test_parse() -> None:
    points = parse(GPX)
    assert points[0] == Point(54.45, -3.21, 120.0)
    assert [p.ele for p in points] == [120.0, 310.5, 295.0]


def test_climb() -> None:
    assert climb(parse(GPX)) == (190, 16)


def test_flat_walk() -> None:
    assert climb([Point(51.5, -0.1, 12.0), Point(51.51, -0.1, 12.0)]) == (0, 0)


def test_distance() -> None:
    assert distance_km([Point(54.0, -3.0), Point(54.01, -3.0)]) == 1.11


def test_summary() -> None:
    assert summary(parse(GPX)) == {"distance_km": 1.29, "ascent_m": 190, "descent_m": 16, "highest_m": 310}
