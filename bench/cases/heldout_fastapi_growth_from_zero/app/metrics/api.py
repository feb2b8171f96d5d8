from datetime import date, timedelta

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from metrics.store import signups

app = FastAPI(title="campaign metrics")


class WeekOverWeek(BaseModel):
    campaign: str
    week: date
    signups: int
    previous: int
    #: Change against the previous week in percent, one decimal; None when the previous
    #: week had no signups (growth from zero is undefined).
    change_pct: float | None


@app.get("/campaigns/{campaign}/weeks/{week}", response_model=WeekOverWeek)
def week_over_week(campaign: str, week: date) -> WeekOverWeek:
    current = signups(campaign, week)
    if current is None:
        raise HTTPException(status_code=404, detail="unknown campaign")
    previous = signups(campaign, week - timedelta(days=7)) or 0
    change = round((current - previous) / previous * 100, 1)
    return WeekOverWeek(campaign=campaign, week=week, signups=current, previous=previous,
                        change_pct=change)
