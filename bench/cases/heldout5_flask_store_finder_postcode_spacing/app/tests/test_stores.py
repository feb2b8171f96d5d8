from storefinder.postcodes import locate
from storefinder.web import app


def test_locate_canonical() -> None:
    assert locate("M1 1AE") == (53.4794, -2.2453)


def test_nearest() -> None:
    response = app.test_client().get("/stores/nearest", query_string={"postcode": "EC1A 1BB"})
    assert response.get_json() == {"stores": ["Barbican", "Westminster"]}


def test_store_page() -> None:
    client = app.test_client()
    assert client.get("/stores/leeds briggate").get_json()["lat"] == 53.7986
    assert client.get("/stores/york").status_code == 404
