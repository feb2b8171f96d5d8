"""Today's menu, as the kitchen system exports it.

The export is JSON: ``{"date": "2024-05-14", "dishes": [...]}``, each dish with ``name``,
``price`` (a string of euros) and, when they apply, ``allergens`` (names from ALLERGENS),
``vegetarian`` and ``notes``. The kitchen system leaves out every empty field: a dish
without ``allergens`` declares none of the fourteen, one without ``notes`` has none.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

#: The fourteen allergens EU law requires to be declared, as the kitchen system names them.
ALLERGENS = frozenset(
    {
        "celery",
        "crustaceans",
        "eggs",
        "fish",
        "gluten",
        "lupin",
        "milk",
        "molluscs",
        "mustard",
        "nuts",
        "peanuts",
        "sesame",
        "soya",
        "sulphites",
    }
)

Dish = dict[str, Any]


class MenuError(ValueError):
    """The export does not describe a menu we can publish."""


_today: dict[str, Any] = {"date": None, "dishes": []}


def publish(export: dict[str, Any]) -> int:
    """Replace today's menu with the kitchen's export; the number of dishes published."""
    dishes = export.get("dishes")
    if not isinstance(dishes, list) or not dishes:
        raise MenuError("the export has no dishes")
    for dish in dishes:
        if not dish.get("name"):
            raise MenuError("a dish has no name")
        try:
            Decimal(str(dish["price"]))
        except (KeyError, InvalidOperation):
            raise MenuError(f"{dish['name']}: no valid price") from None
        unknown = set(dish.get("allergens", [])) - ALLERGENS
        if unknown:
            raise MenuError(f"{dish['name']}: unknown allergens {sorted(unknown)}")
    _today["date"] = export.get("date")
    _today["dishes"] = list(dishes)
    return len(dishes)


def today() -> tuple[str | None, list[Dish]]:
    return _today["date"], list(_today["dishes"])


def clear() -> None:
    _today["date"] = None
    _today["dishes"] = []


def card(dish: Dish) -> dict[str, Any]:
    """A dish as the menu screens and the app show it."""
    return {
        "name": dish["name"],
        "price": str(Decimal(str(dish["price"])).quantize(Decimal("0.01"))),
        "allergens": sorted(dish.get("allergens", [])),
        "vegetarian": bool(dish.get("vegetarian", False)),
        "notes": dish.get("notes", ""),
    }


def without(dishes: list[Dish], excluded: set[str]) -> list[Dish]:
    """The dishes that contain none of the ``excluded`` allergens."""
    return [dish for dish in dishes if not excluded & set(dish["allergens"])]
