from boxoffice import create_app
from boxoffice.pricing import ADULT_PRICE, CHILD_PRICE, LAP_PRICE, SENIOR_PRICE, price_for_age


def test_price_bands() -> None:
    assert price_for_age(1) == LAP_PRICE
    assert price_for_age(8) == CHILD_PRICE
    assert price_for_age(40) == ADULT_PRICE
    assert price_for_age(70) == SENIOR_PRICE
    assert price_for_age(None) == ADULT_PRICE


def test_family_quote() -> None:
    client = create_app().test_client()
    response = client.post("/screenings/s102/quote", data={"age": ["41", "39", "9", "2"]})
    assert response.get_json() == {
        "screening": "s102",
        "prices": [1100, 1100, 700, 0],
        "total": 2900,
    }


def test_unknown_screening() -> None:
    client = create_app().test_client()
    assert client.post("/screenings/nope/quote", data={"age": "30"}).status_code == 404
    assert client.get("/screenings/s101").get_json()["film"] == "The Lighthouse Keeper"
