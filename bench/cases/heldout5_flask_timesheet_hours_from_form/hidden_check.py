from timesheet.web import app


def test_fractional_hours_from_the_form() -> None:
    response = app.test_client().post("/entries", data={"kind": "development", "hours": "1.5"})
    assert response.status_code == 200
    assert response.get_json() == {"kind": "development", "hours": "1.5", "amount": "120.00"}


def test_small_fractions_are_exact() -> None:
    client = app.test_client()
    assert client.post("/entries", data={"kind": "development", "hours": "0.1"}).get_json()["amount"] == "8.00"
    assert client.post("/entries", data={"kind": "support", "hours": "0.25"}).get_json()["amount"] == "15.00"
    assert client.post("/entries", data={"kind": "design", "hours": "2"}).get_json()["amount"] == "190.00"
