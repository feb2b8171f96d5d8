"""An editor fixes the title of a post from the admin screen."""

from blog.web import app

client = app.test_client()
client.post("/posts", json={"title": "Cafe au lait", "body": "How we brew it."})
client.put("/posts/cafe-au-lait/title", json={"title": "Café au lait, the Lyon way!"})
