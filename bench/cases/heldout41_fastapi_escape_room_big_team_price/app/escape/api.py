from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from escape import pricing

app = FastAPI(title="Escape room bookings")


@dataclass(frozen=True)
class Room:
    name: str
    capacity: int


ROOMS: dict[str, Room] = {
    "library": Room("The Locked Library", 4),
    "pharaoh": Room("The Pharaoh's Tomb", 6),
    "submarine": Room("Sub 17", 8),
}


class QuoteRequest(BaseModel):
    room: str
    players: int = Field(ge=pricing.MIN_TEAM, le=pricing.MAX_TEAM)
    weekend: bool = False


@app.get("/rooms")
def list_rooms() -> list[dict[str, object]]:
    return [{"id": key, "name": r.name, "capacity": r.capacity} for key, r in ROOMS.items()]


@app.post("/quotes")
def quote(request: QuoteRequest) -> dict[str, object]:
    """The booking page's price box: per-player price and team total, as strings."""
    room = ROOMS.get(request.room)
    if room is None:
        raise HTTPException(status_code=404, detail="unknown room")
    if request.players > room.capacity:
        raise HTTPException(
            status_code=422, detail=f"{room.name} takes at most {room.capacity} players"
        )
    each = pricing.per_player_price(request.players, weekend=request.weekend)
    return {
        "room": room.name,
        "players": request.players,
        "per_player": str(each),
        "total": str(each * request.players),
    }
