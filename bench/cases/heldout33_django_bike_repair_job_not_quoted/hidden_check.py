from django.test import Client


def test_job_without_a_quote_says_awaiting_quote() -> None:
    response = Client().get("/jobs/3/")
    assert response.status_code == 200
    assert response.json() == {
        "id": 3,
        "bike": "Lena's Dawes Galaxy",
        "description": "Gears slipping, brakes squeal",
        "status": "booked",
        "booked_in": "2024-04-04",
        "quote_total": None,
        "quote_accepted": None,
    }


def test_quoted_jobs_unchanged() -> None:
    assert Client().get("/jobs/2/").json()["quote_total"] == "85.50"
    assert Client().get("/jobs/1/").json()["quote_accepted"] is True
