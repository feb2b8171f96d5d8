from fastapi.testclient import TestClient

from recipes.api import app

client = TestClient(app)


def test_to_taste_ingredients_stay_on_the_scaled_card_without_an_amount() -> None:
    response = client.get("/recipes/2/scaled", params={"serves": 6})
    assert response.status_code == 200
    body = response.json()
    assert body["serves"] == 6
    assert [(i["name"], i["quantity"], i["unit"]) for i in body["ingredients"]] == [
        ("tomatoes", 2400.0, "g"),
        ("onion", 3.0, ""),
        ("vegetable stock", 1500.0, "ml"),
        ("salt", None, ""),
        ("basil", None, "leaves"),
    ]
    assert [i["line"] for i in body["ingredients"]][-2:] == ["salt, to taste", "basil (leaves), to taste"]


def test_scaling_down_keeps_to_taste_items_too() -> None:
    body = client.get("/recipes/2/scaled", params={"serves": 1}).json()
    assert [(i["name"], i["quantity"]) for i in body["ingredients"]] == [
        ("tomatoes", 400.0),
        ("onion", 0.5),
        ("vegetable stock", 250.0),
        ("salt", None),
        ("basil", None),
    ]
    assert client.get("/recipes/1/scaled", params={"serves": 2}).json()["ingredients"][2]["quantity"] == 1.0
