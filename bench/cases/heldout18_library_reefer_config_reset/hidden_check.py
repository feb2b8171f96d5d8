import pytest

from reefer.config import DEFAULT_CONFIG, parse_config
from reefer.unit import Unit


def test_empty_payload_is_the_default_config() -> None:
    assert parse_config(b"") == {"setpoint_c": 4.0, "alarm_margin_c": 2.0, "report_interval_s": 300}


def test_reset_to_defaults_on_a_unit() -> None:
    unit = Unit("MSKU-4410")
    unit.on_message("units/MSKU-4410/config", b'{"setpoint_c": -18.0, "alarm_margin_c": 1.5}')
    unit.on_message("units/MSKU-4410/config", b"")
    assert unit.config == DEFAULT_CONFIG
    # Chilled cargo again: 7.5 C is out of 4 +- 2, 5.5 C is within it.
    assert unit.check(7.5) is True
    assert unit.check(5.5) is False


def test_settings_after_a_reset() -> None:
    unit = Unit("MSKU-7")
    unit.on_message("units/MSKU-7/config", b"")
    unit.on_message("units/MSKU-7/config", b'{"report_interval_s": 60}')
    assert DEFAULT_CONFIG["report_interval_s"] == 300
    assert unit.config["report_interval_s"] == 60


def test_garbage_is_still_refused() -> None:
    unit = Unit("MSKU-4410")
    unit.on_message("units/MSKU-4410/config", b'{"setpoint_c": -18.0}')
    for payload in (b"{setpoint", b"null", b"[]"):
        with pytest.raises(ValueError):
            unit.on_message("units/MSKU-4410/config", payload)
    assert unit.config["setpoint_c"] == -18.0
