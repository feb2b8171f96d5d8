"""A new owner pairs their bike with the app; the first sync carries no rides yet, and
the home screen asks for its figures."""

from ebikelog.dashboard import dashboard
from ebikelog.rides import Battery, rides_from_sync

sync = {"serial": "EB-20417", "battery": {"capacity_wh": 625, "percent": 96}, "rides": []}
battery = Battery(sync["battery"]["capacity_wh"], sync["battery"]["percent"])
dashboard(battery, rides_from_sync(sync))
