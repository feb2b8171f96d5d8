from django.test import Client


def test_flat_answer_is_a_bare_array() -> None:
    response = Client().get("/api/tags", {"q": "d", "flat": "1"})
    assert response.status_code == 200
    assert response.json() == ["django", "docker"]
    assert Client().get("/api/tags", {"q": "zz", "flat": "1"}).json() == []


def test_object_answer_unchanged() -> None:
    body = Client().get("/api/tags", {"q": "d"}).json()
    assert body == {"tags": [{"name": "django", "posts": 41}, {"name": "docker", "posts": 12}]}
