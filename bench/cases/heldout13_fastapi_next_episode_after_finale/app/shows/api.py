from __future__ import annotations

from dataclasses import asdict

from fastapi import FastAPI, HTTPException

from shows import catalog

app = FastAPI()


def _episodes(show: str, season: int, number: int) -> list[catalog.Episode]:
    """The season's episodes, after checking that episode ``number`` (1-based) exists."""
    episodes = catalog.season(show, season)
    if not 1 <= number <= len(episodes):
        raise HTTPException(status_code=404, detail="no such episode")
    return episodes


@app.get("/shows/{show}/seasons/{season}/episodes/{number}")
def read_episode(show: str, season: int, number: int) -> dict[str, object]:
    episodes = _episodes(show, season, number)
    return asdict(episodes[number - 1])


@app.get("/shows/{show}/seasons/{season}/episodes/{number}/next")
def next_episode(show: str, season: int, number: int) -> dict[str, object] | None:
    """What the player offers when episode ``number`` ends: the following episode of the
    same season, or null after the season's last episode. On null the player shows its
    "Season complete" card; it never starts anything on its own."""
    episodes = _episodes(show, season, number)
    # Episode numbers start at 1, so the following episode sits at index ``number``.
    return asdict(episodes[number])
