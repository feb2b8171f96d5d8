"""The device registry: which sensor hangs in which building, as the install team
provisioned it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Device:
    device_id: str
    site: str
    #: "temperature", "humidity" or "co2".
    kind: str


def normalise_id(raw: str) -> str:
    """A device id as the registry keys it: lower-case hex without separators.

    Ids are derived from the sensor's MAC address and every gateway firmware prints them
    its own way ("A4:C1:38:0B:7E:21", "a4-c1-38-0b-7e-21", "a4c1380b7e21"): all three
    are the same device.
    """
    return raw.strip().replace(":", "").replace("-", "").lower()


class Registry:
    def __init__(self, devices: Iterable[Device]) -> None:
        #: Normalised id -> device. Look up an id as a gateway printed it with get(),
        #: ``in``, or after normalise_id().
        self.devices: dict[str, Device] = {normalise_id(d.device_id): d for d in devices}

    def __contains__(self, device_id: object) -> bool:
        return isinstance(device_id, str) and normalise_id(device_id) in self.devices

    def __iter__(self) -> Iterator[Device]:
        return iter(self.devices.values())

    def get(self, device_id: str) -> Device | None:
        """The provisioned device with this id, in any printed form; None if there is none."""
        return self.devices.get(normalise_id(device_id))

    def sites(self) -> list[str]:
        return sorted({d.site for d in self})
