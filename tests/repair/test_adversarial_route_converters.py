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


    def archive_link(year: str) -> str:
        return reverse("archive", kwargs={"year": year})


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


# route_converters under review: a sibling ``str`` route does not make an ``int`` route
# take text (its view is given an int), nor may a widened route shadow the sibling.


ARCHIVE_URLS = '''
    from django.urls import path


    def archive(request, year):
        return f"posts of {year + 0}"


    def feed(request, year):
        return f"feed {year}"


    urlpatterns = [
        path("archive/<int:year>/", archive, name="archive"),
        path("feeds/<str:year>/", feed, name="feed"),
    ]
'''


PRODUCT_URLS_2 = '''
    from django.urls import path


    def detail(request, code):
        return f"page of {code}"


    def detail_json(request, code):
        return f"json of {code}"


    urlpatterns = [
        path("products/<slug:code>", detail, name="product-detail"),
        path("products/<str:code>.json", detail_json, name="product-json"),
    ]
'''


def test_an_int_route_is_not_widened_to_text(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app(ARCHIVE_URLS, "archive_link", "2024", "/archive/2024/"),
        'from shop.links import archive_link\narchive_link("2024-Q1")',
        'import shop.links\nfrom django.urls import resolve\n'
        'match = resolve("/archive/2024/")\n'
        'assert match.kwargs["year"] == 2024, match.kwargs\n'
        'match.func(None, **match.kwargs)\n')
    assert data is not None and data["status"] != "fixed"


def test_a_widened_route_does_not_shadow_its_sibling(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app(PRODUCT_URLS_2, "product_link", '"mug"', "/products/mug"),
        'from shop.links import product_link\nproduct_link("MUG-0.5L")',
        'import shop.links\nfrom django.urls import resolve\n'
        'assert resolve("/products/mug.json").url_name == "product-json"\n')
    assert data is not None and data["status"] != "fixed"

