from django.test import Client


def test_quoted_job() -> None:
    body = Client().get("/jobs/1/").json()
    assert body == {
        "id": 1,
        "bike": "Priya's Brompton",
        "description": "Annual service",
        "status": "ready",
        "booked_in": "2024-04-02",
        "quote_total": "65.00",
        "quote_accepted": True,
    }


def test_latest_quote_counts() -> None:
    body = Client().get("/jobs/2/").json()
    assert body["quote_total"] == "85.50"
    assert body["quote_accepted"] is False


def test_unknown_job() -> None:
    assert Client().get("/jobs/404/").status_code == 404


def test_awaiting_quote() -> None:
    assert Client().get("/jobs/awaiting-quote/").json() == {"jobs": [3]}
