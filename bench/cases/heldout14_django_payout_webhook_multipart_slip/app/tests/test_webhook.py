from urllib.parse import urlencode

import pytest
from django.test import Client

from payouts.models import Payout
from payouts.signing import sign


@pytest.fixture(autouse=True)
def payouts() -> None:
    Payout.objects.all().delete()
    Payout.objects.create(reference="po_1001", seller="Kiln & Co", amount_cents=12_500)


def _post_form(fields: dict[str, str], signature: str | None = None):
    body = urlencode(fields).encode()
    return Client().generic(
        "POST",
        "/webhooks/payouts/",
        body,
        content_type="application/x-www-form-urlencoded",
        HTTP_X_SIGNATURE=sign(body) if signature is None else signature,
    )


def test_paid_update() -> None:
    response = _post_form({"reference": "po_1001", "status": "paid"})
    assert response.status_code == 200
    assert response.json()["status"] == "paid"
    assert Client().get("/payouts/po_1001/").json()["status"] == "paid"


def test_bad_signature_is_refused() -> None:
    response = _post_form({"reference": "po_1001", "status": "paid"}, signature="0" * 64)
    assert response.status_code == 403
    assert Payout.objects.get(reference="po_1001").status == "pending"


def test_unknown_payout() -> None:
    assert _post_form({"reference": "po_9999", "status": "paid"}).status_code == 404


def test_unknown_status() -> None:
    assert _post_form({"reference": "po_1001", "status": "lost"}).status_code == 400
