"""Settings in layers: the defaults shipped with the app, then each environment's overlay
(staging.json, production.json), then a host's local overlay."""

from __future__ import annotations

from typing import Any


def overlay(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """A new dict: ``base`` with ``override`` laid over it, section by section.

    A dict in ``override`` is merged into the section of the same name; any other value
    replaces the base value. A ``null`` (None) in ``override`` deletes the key, so an
    overlay can switch off a whole section that the defaults enable (``"sentry": null``).
    Neither argument is modified.
    """
    merged = dict(base)
    for key, value in override.items():
        if isinstance(base.get(key), dict):
            merged[key] = overlay(base[key], value)
        else:
            merged[key] = value
    return merged


def resolve(*layers: dict[str, Any]) -> dict[str, Any]:
    """All layers, first to last."""
    settings: dict[str, Any] = {}
    for layer in layers:
        settings = overlay(settings, layer)
    return settings
