import pytest

from reefer.config import DEFAULT_CONFIG, parse_config
from reefer.unit import Unit


def test_partial_config_keeps_other_defaults() -> None:
    assert parse_config(b'{"setpoint_c": -18.0}') == {
        "setpoint_c": -18.0,
        "alarm_margin_c": 2.0,
        "report_interval_s": 300,
    }


def test_garbage_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_config(b"{setpoint: -18")


def test_unknown_setting_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown settings: setpoint"):
        parse_config(b'{"setpoint": -18}')


def test_not_an_object_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_config(b"[1, 2]")


def test_new_unit_runs_on_defaults() -> None:
    assert Unit("MSKU-1").config == DEFAULT_CONFIG


def test_frozen_cargo_alarm() -> None:
    unit = Unit("MSKU-4410")
    unit.on_message("units/MSKU-4410/config", b'{"setpoint_c": -18.0, "alarm_margin_c": 1.5}')
    unit.on_message("units/MSKU-4410/temperature", b"-17.2")
    unit.on_message("units/MSKU-4410/temperature", b"-15.9")
    assert [a.temperature_c for a in unit.alarms] == [-15.9]


def test_refused_config_keeps_the_current_one() -> None:
    unit = Unit("MSKU-4410")
    unit.on_message("units/MSKU-4410/config", b'{"setpoint_c": -18.0}')
    with pytest.raises(ValueError):
        unit.on_message("units/MSKU-4410/config", b"not json")
    assert unit.config["setpoint_c"] == -18.0
