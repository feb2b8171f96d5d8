from __future__ import annotations

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

from recipes import store

app = FastAPI(title="Recipe cards")


class IngredientOut(BaseModel):
    name: str
    quantity: float | None
    unit: str
    #: How the printed card shows the line: "200 g plain flour", "salt, to taste".
    line: str


class RecipeOut(BaseModel):
    id: int
    title: str
    serves: int
    ingredients: list[IngredientOut]


def card_line(name: str, quantity: float | None, unit: str) -> str:
    if quantity is None:
        return f"{name}, to taste" if not unit else f"{name} ({unit}), to taste"
    amount = f"{quantity:g}"
    return f"{amount} {unit} {name}" if unit else f"{amount} {name}"


def _out(recipe: store.Recipe, serves: int, ingredients: list[store.Ingredient]) -> RecipeOut:
    return RecipeOut(
        id=recipe.id,
        title=recipe.title,
        serves=serves,
        ingredients=[
            IngredientOut(name=i.name, quantity=i.quantity, unit=i.unit, line=card_line(i.name, i.quantity, i.unit))
            for i in ingredients
        ],
    )


def _recipe_or_404(recipe_id: int) -> store.Recipe:
    recipe = store.get(recipe_id)
    if recipe is None:
        raise HTTPException(status_code=404, detail="no such recipe")
    return recipe


@app.get("/recipes/{recipe_id}", response_model=RecipeOut)
def read_recipe(recipe_id: int) -> RecipeOut:
    recipe = _recipe_or_404(recipe_id)
    return _out(recipe, recipe.serves, recipe.ingredients)


@app.get("/recipes/{recipe_id}/scaled", response_model=RecipeOut)
def scaled_recipe(recipe_id: int, serves: int = Query(gt=0, le=100)) -> RecipeOut:
    """The recipe's card for ``serves`` people: every amount is multiplied by
    serves / recipe.serves and rounded to one decimal place."""
    recipe = _recipe_or_404(recipe_id)
    factor = serves / recipe.serves
    ingredients = [
        store.Ingredient(i.name, round(i.quantity * factor, 1), i.unit) for i in recipe.ingredients
    ]
    return _out(recipe, serves, ingredients)
