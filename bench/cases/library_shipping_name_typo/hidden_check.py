from shipping.rates import shipping_cents


def test_international() -> None:
    assert shipping_cents(2.6, "AT") == 1495 + 2 * 310
    assert shipping_cents(0.2, "FR") == 1495


def test_domestic_unchanged() -> None:
    assert shipping_cents(2.0, "DE") == 615
