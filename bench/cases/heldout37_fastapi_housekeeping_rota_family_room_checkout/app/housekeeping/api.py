from __future__ import annotations

import heapq
from datetime import date, datetime, time, timedelta

from fastapi import FastAPI, Query

from housekeeping import rooms, timing

app = FastAPI(title="Housekeeping rota")

SHIFT_START = time(9, 30)
#: Check-in time: every room vacated today must be clean by then.
ARRIVALS_FROM = time(15, 0)


def _clock(day: date, minutes: int) -> str:
    return (datetime.combine(day, SHIFT_START) + timedelta(minutes=minutes)).strftime("%H:%M")


@app.get("/rota/{day}")
def rota(day: date, staff: int = Query(2, ge=1, le=10)) -> dict[str, object]:
    """The day's rota: every room slept in last night, check-outs first (they must be
    ready for arrivals), each given to whichever housekeeper comes free first."""
    jobs = []
    for stay in rooms.occupied_night_before(day):
        checkout = stay.departs == day
        minutes = timing.turnaround_minutes(rooms.ROOM_TYPES[stay.room], checkout)
        jobs.append((not checkout, int(stay.room), stay.room, checkout, minutes))
    jobs.sort()

    free_at = [(0, n) for n in range(1, staff + 1)]
    tasks = []
    for _, _, room, checkout, minutes in jobs:
        start, who = heapq.heappop(free_at)
        heapq.heappush(free_at, (start + minutes, who))
        tasks.append(
            {
                "room": room,
                "kind": "checkout" if checkout else "stayover",
                "minutes": minutes,
                "housekeeper": who,
                "start": _clock(day, start),
                "done": _clock(day, start + minutes),
            }
        )
    deadline = ARRIVALS_FROM.strftime("%H:%M")
    return {
        "day": day.isoformat(),
        "tasks": tasks,
        "total_minutes": sum(t["minutes"] for t in tasks),
        "finish": max((t["done"] for t in tasks), default=_clock(day, 0)),
        "late_for_arrivals": [
            t["room"] for t in tasks if t["kind"] == "checkout" and t["done"] > deadline
        ],
    }
