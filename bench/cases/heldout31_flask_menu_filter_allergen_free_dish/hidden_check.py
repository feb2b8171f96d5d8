import pytest
from canteen import create_app, menu

TOKEN = {"X-Kitchen-Token": "kitchen-dev-token"}

EXPORT = {
    "date": "2024-05-14",
    "dishes": [
        {
            "name": "Tomato and basil soup",
            "price": "3.40",
            "allergens": ["celery"],
            "vegetarian": True,
        },
        {"name": "Beef lasagne", "price": "7.90", "allergens": ["gluten", "milk", "eggs"]},
        {"name": "Grilled salmon", "price": "9.20", "allergens": ["fish"]},
        {
            "name": "Green salad",
            "price": "2.50",
            "vegetarian": True,
            "notes": "dressing on the side",
        },
        {"name": "Fruit bowl", "price": "2"},
    ],
}


@pytest.fixture()
def client():
    menu.clear()
    app = create_app()
    app.testing = True
    client = app.test_client()
    assert client.post("/menu", json=EXPORT, headers=TOKEN).status_code == 201
    return client


def test_dishes_without_allergens_are_free_of_every_allergen(client) -> None:
    response = client.get("/menu?exclude=gluten")
    assert response.status_code == 200
    names = [d["name"] for d in response.get_json()["dishes"]]
    assert names == ["Tomato and basil soup", "Grilled salmon", "Green salad", "Fruit bowl"]


def test_excluding_several(client) -> None:
    names = [d["name"] for d in client.get("/menu?exclude=celery,fish,milk").get_json()["dishes"]]
    assert names == ["Green salad", "Fruit bowl"]


def test_cards_unchanged(client) -> None:
    dishes = client.get("/menu?exclude=nuts").get_json()["dishes"]
    assert len(dishes) == 5
    assert dishes[3] == {
        "name": "Green salad",
        "price": "2.50",
        "allergens": [],
        "vegetarian": True,
        "notes": "dressing on the side",
    }
