from datetime import datetime

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_POST

from coupons.models import Coupon


def coupon_status(request: HttpRequest, code: str) -> JsonResponse:
    """What the checkout page shows when a coupon code is typed in."""
    coupon = get_object_or_404(Coupon, code=code)
    expired = coupon.expires_at is not None and coupon.expires_at <= datetime.now()
    return JsonResponse({"code": coupon.code, "percent_off": coupon.percent_off,
                         "valid": not expired})


@require_POST
def redeem(request: HttpRequest, code: str) -> JsonResponse:
    coupon = get_object_or_404(Coupon, code=code)
    if coupon.expires_at is not None and coupon.expires_at <= timezone.now():
        return JsonResponse({"error": "expired"}, status=410)
    coupon.redemptions += 1
    coupon.save(update_fields=["redemptions"])
    return JsonResponse({"code": coupon.code, "redemptions": coupon.redemptions})
