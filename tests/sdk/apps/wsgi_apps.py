"""Flask and Django apps whose views fail on the recorded input."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tests.sdk.apps import shop


def _order(payload: dict[str, Any]) -> shop.Order:
    return shop.Order(payload["sku"], int(payload["qty"]),
                      shop.Customer(payload["customer"], shop.Tier(payload["tier"])),
                      dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


def make_flask() -> Any:
    from flask import Flask, request

    app = Flask("bugstack_sdk_test")

    @app.post("/orders/<int:shop_id>")
    def create_order(shop_id: int) -> dict[str, float]:
        payload = request.get_json()
        return {"total": shop.price(_order(payload))}

    @app.post("/rows")
    def import_rows() -> tuple[dict[str, int], int]:
        rows = request.get_json()["rows"]
        try:
            total = sum(int(row) for row in rows)
        except ValueError:
            app.logger.exception("bad row in import")  # handled: the view answers 400
            return {"imported": 0}, 400
        return {"imported": total}, 200

    @app.post("/form")
    def form_order() -> dict[str, float]:
        return {"total": shop.price(_order(dict(request.form)))}

    return app


# -- Django: views and URLs of a one-module project --------------------------------------

def django_create_order(request: Any, shop_id: int) -> Any:
    from django.http import JsonResponse

    payload = json.loads(request.body)
    return JsonResponse({"total": shop.price(_order(payload))})


def make_django() -> Any:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="test-only",
            ALLOWED_HOSTS=["*"],
            ROOT_URLCONF=__name__,
            MIDDLEWARE=[],
            INSTALLED_APPS=[],
            LOGGING_CONFIG=None,
        )
        django.setup()
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def _urlpatterns() -> list[Any]:
    from django.urls import path

    return [path("orders/<int:shop_id>", django_create_order)]


def __getattr__(name: str) -> Any:
    # Django reads ``urlpatterns`` from ROOT_URLCONF lazily, after settings exist.
    if name == "urlpatterns":
        return _urlpatterns()
    raise AttributeError(name)
