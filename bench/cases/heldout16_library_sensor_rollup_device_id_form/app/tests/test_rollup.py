from fleetsense.registry import Device, Registry, normalise_id
from fleetsense.rollup import Reading, roll_up

REGISTRY = Registry(
    [
        Device("a4c1380b7e21", "depot-north", "temperature"),
        Device("a4c1380b7e22", "depot-north", "temperature"),
        Device("a4c1380b9f00", "depot-north", "co2"),
        Device("a4c13800aa10", "office", "temperature"),
    ]
)


def test_normalise_id_forms() -> None:
    assert normalise_id("A4:C1:38:0B:7E:21") == "a4c1380b7e21"
    assert normalise_id(" a4-c1-38-0b-7e-21 ") == "a4c1380b7e21"


def test_registry_lookup_in_any_form() -> None:
    assert REGISTRY.get("A4:C1:38:00:AA:10") == Device("a4c13800aa10", "office", "temperature")
    assert "a4-c1-38-0b-9f-00" in REGISTRY
    assert REGISTRY.get("ffffffffffff") is None
    assert REGISTRY.sites() == ["depot-north", "office"]


def test_roll_up_means_per_site_and_kind() -> None:
    rollup = roll_up(
        [
            Reading("a4c1380b7e21", 4.0),
            Reading("a4c1380b7e22", 5.5),
            Reading("a4c1380b9f00", 812.0),
            Reading("a4c13800aa10", 21.25),
        ],
        REGISTRY,
    )
    assert rollup.means == {
        ("depot-north", "co2"): 812.0,
        ("depot-north", "temperature"): 4.75,
        ("office", "temperature"): 21.25,
    }
    assert rollup.ignored == 0


def test_neighbours_sensor_is_ignored() -> None:
    rollup = roll_up([Reading("0011223344ff", 30.0), Reading("a4c13800aa10", 20.0)], REGISTRY)
    assert rollup.means == {("office", "temperature"): 20.0}
    assert rollup.ignored == 1
