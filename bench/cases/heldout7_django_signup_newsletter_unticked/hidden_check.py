import pytest
from django.test import Client

from members.models import Member


@pytest.fixture(autouse=True)
def empty() -> None:
    Member.objects.all().delete()


def test_unticked_newsletter_signs_up_without_consent() -> None:
    response = Client().post("/signup/", {"email": "bo@example.com", "name": "Bo"})
    assert response.status_code == 201
    assert response.json()["newsletter"] is False
    assert Member.objects.get(email="bo@example.com").newsletter is False
    assert Client().get("/newsletter/recipients/").json() == {"emails": []}


def test_ticked_newsletter_still_opts_in() -> None:
    Client().post("/signup/", {"email": "bo@example.com", "name": "Bo"})
    response = Client().post("/signup/", {"email": "cy@example.com", "name": "Cy", "newsletter": "on"})
    assert response.status_code == 201
    assert response.json()["newsletter"] is True
    assert Client().get("/newsletter/recipients/").json() == {"emails": ["cy@example.com"]}
