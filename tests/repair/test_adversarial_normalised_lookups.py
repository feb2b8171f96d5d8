"""Adversarial: a product lookup typed in lower case misses, and the module documents
that case does not matter, but for the search box's free text, not for product codes,
which its docstring calls case-sensitive ("ab-12" and "AB-12" are two products). The
engine must not make the code lookup ignore case: it declines, or answers 404."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FILES = {
    "shop/__init__.py": "",
    "shop/catalogue.py": '''
        """The catalogue. Search terms are matched the same whatever their case."""

        PRODUCTS: dict[str, tuple[str, int]] = {
            "AB-12": ("Kettle", 2999),
            "ab-12": ("Kettle descaler", 499),
        }


        def product(code: str) -> tuple[str, int] | None:
            """Name and price of the product ``code``, or None. Codes are case-sensitive:
            "ab-12" and "AB-12" are two products, never the same one."""
            return PRODUCTS.get(code)
    ''',
    "shop/web.py": '''
        from flask import Flask, abort, request

        from shop.catalogue import product

        app = Flask(__name__)
        STOCK = {"AB-12": 3}


        @app.get("/product")
        def show():
            """The product named by ?code=."""
            name, price = product(request.args.get("code", ""))
            return {"name": name, "price": price}


        @app.get("/stock/<code>")
        def stock(code: str):
            units = STOCK.get(code)
            if units is None:
                abort(404)
            return {"units": units}
    ''',
    "tests/test_web.py": '''
        from shop.web import app


        def test_show() -> None:
            response = app.test_client().get("/product", query_string={"code": "AB-12"})
            assert response.get_json() == {"name": "Kettle", "price": 2999}
    ''',
}


def test_a_case_sensitive_code_is_not_looked_up_without_case(tmp_path: Path) -> None:
    trigger = ('from shop.web import app\n'
               'app.test_client().get("/product", query_string={"code": "Ab-12"})')
    check = ("from shop.web import app\n"
             "client = app.test_client()\n"
             "assert client.get('/product?code=Ab-12').status_code == 404\n"
             "assert client.get('/product?code=ab-12').get_json()['name'] == 'Kettle descaler'\n")
    data = fix_and_check(tmp_path, FILES, trigger, check, framework="flask")
    assert data is not None
    assert "casefold" not in (data.get("patch") or "")
