from reviews.stats import Review, average_stars, summary


def test_average() -> None:
    assert average_stars([Review("a", 5), Review("b", 4), Review("c", 4)]) == 4.3


def test_summary() -> None:
    assert summary("Kettle", [Review("a", 3), Review("b", 4)]) == "Kettle: 3.5 stars from 2 reviews"
