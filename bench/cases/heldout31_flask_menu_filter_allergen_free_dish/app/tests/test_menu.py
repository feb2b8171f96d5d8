import pytest
from canteen import create_app, menu

TOKEN = {"X-Kitchen-Token": "kitchen-dev-token"}

EXPORT = {
    "date": "2024-05-14",
    "dishes": [
        {"name": "Lentil soup", "price": "3.8", "allergens": ["celery"], "vegetarian": True},
        {"name": "Fish pie", "price": "7.50", "allergens": ["fish", "milk", "gluten"]},
        {
            "name": "Chicken satay",
            "price": "6.9",
            "allergens": ["peanuts", "soya"],
            "notes": "spicy",
        },
    ],
}


@pytest.fixture()
def client():
    menu.clear()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_publish_and_show(client) -> None:
    assert client.post("/menu", json=EXPORT, headers=TOKEN).get_json() == {"published": 3}
    body = client.get("/menu").get_json()
    assert body["date"] == "2024-05-14"
    assert body["dishes"][0] == {
        "name": "Lentil soup",
        "price": "3.80",
        "allergens": ["celery"],
        "vegetarian": True,
        "notes": "",
    }
    assert body["dishes"][1]["allergens"] == ["fish", "gluten", "milk"]


def test_exclude_allergens(client) -> None:
    client.post("/menu", json=EXPORT, headers=TOKEN)
    names = [d["name"] for d in client.get("/menu?exclude=gluten,Peanuts").get_json()["dishes"]]
    assert names == ["Lentil soup"]


def test_unknown_allergen_in_filter(client) -> None:
    client.post("/menu", json=EXPORT, headers=TOKEN)
    assert client.get("/menu?exclude=pollen").status_code == 400


def test_only_the_kitchen_publishes(client) -> None:
    assert client.post("/menu", json=EXPORT).status_code == 403


def test_rejects_unknown_allergens_and_bad_prices(client) -> None:
    bad = {"dishes": [{"name": "Tart", "price": "4", "allergens": ["glutten"]}]}
    assert client.post("/menu", json=bad, headers=TOKEN).status_code == 422
    assert (
        client.post(
            "/menu", json={"dishes": [{"name": "Tart", "price": "x"}]}, headers=TOKEN
        ).status_code
        == 422
    )
    assert client.post("/menu", json={"dishes": []}, headers=TOKEN).status_code == 422
