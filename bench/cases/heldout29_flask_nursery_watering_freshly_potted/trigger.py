"""A seedling is potted up and added from the greenhouse tablet, which then shows its card."""

from nursery import create_app

client = create_app().test_client()
created = client.post("/plants", json={"name": "Basil 'Genovese'", "bench": "B", "potted_on": "2024-04-20", "interval_days": 3})
client.get(f"/plants/{created.get_json()['id']}")
