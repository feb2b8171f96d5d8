"""Sam opens their shelf; one of the books on it is an e-book with no page count."""

from bookshelf import create_app

create_app().test_client().get("/readers/sam/shelf")
