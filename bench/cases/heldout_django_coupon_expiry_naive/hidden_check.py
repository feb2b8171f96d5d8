from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from coupons.models import Coupon


@pytest.fixture(scope="module", autouse=True)
def coupons() -> None:
    now = timezone.now()
    Coupon.objects.get_or_create(
        code="blackfriday", defaults={"percent_off": 30, "expires_at": now + timedelta(days=3)}
    )
    # Ended 20 minutes ago: a comparison against naive local time (UTC+1 in Paris) or
    # against naive UTC read as local would still call it valid, or the other way round.
    Coupon.objects.get_or_create(
        code="flash", defaults={"percent_off": 50, "expires_at": now - timedelta(minutes=20)}
    )
    Coupon.objects.get_or_create(
        code="soon", defaults={"percent_off": 5, "expires_at": now + timedelta(minutes=20)}
    )
    Coupon.objects.get_or_create(code="forever", defaults={"percent_off": 10})


def _valid(code: str) -> bool:
    response = Client().get(f"/coupons/{code}/")
    assert response.status_code == 200
    return bool(response.json()["valid"])


def test_coupon_with_a_future_end_is_valid() -> None:
    assert _valid("blackfriday") is True
    assert _valid("soon") is True


def test_coupon_that_just_ended_is_not_valid() -> None:
    assert _valid("flash") is False


def test_permanent_coupon_still_valid() -> None:
    assert _valid("forever") is True
