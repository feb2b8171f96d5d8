"""The registry of installed sensors, exported nightly from the asset database."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Device:
    id: str
    site: str
    model: str


class Registry:
    def __init__(self, devices: list[Device]) -> None:
        self._by_id = {device.id: device for device in devices}

    @classmethod
    def from_csv(cls, path: Path) -> Registry:
        """Rows of ``id,site,model`` with a header line."""
        with path.open(newline="", encoding="utf-8") as handle:
            return cls([Device(r["id"], r["site"], r["model"]) for r in csv.DictReader(handle)])

    def lookup(self, device_id: str) -> Device | None:
        """The registered device with this id, or None when it is not in the registry.

        (It used to raise UnknownDevice. Unregistered units are normal, not an error:
        decommissioned sensors keep reporting until someone unplugs them, and new ones
        report in before the installer has filed them.)
        """
        return self._by_id.get(device_id)
