from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from bookings.models import Artist

CENT = Decimal("0.01")


def _money(amount: Decimal) -> str:
    return str(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def artist_list(request: HttpRequest) -> JsonResponse:
    artists = [
        {"id": a.id, "name": a.name, "hourly_rate": _money(a.hourly_rate), "guest": a.guest}
        for a in Artist.objects.all()
    ]
    return JsonResponse({"artists": artists})


def quote(request: HttpRequest, artist_id: int) -> JsonResponse:
    """GET /artists/<id>/quote?hours=2.5: the price of a session and the deposit that
    secures the booking. Money is given as strings with two decimals."""
    artist = get_object_or_404(Artist, pk=artist_id)
    try:
        hours = Decimal(request.GET.get("hours", "1"))
    except InvalidOperation:
        return JsonResponse({"error": "hours must be a number"}, status=400)
    if not hours > 0:
        return JsonResponse({"error": "hours must be positive"}, status=400)
    total = (artist.hourly_rate * hours).quantize(CENT, rounding=ROUND_HALF_UP)
    deposit = total * artist.deposit_percent / 100
    return JsonResponse(
        {"artist": artist.name, "hours": str(hours), "total": _money(total), "deposit": _money(deposit)}
    )
