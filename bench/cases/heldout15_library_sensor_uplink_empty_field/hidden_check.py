import pytest

from telemetry.dashboard import low_battery, mean
from telemetry.uplink import PayloadError, Reading, decode, decode_batch


def test_empty_fields_are_missing_quantities() -> None:
    assert decode("dev=th-0043;t=22.0;h=;bat=") == Reading("th-0043", {"t": 22.0})


def test_a_sensor_that_could_not_read_its_battery_is_not_low() -> None:
    readings = decode_batch(
        [
            "dev=th-0042;t=21.5;h=40;bat=3.61",
            "dev=th-0043;t=22.0;h=;bat=",
            "dev=th-0044;t=20.5;h=44;bat=3.18",
        ]
    )
    assert low_battery(readings) == ["th-0044"]
    assert mean(readings, "h") == 42.0
    assert mean(readings, "t") == 21.33


def test_earlier_voltage_stands_when_the_latest_uplink_has_none() -> None:
    readings = decode_batch(["dev=th-7;bat=3.52", "dev=th-7;t=18.5;bat="])
    assert low_battery(readings) == []
    assert readings[1].values == {"t": 18.5}


def test_still_refuses_lines_that_are_not_uplinks() -> None:
    with pytest.raises(PayloadError):
        decode("h=;bat=")
