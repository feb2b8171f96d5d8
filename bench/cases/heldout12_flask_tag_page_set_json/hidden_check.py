import pytest

from blog import posts
from blog.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    posts.reset()


def test_tag_page_lists_the_tags_alphabetically() -> None:
    response = app.test_client().get("/tags/bread")
    assert response.status_code == 200
    assert response.get_json() == {
        "tag": "bread",
        "posts": [
            {"id": 1, "title": "Sourdough for beginners",
             "tags": ["baking", "bread", "fermentation", "flour", "hydration", "starter", "weekend"]},
            {"id": 3, "title": "Rye and spelt",
             "tags": ["baking", "bread", "rye", "scandinavian", "spelt", "starter", "wholegrain"]},
        ],
    }


def test_other_tag_page() -> None:
    body = app.test_client().get("/tags/soup").get_json()
    assert body["posts"][0]["tags"] == ["batch-cooking", "freezer", "lentils", "soup", "stock", "vegetables", "winter"]
