"""A customer on the standard plan opens "my next deliveries" in the web shop."""

from roastery import create_app

create_app().test_client().get("/subscriptions/3/upcoming?count=3")
