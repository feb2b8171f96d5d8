"""A Django view's bare list is wrapped in the envelope its sibling views answer
collections in; nothing when the view says it means a bare array, when the siblings
disagree on the envelope, or when no sibling wraps a collection."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.collection_envelopes import SiblingCollectionEnvelope
from tests.repair.crash_sites import crash_at

VIEWS = '''
    from django.http import JsonResponse

    from shop.models import Product, Tag


    def product_list(request):
        products = [p.as_json() for p in Product.objects.all()]
        return JsonResponse({"count": len(products), "results": products})


    def product_detail(request, pk):
        return JsonResponse(Product.objects.get(pk=pk).as_json())


    def tag_list(request):
        """Every tag, for the picker."""
        tags = [t.as_json() for t in Tag.objects.all()]
        return JsonResponse(tags)
'''

MESSAGE = ("In order to allow non-dict objects to be serialized set the safe parameter to "
           "False.")


def _edits(tmp_path: Path, source: str = VIEWS) -> list[str]:
    site, analysis = crash_at(tmp_path, {"shop/views.py": source}, "shop/views.py",
                              "return JsonResponse(tags)", "TypeError", MESSAGE)
    return [c.edits["shop/views.py"] for c in SiblingCollectionEnvelope().propose(site, analysis)]


def test_the_list_is_wrapped_like_the_siblings(tmp_path: Path) -> None:
    assert _edits(tmp_path) == [textwrap.dedent(VIEWS).lstrip("\n").replace(
        "return JsonResponse(tags)",
        'return JsonResponse({"count": len(tags), "results": tags})')]


def test_a_documented_bare_array_or_disagreeing_or_missing_siblings_get_nothing(
        tmp_path: Path) -> None:
    bare = VIEWS.replace("Every tag, for the picker.", "Every tag, as a bare JSON array.")
    assert _edits(tmp_path / "bare", bare) == []
    disagree = VIEWS + '''

    def order_list(request):
        orders = [o.as_json() for o in request.user.orders.all()]
        return JsonResponse({"total": len(orders), "items": orders})
'''
    assert _edits(tmp_path / "disagree", disagree) == []
    alone = VIEWS.replace(
        'return JsonResponse({"count": len(products), "results": products})',
        "return JsonResponse({'product': products[0]})")
    assert _edits(tmp_path / "alone", alone) == []
