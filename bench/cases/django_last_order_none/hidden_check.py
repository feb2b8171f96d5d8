from django.test import Client

from orders.models import Customer, Order


def test_no_order_yet_is_404() -> None:
    newcomer = Customer.objects.create(name="Grace")
    assert Client().get(f"/customers/{newcomer.pk}/last-order/").status_code == 404


def test_last_order_unchanged() -> None:
    customer = Customer.objects.create(name="Linus")
    Order.objects.create(customer=customer, total_cents=500)
    assert Client().get(f"/customers/{customer.pk}/last-order/").json()["total_cents"] == 500
