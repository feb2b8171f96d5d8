"""Completed deliveries per courier, as the drivers' app reports them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Delivery:
    courier: str
    minutes: int
    on_time: bool


COURIERS = {"amira": "Amira K.", "tomasz": "Tomasz W.", "leo": "Leo B."}

DELIVERIES = [
    Delivery("amira", 22, True),
    Delivery("amira", 35, True),
    Delivery("amira", 41, False),
    Delivery("tomasz", 18, True),
    Delivery("tomasz", 30, True),
    # Leo started this week and has not completed a delivery yet.
]


def minutes_for(courier: str) -> list[int]:
    return [d.minutes for d in DELIVERIES if d.courier == courier]


def on_time_count(courier: str) -> int:
    return sum(1 for d in DELIVERIES if d.courier == courier and d.on_time)
