from blog.web import app


def test_index_lists_published_posts_newest_first() -> None:
    slugs = [p["slug"] for p in app.test_client().get("/posts").get_json()]
    assert slugs == ["rye-loaf", "bread-flour", "sourdough-starter", "hello-world"]


def test_feed_header() -> None:
    # The feed's items are covered by the index test: both read the same posts.
    assert "/feed.json" in {rule.rule for rule in app.url_map.iter_rules()}
