from fastapi.testclient import TestClient

from recipes.api import app

client = TestClient(app)


def test_read_recipe_lists_to_taste_items() -> None:
    body = client.get("/recipes/2").json()
    assert body["serves"] == 2
    assert [i["line"] for i in body["ingredients"]] == [
        "800 g tomatoes",
        "1 onion",
        "500 ml vegetable stock",
        "salt, to taste",
        "basil (leaves), to taste",
    ]


def test_scale_pancakes_up() -> None:
    body = client.get("/recipes/1/scaled", params={"serves": 6}).json()
    assert body["serves"] == 6
    assert [(i["name"], i["quantity"]) for i in body["ingredients"]] == [
        ("plain flour", 300.0),
        ("buttermilk", 450.0),
        ("eggs", 3.0),
        ("baking powder", 2.2),
    ]
    assert body["ingredients"][0]["line"] == "300 g plain flour"


def test_unknown_recipe() -> None:
    assert client.get("/recipes/99/scaled", params={"serves": 2}).status_code == 404


def test_serves_must_be_positive() -> None:
    assert client.get("/recipes/1/scaled", params={"serves": 0}).status_code == 422
