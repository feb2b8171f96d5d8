from boxoffice import create_app


def test_blank_age_pays_the_adult_price() -> None:
    client = create_app().test_client()
    response = client.post("/screenings/s101/quote", data={"age": ["34", ""]})
    assert response.status_code == 200
    assert response.get_json() == {"screening": "s101", "prices": [1100, 1100], "total": 2200}


def test_blank_ages_keep_their_place_in_the_basket() -> None:
    client = create_app().test_client()
    response = client.post("/screenings/s102/quote", data={"age": ["", "6", " ", "70"]})
    assert response.status_code == 200
    assert response.get_json()["prices"] == [1100, 700, 1100, 800]
    assert response.get_json()["total"] == 3700


def test_given_ages_still_priced() -> None:
    client = create_app().test_client()
    response = client.post("/screenings/s102/quote", data={"age": ["2", "12"]})
    assert response.get_json()["prices"] == [0, 700]
