"""Someone searches for a dish nobody has posted."""

from recipes.web import app

app.test_client().get("/search?q=ramen")
