"""The sibling 404 under review: a view that looks its record up by what the session or
the signed-in user holds (no argument from the caller) names no record. A visitor without
a cart yet is no missing page, and /cart answering 404 would tell clients the endpoint
does not exist: nothing backs an answer, so the engine declines."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import generate
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

APP = '''
    from flask import Flask, abort, session

    app = Flask(__name__)
    app.secret_key = "tests"
    CARTS = {"c1": {"items": ["tea"]}}


    @app.route("/carts/<cart_id>")
    def cart_by_id(cart_id):
        found = CARTS.get(cart_id)
        if found is None:
            abort(404)
        return {"items": found["items"]}


    @app.route("/cart")
    def my_cart():
        found = CARTS.get(session.get("cart_id"))
        return {"items": found["items"]}
'''

TESTS = '''
    from shop import app


    def test_my_cart():
        client = app.test_client()
        with client.session_transaction() as session:
            session["cart_id"] = "c1"
        assert client.get("/cart").get_json() == {"items": ["tea"]}
'''

TRIGGER = 'from shop import app\napp.test_client().get("/cart")'

# /cart exists for every visitor: one without a cart is no reason to answer 404.
CHECK = 'from shop import app\nassert app.test_client().get("/cart").status_code != 404\n'


def test_a_record_looked_up_by_a_session_value_gets_no_sibling_404(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"shop/__init__.py": APP, "tests/test_app.py": TESTS},
                         TRIGGER, CHECK, framework="flask")
    assert data is not None and data["status"] != "fixed"


VIEWS = '''
    from django.http import Http404, JsonResponse

    from shop.models import Cart


    def cart_detail(request, cart_id):
        cart = Cart.objects.filter(pk=cart_id).first()
        if cart is None:
            raise Http404("No such cart")
        return JsonResponse({"items": cart.items})


    def my_cart(request):
        cart = Cart.objects.filter(owner=request.user).first()
        return JsonResponse({"mine": cart.items})
'''


def test_a_record_looked_up_by_the_signed_in_user_gets_no_sibling_404(
        tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"shop/views.py": VIEWS}, "shop/views.py",
                              '"mine": cart.items', "AttributeError",
                              "'NoneType' object has no attribute 'items'",
                              {"request": "<WSGIRequest: GET '/cart'>", "cart": "None"})
    assert analysis.not_found is not None  # the sibling's 404 is there to be copied
    assert not [c for c in generate(site, analysis)
                if "Http404" in c.diff() and c.contract is not None]
