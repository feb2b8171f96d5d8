"""Bo, who never picked a timezone on the settings page, opens the agenda."""

from agenda import create_app

create_app().test_client().get("/members/bo/agenda")
