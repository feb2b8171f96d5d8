from __future__ import annotations

from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from flashcards import store
from flashcards.scheduling import Card, Grade, is_due, review

app = FastAPI(title="flashcards")


class ReviewIn(BaseModel):
    grade: Grade
    #: The learner's local day; the app sends it so that reviews after midnight count right.
    reviewed_on: date


def _card_json(card: Card) -> dict[str, object]:
    return {
        "id": card.id,
        "front": card.front,
        "back": card.back,
        "interval_days": card.interval_days,
        "due": card.due.isoformat() if card.due else None,
    }


@app.get("/decks/{deck}/due")
def due_cards(deck: str, on: date) -> list[dict[str, object]]:
    """The cards of ``deck`` to study on ``on``: new cards and cards whose day has come."""
    return [_card_json(card) for card in store.in_deck(deck) if is_due(card, on)]


@app.post("/cards/{card_id}/reviews")
def post_review(card_id: int, body: ReviewIn) -> dict[str, object]:
    card = store.get(card_id)
    if card is None:
        raise HTTPException(status_code=404, detail="no such card")
    return _card_json(store.save(review(card, body.grade, body.reviewed_on)))
