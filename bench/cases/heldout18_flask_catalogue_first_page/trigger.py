"""A reader follows the "Browse the catalogue" link on the home page: /books."""

from catalogue import create_app

create_app().test_client().get("/books")
