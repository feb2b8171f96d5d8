from __future__ import annotations

from datetime import datetime, time

from fastapi import FastAPI, HTTPException

from heating import store
from heating.schedule import next_change, setpoint_at

#: What an away (holiday) thermostat holds, whatever its programme says: just enough to
#: keep the pipes from freezing.
FROST_PROTECTION_C = 7.0

app = FastAPI(title="Heating hub")


def _parse_at(at: str | None) -> time:
    if at is None:
        return datetime.now().time().replace(second=0, microsecond=0)
    try:
        return time.fromisoformat(at)
    except ValueError:
        raise HTTPException(status_code=422, detail="at must be HH:MM") from None


@app.get("/thermostats/{thermostat_id}/setpoint")
def read_setpoint(thermostat_id: int, at: str | None = None) -> dict[str, object]:
    """The target temperature at ``at`` (HH:MM, default now) and when it next changes."""
    thermostat = store.get(thermostat_id)
    if thermostat is None:
        raise HTTPException(status_code=404)
    moment = _parse_at(at)
    if thermostat.away:
        return {"room": thermostat.room, "celsius": FROST_PROTECTION_C, "next_change": None}
    upcoming = next_change(thermostat.programme, moment)
    return {
        "room": thermostat.room,
        "celsius": setpoint_at(thermostat.programme, moment),
        "next_change": upcoming.starts.strftime("%H:%M"),
    }


@app.post("/thermostats/{thermostat_id}/away")
def set_away(thermostat_id: int, away: bool = True) -> dict[str, object]:
    thermostat = store.get(thermostat_id)
    if thermostat is None:
        raise HTTPException(status_code=404)
    thermostat.away = away
    return {"room": thermostat.room, "away": thermostat.away}
