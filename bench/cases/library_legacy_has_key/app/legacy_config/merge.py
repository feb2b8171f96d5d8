"""Merges layered configuration dicts (defaults < file < environment)."""

from typing import Any


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """A new dict: ``base`` updated by ``override``, nested dicts merged key by key."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and merged.has_key(key) and isinstance(merged[key], dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def layered(*layers: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for layer in layers:
        result = merge(result, layer)
    return result
