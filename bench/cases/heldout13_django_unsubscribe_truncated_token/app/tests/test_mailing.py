import uuid

import pytest
from django.test import Client

from mailing.models import Subscriber


@pytest.fixture(autouse=True)
def empty() -> None:
    Subscriber.objects.all().delete()


def test_subscribe() -> None:
    response = Client().post("/subscribe/", {"email": " Ann@Example.com "})
    assert response.status_code == 201
    assert Client().get("/recipients/").json() == {"count": 1, "results": ["ann@example.com"]}


def test_unsubscribe() -> None:
    ann = Subscriber.objects.create(email="ann@example.com")
    response = Client().get("/unsubscribe/", {"t": str(ann.token)})
    assert response.status_code == 200
    assert Client().get("/recipients/").json() == {"count": 0, "results": []}


def test_unsubscribe_with_an_unknown_token() -> None:
    assert Client().get("/unsubscribe/", {"t": str(uuid.uuid4())}).status_code == 404
