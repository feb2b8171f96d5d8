import uuid
from decimal import Decimal

import pytest
from django.test import Client
from receipts.models import Receipt


@pytest.mark.parametrize(
    "token", ["0b6f2c1e-8d3a-", "not-a-token", "0b6f2c1e8d3a4f5e9a712c4d8e6f1a3bff"]
)
def test_cut_or_mangled_link_is_404(token: str) -> None:
    Receipt.objects.create(
        token="0b6f2c1e-8d3a-4f5e-9a71-2c4d8e6f1a3b", order_number="R-2044", total=Decimal("58.20")
    )
    assert Client().get(f"/receipts/{token}/").status_code == 404


def test_unknown_token_is_404() -> None:
    assert Client().get(f"/receipts/{uuid.uuid4()}/").status_code == 404


def test_whole_link_still_works() -> None:
    Receipt.objects.create(
        token="0b6f2c1e-8d3a-4f5e-9a71-2c4d8e6f1a3b", order_number="R-2044", total=Decimal("58.20")
    )
    response = Client().get("/receipts/0b6f2c1e-8d3a-4f5e-9a71-2c4d8e6f1a3b/")
    assert response.status_code == 200
    assert response.content.decode() == "Receipt for order R-2044: total 58.20 EUR"
