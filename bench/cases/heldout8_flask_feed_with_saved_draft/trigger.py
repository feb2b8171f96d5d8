"""A feed reader polls the blog an hour after the author saved a draft."""

from blog.web import app

app.test_client().get("/feed.json")
