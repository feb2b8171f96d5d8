import pytest

from blog.web import POSTS, app

client = app.test_client()


@pytest.fixture(autouse=True)
def one_post() -> None:
    POSTS.clear()
    client.post("/posts", json={"title": "Coffee notes", "body": "How we brew it."})


def test_retitled_post_moves_to_the_new_slug() -> None:
    response = client.put("/posts/coffee-notes/title", json={"title": "Café au lait, the Lyon way!"})
    assert response.status_code == 200
    assert response.get_json()["slug"] == "cafe-au-lait-the-lyon-way"
    assert client.get("/posts/cafe-au-lait-the-lyon-way").get_json()["title"] == "Café au lait, the Lyon way!"
    assert client.get("/posts/coffee-notes").status_code == 404


def test_retitle_onto_an_existing_slug_conflicts() -> None:
    client.post("/posts", json={"title": "Tea"})
    assert client.put("/posts/coffee-notes/title", json={"title": "TEA!"}).status_code == 409
    assert client.get("/posts/coffee-notes").status_code == 200
