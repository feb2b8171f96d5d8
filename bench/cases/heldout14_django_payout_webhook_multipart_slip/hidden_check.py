from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import encode_multipart

import pytest

from payouts.models import Payout
from payouts.signing import sign

BOUNDARY = "provider-7f3a9c"


@pytest.fixture(autouse=True)
def payouts() -> None:
    Payout.objects.all().delete()
    Payout.objects.create(reference="po_1001", seller="Kiln & Co", amount_cents=12_500)


def _failed_update() -> bytes:
    return encode_multipart(
        BOUNDARY,
        {
            "reference": "po_1001",
            "status": "failed",
            "reason": "account closed",
            "slip": SimpleUploadedFile("return-slip-po_1001.pdf", b"%PDF-1.4 return slip"),
        },
    )


def _post(body: bytes, signature: str):
    return Client().generic(
        "POST",
        "/webhooks/payouts/",
        body,
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
        HTTP_X_SIGNATURE=signature,
    )


def test_signed_multipart_failure_is_recorded() -> None:
    body = _failed_update()
    response = _post(body, sign(body))
    assert response.status_code == 200
    payout = Payout.objects.get(reference="po_1001")
    assert payout.status == "failed"
    assert payout.failure_reason == "account closed"
    assert payout.return_slip == "return-slip-po_1001.pdf"


def test_missigned_multipart_is_refused() -> None:
    body = _failed_update()
    response = _post(body, sign(body + b"tampered"))
    assert response.status_code == 403
    assert Payout.objects.get(reference="po_1001").status == "pending"


def test_unsigned_multipart_is_refused() -> None:
    response = _post(_failed_update(), "")
    assert response.status_code == 403
    assert Payout.objects.get(reference="po_1001").status == "pending"
