"""A customer types "refund" into the help centre's search box."""

from helpdesk.web import create_app

create_app().test_client().get("/help/search?q=refund")
