"""A reader clicks the "bread" chip under a post."""

from blog.app import app

app.test_client().get("/tags/bread")
