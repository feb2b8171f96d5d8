from reviews.stats import Review, average_stars, summary


def test_no_ratings_is_none() -> None:
    assert average_stars([]) is None


def test_summary_without_ratings() -> None:
    assert summary("Toaster", []) == "Toaster: no ratings yet"


def test_average_unchanged() -> None:
    assert average_stars([Review("a", 1), Review("b", 2)]) == 1.5
