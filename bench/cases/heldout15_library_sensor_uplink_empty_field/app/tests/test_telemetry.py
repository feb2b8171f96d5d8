import pytest

from telemetry.dashboard import low_battery, mean
from telemetry.uplink import PayloadError, Reading, decode, decode_batch


def test_decode_full_uplink() -> None:
    assert decode("dev=th-0042;t=21.5;h=40;bat=3.61") == Reading("th-0042", {"t": 21.5, "h": 40.0, "bat": 3.61})


def test_trailing_separator_and_blank_lines() -> None:
    readings = decode_batch(["dev=th-1;t=19;", "", "dev=th-2;t=20.5;h=55"])
    assert [r.device for r in readings] == ["th-1", "th-2"]


def test_not_an_uplink() -> None:
    with pytest.raises(PayloadError):
        decode("t=21.5;h=40")
    with pytest.raises(PayloadError):
        decode("dev=th-1;garbage")


def test_low_battery_uses_latest_voltage() -> None:
    readings = [
        Reading("th-1", {"bat": 3.1}),
        Reading("th-2", {"bat": 3.2}),
        Reading("th-1", {"bat": 3.6}),
    ]
    assert low_battery(readings) == ["th-2"]


def test_mean_of_what_is_reported() -> None:
    readings = [Reading("a", {"t": 20.0}), Reading("b", {"h": 50.0}), Reading("c", {"t": 21.0})]
    assert mean(readings, "t") == 20.5
    assert mean(readings, "co2") is None
