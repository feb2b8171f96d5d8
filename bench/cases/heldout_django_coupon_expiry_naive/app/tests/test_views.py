from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from coupons.models import Coupon


@pytest.fixture(scope="module", autouse=True)
def coupons() -> None:
    Coupon.objects.get_or_create(code="welcome10", defaults={"percent_off": 10})
    Coupon.objects.get_or_create(
        code="summer", defaults={"percent_off": 20, "expires_at": timezone.now() - timedelta(days=30)}
    )


def test_status_of_a_permanent_coupon() -> None:
    assert Client().get("/coupons/welcome10/").json() == {
        "code": "welcome10", "percent_off": 10, "valid": True
    }


def test_unknown_coupon() -> None:
    assert Client().get("/coupons/nope/").status_code == 404


def test_redeem() -> None:
    assert Client().post("/coupons/welcome10/redeem/").json()["redemptions"] >= 1


def test_expired_coupon_cannot_be_redeemed() -> None:
    assert Client().post("/coupons/summer/redeem/").status_code == 410
