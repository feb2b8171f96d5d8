"""Ten-pin scoring: a player's pinfalls, ball by ball, as the pinsetter reports them."""

from __future__ import annotations

FRAMES = 10
PINS = 10


def frame_scores(rolls: list[int]) -> list[int | None]:
    """The running total after each frame started so far, one entry per frame.

    A frame's total is None until it can be scored: while its second ball is still to
    come, and for a strike or a spare until its bonus balls have been bowled. A running
    total cannot skip a frame, so once a frame is None every later frame is None too.
    """
    scores: list[int | None] = []
    total = 0
    i = 0
    for _ in range(FRAMES):
        if i >= len(rolls):
            break  # frame not started yet
        if rolls[i] == PINS:  # strike: ten plus the next two balls
            frame_rolls, bonus = 1, rolls[i + 1] + rolls[i + 2]
        elif i + 1 >= len(rolls):
            scores.append(None)  # second ball still to come
            break
        elif rolls[i] + rolls[i + 1] == PINS:  # spare: ten plus the next ball
            frame_rolls, bonus = 2, rolls[i + 2]
        else:
            frame_rolls, bonus = 2, 0
        total += sum(rolls[i : i + frame_rolls]) + bonus
        scores.append(total)
        i += frame_rolls
    return scores


def final_score(rolls: list[int]) -> int:
    """The score of a finished game; ValueError while the game is still going."""
    scores = frame_scores(rolls)
    if len(scores) < FRAMES or scores[-1] is None:
        raise ValueError("the game is not finished")
    return scores[-1]
