from django.test import Client


def test_tags_with_counts() -> None:
    body = Client().get("/api/tags", {"q": "p"}).json()
    assert body == {"tags": [{"name": "postgres", "posts": 9}, {"name": "python", "posts": 88}]}


def test_all_tags() -> None:
    assert len(Client().get("/api/tags").json()["tags"]) == 4
