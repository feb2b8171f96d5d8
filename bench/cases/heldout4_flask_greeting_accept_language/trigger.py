"""A visitor with a Polish browser opens the start page, which fetches the greeting."""

from greeter.web import app

app.test_client().get("/greeting", headers={"Accept-Language": "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7"})
