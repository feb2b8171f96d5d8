from __future__ import annotations

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from ladder import elo, store

app = FastAPI(title="Club ladder")


class GameReport(BaseModel):
    white: int
    black: int
    #: As written on the score sheet: "1-0", "0-1" or "1/2-1/2".
    result: str


@app.get("/ladder")
def ladder() -> list[dict[str, object]]:
    """Every member, highest rating first; members yet to play show the provisional rating."""
    rated = store.ratings()
    rows = [
        {
            "id": m.id,
            "name": m.name,
            "rating": rated.get(m.id, store.PROVISIONAL_RATING),
            "provisional": m.id not in rated,
        }
        for m in store.members()
    ]
    rows.sort(key=lambda row: (-int(str(row["rating"])), str(row["name"])))
    return rows


@app.get("/members/{member_id}")
def read_member(member_id: int) -> dict[str, object]:
    member = store.member(member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="no such member")
    rated = store.ratings()
    return {
        "id": member.id,
        "name": member.name,
        "joined": member.joined.isoformat(),
        "rating": rated.get(member.id, store.PROVISIONAL_RATING),
        "games": store.games_played(member.id),
    }


@app.post("/games", status_code=201)
def record_game(report: GameReport) -> dict[str, object]:
    """Records a rated game and moves both players' ratings."""
    if report.result not in elo.RESULTS:
        raise HTTPException(status_code=422, detail=f"unknown result {report.result!r}")
    if report.white == report.black:
        raise HTTPException(status_code=422, detail="a member cannot play themselves")
    for member_id in (report.white, report.black):
        if store.member(member_id) is None:
            raise HTTPException(status_code=404, detail=f"no member {member_id}")

    rated = store.ratings()
    white_before = rated[report.white]
    black_before = rated[report.black]
    score = elo.RESULTS[report.result]
    white_after = elo.updated(white_before, black_before, score)
    black_after = elo.updated(black_before, white_before, 1 - score)
    game_id = store.save_game(
        report.white, report.black, report.result,
        {report.white: white_after, report.black: black_after},
    )
    return {
        "game": game_id,
        "white": {"id": report.white, "before": white_before, "after": white_after},
        "black": {"id": report.black, "before": black_before, "after": black_after},
    }
