# mypy: disable-error-code="import-untyped"
"""JsonResponse calls that already serialise: a dict, or a list the view allowed."""

from typing import Any

from django.http import JsonResponse


def profile(request: Any) -> JsonResponse:
    return JsonResponse({"name": "Ada", "tags": ["math", "engines"]})


def recent(request: Any) -> JsonResponse:
    # A bare array on purpose: the caller said so.
    return JsonResponse(["a", "b"], safe=False)
