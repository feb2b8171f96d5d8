"""A batch from the depot's new gateway, whose firmware prints device ids as MAC
addresses ("A4:C1:38:0B:7E:21")."""

from fleetsense.registry import Device, Registry
from fleetsense.rollup import Reading, roll_up

registry = Registry(
    [
        Device("a4c1380b7e21", "depot-north", "temperature"),
        Device("a4c1380b9f00", "depot-north", "co2"),
    ]
)
roll_up([Reading("A4:C1:38:0B:7E:21", 3.5), Reading("A4:C1:38:0B:9F:00", 790.0)], registry)
