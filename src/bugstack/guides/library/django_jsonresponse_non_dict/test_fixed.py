# mypy: disable-error-code="import-not-found,import-untyped"
from django.test import Client
from fixed import TAGS


def test_the_suggestions_are_a_bare_json_array() -> None:
    response = Client().get("/tags/suggest/?q=d")
    assert response.status_code == 200
    assert response.json() == ["django", "docker", "dataclasses"]


def test_no_match_is_an_empty_array() -> None:
    assert Client().get("/tags/suggest/?q=zzz").json() == []
    assert len(TAGS) == 4
