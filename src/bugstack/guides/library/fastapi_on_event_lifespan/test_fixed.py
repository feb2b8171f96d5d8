# mypy: disable-error-code="import-not-found"
import fixed
from fastapi.testclient import TestClient


def test_the_app_starts_serves_and_closes_its_pool() -> None:
    with TestClient(fixed.app) as client:
        assert client.get("/health").json() == {"pool_open": True}
    assert fixed.pool.closed


def test_the_app_can_run_again_in_the_same_process() -> None:
    for _ in range(2):
        with TestClient(fixed.app) as client:
            assert client.get("/health").status_code == 200
        assert fixed.pool.closed
