import uuid
from decimal import Decimal

from django.test import Client
from receipts.models import Receipt


def test_receipt_page() -> None:
    receipt = Receipt.objects.create(order_number="R-2044", total=Decimal("58.20"))
    response = Client().get(f"/receipts/{receipt.token}/")
    assert response.status_code == 200
    assert response.content.decode() == "Receipt for order R-2044: total 58.20 EUR"


def test_download() -> None:
    receipt = Receipt.objects.create(order_number="R-2045", total=Decimal("9.99"))
    response = Client().get(f"/receipts/{receipt.token}/download")
    assert response.status_code == 200
    assert response.content.decode() == "order,total\nR-2045,9.99\n"


def test_download_unknown_token() -> None:
    assert Client().get(f"/receipts/{uuid.uuid4()}/download").status_code == 404
