# mypy: disable-error-code="import-not-found"
from fixed import Cart


def test_the_total_adds_up_the_prices() -> None:
    cart = Cart()
    cart.add(9.99)
    cart.add(0.01)
    assert cart.total() == 10.0
