import pytest

from weatherdesk.compass import arrow_rotation, compass_point
from weatherdesk.readings import parse_upload
from weatherdesk.summary import daily_summary

UPLOAD = """taken_at,speed_kmh,gust_kmh,bearing
2024-03-02T09:00:00,14.0,22.0,225
2024-03-02T09:10:00,16.0,27.5,231
2024-03-02T09:20:00,12.0,19.0,242
2024-03-02T09:30:00,1.0,3.0,90
"""


@pytest.mark.parametrize(
    ("bearing", "point"),
    [(0, "N"), (10, "N"), (12, "NNE"), (90, "E"), (200, "SSW"), (300, "WNW"), (340, "NNW")],
)
def test_compass_point(bearing: float, point: str) -> None:
    assert compass_point(bearing) == point


def test_bearing_out_of_range() -> None:
    with pytest.raises(ValueError):
        compass_point(361)


def test_arrow_points_downwind() -> None:
    assert arrow_rotation(270) == 90


def test_daily_summary_south_westerly() -> None:
    summary = daily_summary(parse_upload(UPLOAD))
    assert summary == {"mean_kmh": 10.8, "max_gust_kmh": 27.5, "prevailing": "SW"}


def test_calm_day_has_no_prevailing_direction() -> None:
    calm = parse_upload("taken_at,speed_kmh,gust_kmh,bearing\n2024-03-03T00:00:00,0.5,1.0,180\n")
    assert daily_summary(calm)["prevailing"] is None
