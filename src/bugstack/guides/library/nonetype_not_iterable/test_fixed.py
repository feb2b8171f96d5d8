# mypy: disable-error-code="import-not-found"
from fixed import tag_names


def test_an_article_without_tags_has_no_tag_names() -> None:
    assert tag_names({"title": "Draft"}) == []
    assert tag_names({"title": "Draft", "tags": None}) == []


def test_tags_are_still_collected() -> None:
    assert tag_names({"tags": [{"name": "Python"}, {"name": "Web"}]}) == ["python", "web"]
