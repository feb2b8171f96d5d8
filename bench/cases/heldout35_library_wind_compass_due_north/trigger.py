"""The nightly job summarises a station's day; a northerly blew most of the morning."""

from weatherdesk.readings import parse_upload
from weatherdesk.summary import daily_summary

UPLOAD = """taken_at,speed_kmh,gust_kmh,bearing
2024-11-18T06:00:00,21.0,34.0,5
2024-11-18T06:10:00,24.0,38.5,352
2024-11-18T06:20:00,22.0,36.0,357
2024-11-18T06:30:00,19.0,30.0,14
"""

daily_summary(parse_upload(UPLOAD))
