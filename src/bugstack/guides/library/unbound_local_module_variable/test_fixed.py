# mypy: disable-error-code="import-not-found"
import fixed


def test_each_request_increments_the_module_counter() -> None:
    start = fixed.requests_served
    assert fixed.track_request() == start + 1
    assert fixed.track_request() == start + 2
    assert fixed.requests_served == start + 2
