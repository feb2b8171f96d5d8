RECIPES = [
    {"name": "Tomato soup", "tags": ["soup", "vegetarian"], "rating": 4.1},
    {"name": "Lentil soup", "tags": ["soup", "vegan"], "rating": 4.6},
    {"name": "Apple pie", "tags": ["dessert"], "rating": 4.8},
]


def matching(term: str) -> list[dict]:
    """Recipes whose name or tags contain ``term``, best rated first (maybe none)."""
    term = term.lower()
    found = [r for r in RECIPES if term in r["name"].lower() or term in r["tags"]]
    return sorted(found, key=lambda r: r["rating"], reverse=True)
