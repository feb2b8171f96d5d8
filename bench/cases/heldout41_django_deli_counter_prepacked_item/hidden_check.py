from django.test import Client


def test_prepacked_item_on_the_scale_costs_one_pack() -> None:
    response = Client().get("/scale/olives", {"grams": "212"})
    assert response.status_code == 200
    assert response.json() == {"item": "Green olives, 200 g tub", "grams": 212, "price": "3.20"}


def test_prepacked_box_matches_the_till() -> None:
    on_scale = Client().get("/scale/oatcakes", {"grams": "260"}).json()["price"]
    body = {"lines": [{"code": "oatcakes", "grams": 260}]}
    at_till = Client().post("/basket/total", body, content_type="application/json").json()["total"]
    assert on_scale == at_till == "2.75"


def test_counter_items_still_by_weight() -> None:
    assert Client().get("/scale/comte", {"grams": "500"}).json()["price"] == "16.00"
    assert Client().get("/scale/serrano", {"grams": "113"}).json()["price"] == "5.14"
