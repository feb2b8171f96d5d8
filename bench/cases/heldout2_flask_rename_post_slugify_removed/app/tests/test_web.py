import pytest

from blog.text import make_slug
from blog.web import POSTS, app

client = app.test_client()


@pytest.fixture(autouse=True)
def no_posts() -> None:
    POSTS.clear()


def test_create_and_show() -> None:
    created = client.post("/posts", json={"title": "Hello, World!", "body": "First post."})
    assert created.status_code == 201
    assert client.get("/posts/hello-world").get_json() == {
        "slug": "hello-world",
        "title": "Hello, World!",
        "excerpt": "First post.",
    }


def test_duplicate_title() -> None:
    client.post("/posts", json={"title": "Hello"})
    assert client.post("/posts", json={"title": "hello"}).status_code == 409


def test_retitle_unknown_post() -> None:
    assert client.put("/posts/nope/title", json={"title": "X"}).status_code == 404


@pytest.mark.parametrize(
    ("title", "slug"),
    [("Crème brûlée", "creme-brulee"), ("!!!", "post"), ("a " * 40, "-".join(["a"] * 30))],
)
def test_make_slug(title: str, slug: str) -> None:
    assert make_slug(title) == slug
