# mypy: disable-error-code="import-not-found"
from fixed import average_rating


def test_a_product_without_ratings_averages_zero() -> None:
    assert average_rating([]) == 0.0


def test_ratings_are_averaged() -> None:
    assert average_rating([4, 5, 5]) == 4.7
