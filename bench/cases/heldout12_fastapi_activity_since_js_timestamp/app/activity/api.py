from __future__ import annotations

from datetime import datetime, timezone

from fastapi import FastAPI
from pydantic import BaseModel

from activity import feed

app = FastAPI()


class NewActivity(BaseModel):
    actor: str
    verb: str
    at: str


@app.post("/activity", status_code=201)
def record(body: NewActivity) -> dict[str, object]:
    return feed.add(body.actor, body.verb, feed.parse_timestamp(body.at)).as_json()


@app.get("/activity")
def list_activity(since: str | None = None) -> list[dict[str, object]]:
    """The feed, oldest first. The dashboard polls with ``since`` set to the newest
    timestamp it already shows, so only activities strictly after it are listed."""
    activities = feed.everything()
    if since is not None:
        cutoff = datetime.strptime(since, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        activities = [a for a in activities if a.at > cutoff]
    return [a.as_json() for a in activities]
