"""Rolling a gateway batch of readings up into one figure per site and sensor kind,
for the building dashboards."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from fleetsense.registry import Registry


@dataclass(frozen=True)
class Reading:
    #: As the gateway printed it (see registry.normalise_id).
    device_id: str
    value: float


@dataclass
class Rollup:
    #: (site, kind) -> mean of the batch's readings, rounded to 2 places.
    means: dict[tuple[str, str], float] = field(default_factory=dict)
    #: Readings of devices we never provisioned (a neighbour's sensor that our gateway
    #: happens to hear): left out of the means, counted for the ops dashboard.
    ignored: int = 0


def roll_up(readings: Iterable[Reading], registry: Registry) -> Rollup:
    sums: dict[tuple[str, str], float] = defaultdict(float)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    rollup = Rollup()
    for reading in readings:
        if reading.device_id not in registry:
            rollup.ignored += 1
            continue
        device = registry.devices[reading.device_id]
        group = (device.site, device.kind)
        sums[group] += reading.value
        counts[group] += 1
    rollup.means = {group: round(sums[group] / counts[group], 2) for group in sorted(sums)}
    return rollup
