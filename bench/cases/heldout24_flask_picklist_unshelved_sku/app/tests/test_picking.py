import pytest

from picking import warehouse
from picking.app import create_app


@pytest.fixture()
def client():
    warehouse.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_picklist_in_walking_order(client) -> None:
    response = client.get("/orders/SO-1001/picklist")
    assert response.status_code == 200
    assert response.get_json() == {
        "order": "SO-1001",
        "stops": [
            {"location": "A-03-2", "sku": "MUG-BLUE", "quantity": 2},
            {"location": "C-11-4", "sku": "TEAPOT-1L", "quantity": 1},
        ],
    }


def test_unknown_order(client) -> None:
    assert client.get("/orders/SO-9/picklist").status_code == 404


def test_stock_location(client) -> None:
    assert client.get("/stock/MUG-RED/location").get_json()["location"] == "A-03-1"
