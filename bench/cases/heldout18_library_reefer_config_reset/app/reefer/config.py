"""A unit's settings, as the operations console publishes them."""

from __future__ import annotations

import json
from typing import Any

#: What a unit runs on until the console sets something else.
DEFAULT_CONFIG: dict[str, Any] = {
    "setpoint_c": 4.0,
    "alarm_margin_c": 2.0,
    "report_interval_s": 300,
}


def parse_config(payload: bytes) -> dict[str, Any]:
    """The unit's configuration from its retained ``units/<id>/config`` message.

    The message is a JSON object holding the settings the operator changed; settings it
    does not name keep their DEFAULT_CONFIG value. "Reset to defaults" on the console
    clears the retained message, which the broker delivers as an empty payload: the unit
    then runs on DEFAULT_CONFIG. Anything else that is not a JSON object of known
    settings is refused with ValueError, and the unit keeps its current configuration.
    """
    settings = json.loads(payload)
    if not isinstance(settings, dict):
        raise ValueError(f"config must be a JSON object, not {type(settings).__name__}")
    unknown = sorted(set(settings) - set(DEFAULT_CONFIG))
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(unknown)}")
    return {**DEFAULT_CONFIG, **settings}
