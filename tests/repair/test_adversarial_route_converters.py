"""route_converters under review: a code with a slash has no one-segment address, even
when a sibling route takes the same parameter as ``str``; the route is not widened."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

LINKS = '''
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(ROOT_URLCONF="shop.urls", ALLOWED_HOSTS=["*"])
        django.setup()

    from django.urls import reverse


    def product_link(code: str) -> str:
        return reverse("product-detail", kwargs={"code": code})
'''

PRODUCT_URLS = '''
    from django.urls import path


    def detail(request, code):
        return f"page of {code}"


    def short_link(request, code):
        return f"/products/{code}"


    urlpatterns = [
        path("products/<slug:code>", detail, name="product-detail"),
        path("go/<str:code>", short_link, name="short-link"),
    ]
'''

TESTS = '''
    from shop import links


    def test_link():
        assert links.NAME(KWARGS) == URL
'''


def _app(urls: str, name: str, kwargs: str, url: str) -> dict[str, str]:
    tests = TESTS.replace("NAME", name).replace("KWARGS", kwargs).replace(
        "URL", repr(url))
    return {"shop/__init__.py": "", "shop/links.py": LINKS, "shop/urls.py": urls,
            "tests/__init__.py": "", "tests/test_links.py": tests}


def test_a_slashed_code_is_not_given_a_wider_route(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app(PRODUCT_URLS, "product_link", '"mug"', "/products/mug"),
        'from shop.links import product_link\nproduct_link("MUG/0.5L")',
        'import shop.links\nfrom django.urls import resolve\n'
        'assert resolve("/products/mug").url_name == "product-detail"\n'
        'assert resolve("/go/mug").url_name == "short-link"\n')
    assert data is not None and data["status"] != "fixed"
