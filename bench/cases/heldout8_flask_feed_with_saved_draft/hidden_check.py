from blog.web import app


def test_feed_leaves_drafts_out() -> None:
    response = app.test_client().get("/feed.json")
    assert response.status_code == 200
    items = response.get_json()["items"]
    assert [i["id"] for i in items] == [
        "rye-loaf",
        "bread-flour",
        "sourdough-starter",
        "hello-world",
    ]
    assert items[0] == {
        "id": "rye-loaf",
        "title": "A 100% rye loaf",
        "date_published": "2026-03-02T09:00:00+00:00",
    }


def test_index_unchanged() -> None:
    slugs = [p["slug"] for p in app.test_client().get("/posts").get_json()]
    assert slugs == ["rye-loaf", "bread-flour", "sourdough-starter", "hello-world"]
