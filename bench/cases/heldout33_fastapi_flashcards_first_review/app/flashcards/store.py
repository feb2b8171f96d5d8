"""In-process card store (production keeps the same rows in SQLite on the learner's device)."""

from __future__ import annotations

from datetime import date

from flashcards.scheduling import Card

_CARDS: dict[int, Card] = {}


def reset() -> None:
    _CARDS.clear()
    for card in (
        Card(1, "spanish", "el perro", "the dog", interval_days=4, due=date(2024, 5, 10)),
        Card(2, "spanish", "la gata", "the cat", interval_days=1, due=date(2024, 5, 9)),
        Card(3, "spanish", "el puente", "the bridge"),
        Card(4, "spanish", "la ventana", "the window", interval_days=30, due=date(2024, 6, 2)),
        Card(5, "capitals", "Peru", "Lima", interval_days=2, due=date(2024, 5, 11)),
    ):
        _CARDS[card.id] = card


def get(card_id: int) -> Card | None:
    return _CARDS.get(card_id)


def in_deck(deck: str) -> list[Card]:
    return [card for card in _CARDS.values() if card.deck == deck]


def save(card: Card) -> Card:
    _CARDS[card.id] = card
    return card


reset()
