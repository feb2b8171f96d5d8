from blogtools.tags import tag_cloud, tags_of


def test_untagged_post_has_no_tags() -> None:
    assert tags_of({"title": "x"}) == []


def test_cloud_skips_untagged_posts() -> None:
    assert tag_cloud([{"tags": ["intro"]}, {"title": "draft"}]) == {"intro": 1}
