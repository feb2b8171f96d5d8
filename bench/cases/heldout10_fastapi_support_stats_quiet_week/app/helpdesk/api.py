from __future__ import annotations

from fastapi import FastAPI

from helpdesk.stats import TeamStats, team_stats

app = FastAPI()


@app.get("/teams/{team}/stats")
def stats(team: str, week: str) -> TeamStats:
    return team_stats(team, week)
