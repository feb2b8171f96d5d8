from django.test import Client


def test_branch_hours() -> None:
    response = Client().get("/branches/harbour/hours/")
    assert response.status_code == 200
    hours = response.json()["hours"]
    assert hours["monday"] == "10:00-18:00"
    assert hours["tuesday"] is None and hours["sunday"] is None


def test_unknown_branch() -> None:
    assert Client().get("/branches/moon/hours/").status_code == 404


def test_contact_names_the_desk_lead() -> None:
    response = Client().get("/help/contact/")
    assert response.json() == {"email": "lead@library.example", "phone": "+31 20 555 0100"}
