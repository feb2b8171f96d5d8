from blogtools.tags import tag_cloud, tags_of


def test_tags_of() -> None:
    assert tags_of({"tags": [" Python", "web"]}) == ["python", "web"]


def test_cloud() -> None:
    posts = [{"tags": ["python"]}, {"tags": ["Python", "django"]}]
    assert tag_cloud(posts) == {"python": 2, "django": 1}
