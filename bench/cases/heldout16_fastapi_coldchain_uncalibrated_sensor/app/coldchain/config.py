"""The sensor inventory, from ``sensors.json`` (or the file named by COLDCHAIN_SENSORS).

Each sensor reports a raw ADC count; its temperature is ``raw * scale + offset_c`` in
degrees Celsius, and ``max_c`` is the highest temperature its room may reach.
``offset_c`` is measured on site when the sensor is calibrated, so it is null for a
sensor that is installed and already reporting but not calibrated yet.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TypedDict

DEFAULT_SENSORS_FILE = Path(__file__).with_name("sensors.json")


class Sensor(TypedDict):
    site: str
    scale: float
    offset_c: float | None
    max_c: float


def load_sensors(path: Path | None = None) -> dict[str, Sensor]:
    if path is None:
        path = Path(os.environ.get("COLDCHAIN_SENSORS", DEFAULT_SENSORS_FILE))
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["sensors"])


SENSORS: dict[str, Sensor] = load_sensors()
