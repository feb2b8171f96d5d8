from fleetsense.registry import Device, Registry
from fleetsense.rollup import Reading, roll_up

REGISTRY = Registry(
    [
        Device("a4c1380b7e21", "depot-north", "temperature"),
        Device("a4c1380b7e22", "depot-north", "temperature"),
        Device("A4:C1:38:0B:9F:00", "depot-north", "co2"),
        Device("a4c13800aa10", "office", "temperature"),
    ]
)


def test_ids_printed_as_mac_addresses_count_for_their_device() -> None:
    rollup = roll_up(
        [
            Reading("A4:C1:38:0B:7E:21", 3.5),
            Reading("a4-c1-38-0b-7e-22", 4.5),
            Reading("a4c1380b7e21", 5.5),
            Reading("A4:C1:38:0B:9F:00", 790.0),
            Reading("a4c1380b9f00", 810.0),
            Reading("A4C13800AA10", 21.0),
        ],
        REGISTRY,
    )
    assert rollup.means == {
        ("depot-north", "co2"): 800.0,
        ("depot-north", "temperature"): 4.5,
        ("office", "temperature"): 21.0,
    }
    assert rollup.ignored == 0


def test_only_unprovisioned_devices_are_ignored() -> None:
    rollup = roll_up(
        [
            Reading("00:11:22:33:44:FF", 30.0),
            Reading("A4:C1:38:00:AA:10", 20.0),
            Reading("0011223344ff", 31.0),
        ],
        REGISTRY,
    )
    assert rollup.means == {("office", "temperature"): 20.0}
    assert rollup.ignored == 2
