import json

from django.test import Client

from boxoffice.models import Order, Ticket

TOKEN = {"HTTP_X_TIXHUB_TOKEN": "tixhub-dev-token"}


def post(event: dict, **headers):
    return Client().post("/webhooks/tixhub", json.dumps(event), content_type="application/json", **headers)


def create_order() -> None:
    event = {
        "type": "order.created",
        "data": {
            "order": "TX-1001",
            "email": "mira@example.com",
            "tickets": [{"code": "QK7-001", "seat": "F12"}, {"code": "QK7-002", "seat": "F13"}],
        },
    }
    assert post(event, **TOKEN).status_code == 204


def test_order_created() -> None:
    create_order()
    order = Order.objects.get(reference="TX-1001")
    assert order.status == "paid"
    assert sorted(order.tickets.values_list("seat", flat=True)) == ["F12", "F13"]


def test_partial_refund() -> None:
    create_order()
    event = {"type": "order.refunded", "data": {"order": "TX-1001", "tickets": ["QK7-002"]}}
    assert post(event, **TOKEN).status_code == 204
    assert Order.objects.get(reference="TX-1001").status == "partially_refunded"
    assert Ticket.objects.get(code="QK7-001").status == "valid"
    assert Client().get("/door/QK7-002").status_code == 409


def test_wrong_token() -> None:
    assert post({"type": "order.created", "data": {}}, HTTP_X_TIXHUB_TOKEN="nope").status_code == 403


def test_unhandled_event_type_is_acknowledged() -> None:
    assert post({"type": "order.viewed", "data": {"order": "TX-1001"}}, **TOKEN).status_code == 204


def test_door_admits_once() -> None:
    create_order()
    client = Client()
    assert client.get("/door/QK7-001").json() == {"admit": True, "seat": "F12"}
    assert client.get("/door/QK7-001").json() == {"admit": False, "reason": "scanned"}
