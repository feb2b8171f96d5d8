import uuid

import pytest
from django.test import Client

from mailing.models import Subscriber


@pytest.fixture(autouse=True)
def empty() -> None:
    Subscriber.objects.all().delete()


def test_damaged_or_missing_tokens_answer_404() -> None:
    ann = Subscriber.objects.create(email="ann@example.com")
    client = Client()
    assert client.get("/unsubscribe/", {"t": str(ann.token)[:23]}).status_code == 404
    assert client.get("/unsubscribe/", {"t": "not-a-token"}).status_code == 404
    assert client.get("/unsubscribe/", {"t": ""}).status_code == 404
    assert client.get("/unsubscribe/").status_code == 404
    assert client.get("/unsubscribe/", {"t": str(uuid.uuid4())}).status_code == 404
    assert Subscriber.objects.get(email="ann@example.com").active is True


def test_intact_link_still_unsubscribes() -> None:
    ann = Subscriber.objects.create(email="ann@example.com")
    Subscriber.objects.create(email="bo@example.com")
    assert Client().get("/unsubscribe/", {"t": str(ann.token).upper()}).status_code == 200
    assert Client().get("/recipients/").json() == {"count": 1, "results": ["bo@example.com"]}
