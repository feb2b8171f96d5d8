# mypy: disable-error-code="import-not-found"
from fixed import page_size


def test_text_that_is_not_a_number_falls_back_to_the_default() -> None:
    assert page_size({"per_page": "all"}) == 20
    assert page_size({"per_page": ""}) == 20


def test_valid_sizes_are_still_read_and_clamped() -> None:
    assert page_size({"per_page": "50"}) == 50
    assert page_size({"per_page": "500"}) == 100
    assert page_size({}) == 20
