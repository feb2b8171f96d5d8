"""One container monitor: what it does with each message of its topics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reefer.config import DEFAULT_CONFIG, parse_config


@dataclass
class Alarm:
    temperature_c: float
    low: float
    high: float


@dataclass
class Unit:
    unit_id: str
    config: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_CONFIG))
    alarms: list[Alarm] = field(default_factory=list)

    def on_message(self, topic: str, payload: bytes) -> None:
        """Called by the MQTT client for every message on ``units/<id>/#``; an
        exception is logged by the client loop and the message dropped."""
        kind = topic.rsplit("/", 1)[-1]
        if kind == "config":
            self.config = parse_config(payload)
        elif kind == "temperature":
            self.check(float(payload))

    def check(self, temperature_c: float) -> bool:
        """True, and an alarm recorded, when a reading is outside setpoint +- margin."""
        low = self.config["setpoint_c"] - self.config["alarm_margin_c"]
        high = self.config["setpoint_c"] + self.config["alarm_margin_c"]
        if low <= temperature_c <= high:
            return False
        self.alarms.append(Alarm(temperature_c, low, high))
        return True
