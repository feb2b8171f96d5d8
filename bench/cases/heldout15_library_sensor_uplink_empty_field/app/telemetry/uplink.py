"""The line format the partner's LoRa gateway forwards, one uplink per line:

    dev=th-0042;t=21.5;h=40;bat=3.61

``dev`` is the device id; every other field is a quantity (``t`` temperature in °C,
``h`` relative humidity in %, ``bat`` battery voltage). A sensor that could not take a
measurement sends the field empty (``h=``): that quantity is missing from the reading;
it is not zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class PayloadError(ValueError):
    """A line that is not an uplink at all: no device id, or a field without '='."""


@dataclass
class Reading:
    device: str
    values: dict[str, float] = field(default_factory=dict)


def decode(line: str) -> Reading:
    fields = [part for part in line.strip().split(";") if part]
    device = ""
    values: dict[str, float] = {}
    for part in fields:
        key, sep, raw = part.partition("=")
        if not sep:
            raise PayloadError(f"field without '=': {part!r}")
        key = key.strip()
        if key == "dev":
            device = raw.strip()
            continue
        values[key] = float(raw)
    if not device:
        raise PayloadError(f"uplink without a device id: {line!r}")
    return Reading(device, values)


def decode_batch(lines: list[str]) -> list[Reading]:
    """The readings of a gateway's batch, in order; blank lines are keep-alives."""
    return [decode(line) for line in lines if line.strip()]
