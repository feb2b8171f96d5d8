from __future__ import annotations

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from coldchain import config

app = FastAPI(title="coldchain")

#: The latest converted reading of each sensor, for the depot dashboards.
LATEST: dict[str, "Converted"] = {}


class Reading(BaseModel):
    sensor: str
    raw: int


class Converted(BaseModel):
    sensor: str
    site: str
    raw: int
    #: None while the sensor is not calibrated: its count is kept, but no temperature is
    #: reported from it.
    celsius: float | None
    #: True when celsius is above the sensor's max_c; never raised without a temperature.
    alert: bool


@app.post("/readings")
def ingest(reading: Reading) -> Converted:
    """Convert one sensor report and keep it as the sensor's latest reading."""
    sensor = config.SENSORS.get(reading.sensor)
    if sensor is None:
        raise HTTPException(status_code=404, detail=f"unknown sensor {reading.sensor}")
    celsius = round(reading.raw * sensor["scale"] + sensor["offset_c"], 2)
    converted = Converted(
        sensor=reading.sensor,
        site=sensor["site"],
        raw=reading.raw,
        celsius=celsius,
        alert=celsius > sensor["max_c"],
    )
    LATEST[reading.sensor] = converted
    return converted


@app.get("/sites/{site}/latest")
def site_latest(site: str) -> list[Converted]:
    """The latest reading of each of the site's sensors that has reported, by sensor name."""
    if not any(s["site"] == site for s in config.SENSORS.values()):
        raise HTTPException(status_code=404, detail=f"unknown site {site}")
    return [LATEST[name] for name in sorted(LATEST) if LATEST[name].site == site]
