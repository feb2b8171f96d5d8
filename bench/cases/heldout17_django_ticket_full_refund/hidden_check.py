import json

from django.test import Client

from boxoffice.models import Order, Ticket

TOKEN = {"HTTP_X_TIXHUB_TOKEN": "tixhub-dev-token"}


def post(event: dict):
    return Client().post("/webhooks/tixhub", json.dumps(event), content_type="application/json", **TOKEN)


def create(reference: str, *codes: str) -> None:
    tickets = [{"code": code, "seat": f"B{n}"} for n, code in enumerate(codes, start=1)]
    event = {"type": "order.created", "data": {"order": reference, "email": "sam@example.com", "tickets": tickets}}
    assert post(event).status_code == 204


def test_refund_without_ticket_list_refunds_the_whole_order() -> None:
    create("TX-2048", "QK7-101", "QK7-102", "QK7-103")
    create("TX-2049", "QK7-200")
    assert post({"type": "order.refunded", "data": {"order": "TX-2048"}}).status_code == 204
    assert Order.objects.get(reference="TX-2048").status == "refunded"
    assert sorted(Ticket.objects.filter(order__reference="TX-2048").values_list("status", flat=True)) == [
        "refunded",
        "refunded",
        "refunded",
    ]
    assert Client().get("/door/QK7-102").json() == {"admit": False, "reason": "refunded"}
    # Other orders are left alone.
    assert Order.objects.get(reference="TX-2049").status == "paid"
    assert Client().get("/door/QK7-200").status_code == 200


def test_full_refund_after_a_partial_one() -> None:
    create("TX-3000", "QK7-301", "QK7-302")
    assert post({"type": "order.refunded", "data": {"order": "TX-3000", "tickets": ["QK7-301"]}}).status_code == 204
    assert Order.objects.get(reference="TX-3000").status == "partially_refunded"
    assert post({"type": "order.refunded", "data": {"order": "TX-3000"}}).status_code == 204
    assert Order.objects.get(reference="TX-3000").status == "refunded"
    assert Client().get("/door/QK7-302").status_code == 409
