import pytest

from picking import warehouse
from picking.app import create_app


@pytest.fixture()
def client():
    warehouse.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_unshelved_line_is_picked_from_the_dock_last(client) -> None:
    warehouse.ORDERS["SO-1003"] = warehouse.Order(
        "SO-1003",
        [
            warehouse.Line("KETTLE-STEEL", 1),
            warehouse.Line("MUG-RED", 4),
            warehouse.Line("COASTER-4", 1),
        ],
    )
    response = client.get("/orders/SO-1003/picklist")
    assert response.status_code == 200
    assert response.get_json() == {
        "order": "SO-1003",
        "stops": [
            {"location": "A-03-1", "sku": "MUG-RED", "quantity": 4},
            {"location": "B-02-1", "sku": "COASTER-4", "quantity": 1},
            {"location": "Z-DOCK", "sku": "KETTLE-STEEL", "quantity": 1},
        ],
    }


def test_order_of_only_unshelved_goods(client) -> None:
    warehouse.ORDERS["SO-1004"] = warehouse.Order(
        "SO-1004", [warehouse.Line("KETTLE-STEEL", 2), warehouse.Line("TRAY-OAK", 1)]
    )
    stops = client.get("/orders/SO-1004/picklist").get_json()["stops"]
    assert [(s["location"], s["sku"], s["quantity"]) for s in stops] == [
        ("Z-DOCK", "KETTLE-STEEL", 2),
        ("Z-DOCK", "TRAY-OAK", 1),
    ]
