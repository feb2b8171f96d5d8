"""A customer opens the page of the order they placed last night, not yet delivered."""

from orders import create_app

create_app().test_client().get("/orders/1002")
