import pytest
from django.test import Client

from members.models import Member


@pytest.fixture(autouse=True)
def empty() -> None:
    Member.objects.all().delete()


def test_sign_up_with_newsletter() -> None:
    response = Client().post("/signup/", {"email": "Ann@Example.com", "name": "Ann", "newsletter": "on"})
    assert response.status_code == 201
    assert response.json()["newsletter"] is True
    assert Client().get("/newsletter/recipients/").json() == {"emails": ["ann@example.com"]}


def test_already_registered() -> None:
    Member.objects.create(email="ann@example.com", name="Ann", newsletter=False)
    response = Client().post("/signup/", {"email": "ann@example.com", "name": "Ann", "newsletter": "on"})
    assert response.status_code == 409
