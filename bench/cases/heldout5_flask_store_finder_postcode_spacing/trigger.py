"""A visitor on a phone types their postcode in lower case without the space."""

from storefinder.web import app

app.test_client().get("/stores/nearest", query_string={"postcode": "sw1a1aa"})
