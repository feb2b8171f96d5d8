"""Expandable fields of the payment provider's API.

A field that refers to another object (``customer``, ``charge``, ``invoice``) holds that
object's id, a string such as ``"cus_NffrFeUfNV2Hib"``, unless the request asked to
expand it (``expand[]=customer``); then it holds the whole object, a dict with its ``id``
among other fields. Webhook payloads are never expanded. A guest checkout has no
customer: the field is null.
"""

from __future__ import annotations

from typing import Any

Expandable = str | dict[str, Any] | None


def id_of(value: Expandable) -> str | None:
    """The referred object's id, whether the field was expanded or not."""
    if isinstance(value, dict):
        return str(value["id"])
    return value
