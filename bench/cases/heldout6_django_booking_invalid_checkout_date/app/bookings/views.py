from __future__ import annotations

from django.forms import Form
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.forms import BookingForm, GiftCardForm
from bookings.models import Booking


def _errors(form: Form) -> JsonResponse:
    """400 with each field's messages; errors not tied to one field are under "__all__"."""
    data = {name: [e["message"] for e in errors] for name, errors in form.errors.get_json_data().items()}
    return JsonResponse({"errors": data}, status=400)


@csrf_exempt
@require_POST
def book(request: HttpRequest) -> JsonResponse:
    form = BookingForm(request.POST)
    if not form.is_valid():
        return _errors(form)
    booking = Booking.objects.create(**form.cleaned_data)
    return JsonResponse({"id": booking.pk, "nights": (booking.check_out - booking.check_in).days}, status=201)


@csrf_exempt
@require_POST
def buy_gift_card(request: HttpRequest) -> JsonResponse:
    form = GiftCardForm(request.POST)
    if not form.is_valid():
        return _errors(form)
    return JsonResponse({"amount": str(form.cleaned_data["amount"]), "recipient": form.cleaned_data["recipient"]}, status=201)
