"""The first round of a knockout draw."""

from __future__ import annotations

from dataclasses import dataclass

from draws.seeding import Entrant


@dataclass(frozen=True)
class Match:
    home: Entrant
    #: None for a bye: ``home`` goes through to the second round without playing.
    away: Entrant | None

    @property
    def is_bye(self) -> bool:
        return self.away is None

    def label(self) -> str:
        if self.away is None:
            return f"{self.home.name} (bye)"
        return f"{self.home.name} v {self.away.name}"


def first_round(seeds: list[Entrant]) -> list[Match]:
    """Pair the seeds best against worst: 1 v N, 2 v N-1, and so on.

    ``seeds`` is best first (see :func:`draws.seeding.seed`). With an odd number of
    entrants the top seed gets the bye, a Match whose ``away`` is None, and comes first;
    the others are then paired best against worst as usual, so seed 2 meets the lowest
    seed. The matches come out in seed order of their home player.
    """
    if len(seeds) < 2:
        raise ValueError("a draw needs at least two entrants")
    half = (len(seeds) + 1) // 2
    top, bottom = seeds[:half], seeds[half:][::-1]
    return [Match(top[i], bottom[i]) for i in range(half)]
