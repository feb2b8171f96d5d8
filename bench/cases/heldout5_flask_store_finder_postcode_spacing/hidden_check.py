from storefinder.postcodes import locate
from storefinder.web import app


def test_postcode_as_typed_on_a_phone() -> None:
    response = app.test_client().get("/stores/nearest", query_string={"postcode": "sw1a1aa"})
    assert response.status_code == 200
    assert response.get_json() == {"stores": ["Westminster", "Barbican"]}


def test_case_and_spacing_do_not_matter() -> None:
    assert locate(" Sw1A  1aa ") == (51.5010, -0.1416)
    assert locate("ls14dy") == (53.7974, -1.5438)
    assert locate("m1 1ae") == (53.4794, -2.2453)


def test_unknown_postcode_is_a_404() -> None:
    client = app.test_client()
    assert client.get("/stores/nearest", query_string={"postcode": "ZZ9 9ZZ"}).status_code == 404
    assert client.get("/stores/nearest").status_code == 404
