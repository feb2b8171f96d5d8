from shipping.rates import shipping_cents


def test_domestic() -> None:
    assert shipping_cents(0.4, "DE") == 495
    assert shipping_cents(3.2, "DE") == 495 + 2 * 120
