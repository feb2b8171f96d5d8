from walkstats.gpx import Point, parse
from walkstats.profile import climb, summary


def track(*heights):
    return [Point(54.5 + i / 1000, -3.16, h) for i, h in enumerate(heights)]


def test_dropout_half_way_up_still_counts_the_whole_climb() -> None:
    assert climb(track(100.0, 120.0, None, None, 180.0, 150.0, None, 160.0)) == (90, 30)


def test_dropout_at_either_end() -> None:
    assert climb(track(None, 200.0, 250.0, 230.0)) == (50, 20)
    assert climb(track(300.0, 280.0, None)) == (0, 20)


def test_no_elevation_at_all() -> None:
    assert climb(track(None, None, None)) == (0, 0)
    assert climb(track(None)) == (0, 0)


def test_summary_of_an_uploaded_track() -> None:
    gpx = """<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
  <trkpt lat="54.5160" lon="-3.1590"><ele>95.2</ele></trkpt>
  <trkpt lat="54.5142" lon="-3.1611"><ele>148.0</ele></trkpt>
  <trkpt lat="54.5121" lon="-3.1634"></trkpt>
  <trkpt lat="54.5104" lon="-3.1650"></trkpt>
  <trkpt lat="54.5089" lon="-3.1672"><ele>402.6</ele></trkpt>
  <trkpt lat="54.5075" lon="-3.1690"><ele>455.1</ele></trkpt>
  <trkpt lat="54.5110" lon="-3.1640"><ele>260.3</ele></trkpt>
  <trkpt lat="54.5158" lon="-3.1595"><ele>96.0</ele></trkpt>
</trkseg></trk></gpx>"""
    result = summary(parse(gpx))
    assert (result["ascent_m"], result["descent_m"], result["highest_m"]) == (360, 359, 455)
