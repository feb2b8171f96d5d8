import pytest

from blog import posts
from blog.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    posts.reset()


def test_show_post() -> None:
    body = app.test_client().get("/posts/2").get_json()
    assert body["title"] == "A week of soups"
    assert body["tags"] == ["batch-cooking", "freezer", "lentils", "soup", "stock", "vegetables", "winter"]


def test_unknown_post() -> None:
    assert app.test_client().get("/posts/9").status_code == 404


def test_tag_without_posts() -> None:
    assert app.test_client().get("/tags/barbecue").get_json() == {"tag": "barbecue", "posts": []}
