"""The half-hourly sync pulls the owner's own calendar, where single blocked nights are written without DTEND."""

from cabinsync.availability import blocked_nights

FEED = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Owner calendar//EN\r\n"
    "BEGIN:VEVENT\r\nUID:res-1042@booking.example\r\nDTSTART;VALUE=DATE:20240703\r\n"
    "DTEND;VALUE=DATE:20240706\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:owner-1@cabin.example\r\nDTSTART;VALUE=DATE:20240712\r\n"
    "SUMMARY:Blocked - chimney sweep\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)

blocked_nights(FEED)
