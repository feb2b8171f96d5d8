import pytest

from shop import devdata

devdata.setup()


@pytest.fixture(autouse=True)
def orders() -> None:
    devdata.sample_orders()
