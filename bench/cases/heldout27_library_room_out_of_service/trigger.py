"""The meeting-room kiosk: Ada has a leak since Monday; someone tries to book it for Wednesday."""

from datetime import datetime

from roombook.calendar import RoomCalendar

calendar = RoomCalendar(["Ada", "Babbage", "Curie"])
calendar.book("Babbage", datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 15, 0), "sales")
calendar.take_out_of_service("Ada", datetime(2025, 3, 3, 8, 0))
calendar.book("Ada", datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 15, 0), "design review")
