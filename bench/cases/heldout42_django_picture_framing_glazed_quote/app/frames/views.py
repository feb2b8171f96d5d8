from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from frames import pricing
from frames.forms import QuoteForm
from frames.models import Moulding


def mouldings(request: HttpRequest) -> JsonResponse:
    rows = [
        {"code": m.code, "name": m.name, "price_per_metre": str(m.price_per_metre)}
        for m in Moulding.objects.all()
    ]
    return JsonResponse({"mouldings": rows})


def quote(request: HttpRequest) -> JsonResponse:
    """A quote for the counter tablet: ?moulding=OAK-20&width=40&height=50&glazing=museum"""
    form = QuoteForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    data = form.cleaned_data
    moulding = get_object_or_404(Moulding, code=data["moulding"])
    lines = pricing.quote(moulding, data["width"], data["height"], data["glazing"])
    return JsonResponse({"moulding": moulding.code, **{name: str(value) for name, value in lines.items()}})
