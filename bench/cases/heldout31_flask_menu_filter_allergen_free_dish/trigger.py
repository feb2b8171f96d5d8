"""The kitchen pushes Tuesday's menu; a coeliac customer filters it in the canteen app."""

from canteen import create_app

client = create_app().test_client()
client.post(
    "/menu",
    headers={"X-Kitchen-Token": "kitchen-dev-token"},
    json={
        "date": "2024-05-14",
        "dishes": [
            {
                "name": "Tomato and basil soup",
                "price": "3.40",
                "allergens": ["celery"],
                "vegetarian": True,
            },
            {"name": "Beef lasagne", "price": "7.90", "allergens": ["gluten", "milk", "eggs"]},
            {"name": "Grilled salmon, new potatoes", "price": "9.20", "allergens": ["fish"]},
            {
                "name": "Green salad",
                "price": "2.50",
                "vegetarian": True,
                "notes": "dressing on the side",
            },
        ],
    },
)
client.get("/menu?exclude=gluten")
