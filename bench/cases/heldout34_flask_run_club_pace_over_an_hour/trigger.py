"""A member checks the pace of her half marathon: one hour forty-five and a half."""

from runclub import create_app

create_app().test_client().get("/races/half-marathon/pace?time=1:45:30")
