"""The recipe book (loaded from the CMS export at start-up in production)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ingredient:
    name: str
    #: None for an ingredient added "to taste" (salt, pepper, fresh herbs): the card lists
    #: it without an amount, and scaling a recipe never gives it one.
    quantity: float | None
    unit: str = ""


@dataclass(frozen=True)
class Recipe:
    id: int
    title: str
    serves: int
    ingredients: list[Ingredient] = field(default_factory=list)


_RECIPES: dict[int, Recipe] = {
    1: Recipe(
        1,
        "Buttermilk pancakes",
        4,
        [
            Ingredient("plain flour", 200, "g"),
            Ingredient("buttermilk", 300, "ml"),
            Ingredient("eggs", 2),
            Ingredient("baking powder", 1.5, "tsp"),
        ],
    ),
    2: Recipe(
        2,
        "Roast tomato soup",
        2,
        [
            Ingredient("tomatoes", 800, "g"),
            Ingredient("onion", 1),
            Ingredient("vegetable stock", 500, "ml"),
            Ingredient("salt", None),
            Ingredient("basil", None, "leaves"),
        ],
    ),
}


def get(recipe_id: int) -> Recipe | None:
    return _RECIPES.get(recipe_id)
