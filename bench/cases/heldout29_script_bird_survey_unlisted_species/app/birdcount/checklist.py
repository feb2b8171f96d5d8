"""The county checklist: two-letter BTO codes of the species we expect in gardens."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Species:
    code: str
    name: str
    family: str


CHECKLIST: dict[str, Species] = {
    s.code: s
    for s in [
        Species("BT", "Blue Tit", "tits"),
        Species("GT", "Great Tit", "tits"),
        Species("CT", "Coal Tit", "tits"),
        Species("LT", "Long-tailed Tit", "long-tailed tits"),
        Species("R.", "Robin", "chats"),
        Species("B.", "Blackbird", "thrushes"),
        Species("CH", "Chaffinch", "finches"),
        Species("GO", "Goldfinch", "finches"),
        Species("HS", "House Sparrow", "sparrows"),
        Species("WP", "Woodpigeon", "pigeons"),
    ]
}


def lookup(code: str) -> Species | None:
    return CHECKLIST.get(code.strip().upper())
