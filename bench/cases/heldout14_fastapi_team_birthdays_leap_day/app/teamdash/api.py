from __future__ import annotations

from datetime import date

from fastapi import FastAPI, Query

from teamdash import birthdays, people

app = FastAPI(title="Team dashboard")


@app.get("/birthdays/upcoming")
def upcoming_birthdays(
    team: str | None = None,
    on: date | None = Query(default=None, description="Preview the list as of this day."),
    days: int = Query(default=7, ge=1, le=31),
) -> dict[str, object]:
    today = on or date.today()
    return {
        "from": today.isoformat(),
        "days": days,
        "birthdays": birthdays.upcoming(people.in_team(team), today, days),
    }
