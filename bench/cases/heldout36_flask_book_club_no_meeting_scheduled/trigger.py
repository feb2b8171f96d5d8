"""The crime club met last Friday; the organiser hasn't set the next date yet, and a
member opens the club's page."""

from datetime import datetime, timedelta

from bookclub import clubs, create_app

club = clubs.add(clubs.Club("crime-fiction-fridays", "Crime Fiction Fridays", "Joan", "The Big Sleep"))
club.meetings.append(clubs.Meeting(datetime.now() - timedelta(days=3), "Reading room"))
create_app().test_client().get("/clubs/crime-fiction-fridays")
