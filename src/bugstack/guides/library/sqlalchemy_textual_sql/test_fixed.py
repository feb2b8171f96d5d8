# mypy: disable-error-code="import-not-found"
from fixed import database_is_up


def test_the_health_check_reaches_the_database() -> None:
    assert database_is_up() is True
