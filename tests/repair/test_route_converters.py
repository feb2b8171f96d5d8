"""A slug route widened to ``str`` when a sibling route takes the same parameter as
``str`` and the reversed value is a non-empty segment; nothing for an empty slug, a value
with a slash, or a route no sibling vouches for."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.route_converters import RouteConverterWidened
from tests.repair.crash_sites import crash_at

URLS = '''
    from django.urls import path

    from shop import views

    urlpatterns = [
        path("products/<slug:code>/", views.product_detail, name="product-detail"),
        path("go/<str:code>/", views.short_link, name="short-link"),
    ]
'''

VIEWS = '''
    from django.urls import reverse


    def short_link(request, code):
        return reverse("product-detail", kwargs={"code": code})
'''


def _edits(tmp_path: Path, value: str, urls: str = URLS) -> list[str]:
    message = (f"Reverse for 'product-detail' with keyword arguments '{{'code': {value!r}}}' "
               "not found. 1 pattern(s) tried: ['products/(?P<code>[-a-zA-Z0-9_]+)/\\\\Z']")
    site, analysis = crash_at(tmp_path, {"shop/urls.py": urls, "shop/views.py": VIEWS},
                              "shop/views.py", "return reverse", "NoReverseMatch", message,
                              {"code": repr(value)})
    return [c.edits["shop/urls.py"] for c in RouteConverterWidened().propose(site, analysis)]


def test_a_code_with_a_dot_gets_the_str_converter_its_sibling_route_uses(
        tmp_path: Path) -> None:
    assert _edits(tmp_path, "MUG-0.5L") == [textwrap.dedent(URLS).lstrip("\n").replace(
        '"products/<slug:code>/"', '"products/<str:code>/"')]


def test_empty_slashed_or_unvouched_values_get_nothing(tmp_path: Path) -> None:
    assert _edits(tmp_path / "empty", "") == []
    assert _edits(tmp_path / "slash", "MUG/0.5L") == []
    alone = URLS.replace('        path("go/<str:code>/", views.short_link, name="short-link"),\n',
                         "")
    assert _edits(tmp_path / "alone", "MUG-0.5L", alone) == []
