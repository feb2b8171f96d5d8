# mypy: disable-error-code="import-not-found"
from fixed import greet


def test_the_decorated_function_still_returns_its_result() -> None:
    assert greet("Ada") == "Hello, Ada"


def test_the_decorator_records_the_duration() -> None:
    greet("Ada")
    assert greet.last_duration >= 0
    assert greet.__name__ == "greet"
