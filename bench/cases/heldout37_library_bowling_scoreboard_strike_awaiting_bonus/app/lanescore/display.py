"""What the screen above each lane draws: a box per frame, marks on top, total below."""

from __future__ import annotations

from lanescore.scoring import FRAMES, PINS, frame_scores


def _ball(pins: int) -> str:
    return "X" if pins == PINS else "-" if pins == 0 else str(pins)


def frame_marks(rolls: list[int]) -> list[str]:
    """The marks of each frame started: "X" a strike, "/" a spare, "-" a miss."""
    marks: list[str] = []
    i = 0
    while i < len(rolls) and len(marks) < FRAMES - 1:
        if rolls[i] == PINS:
            marks.append("X")
            i += 1
            continue
        mark = _ball(rolls[i])
        if i + 1 < len(rolls):
            mark += "/" if rolls[i] + rolls[i + 1] == PINS else _ball(rolls[i + 1])
        marks.append(mark)
        i += 2
    if i < len(rolls):  # the tenth frame: up to three balls, the rack reset after X or /
        tenth = ""
        standing = PINS
        for pins in rolls[i:]:
            if pins == standing:
                tenth += "X" if standing == PINS else "/"
                standing = PINS
            else:
                tenth += _ball(pins)
                standing -= pins
        marks.append(tenth)
    return marks


def scoreboard(rolls: list[int]) -> list[dict[str, str]]:
    """One box per frame started; the total stays blank until the frame can be scored.

    The display refreshes after every ball, so this runs on games in progress."""
    boxes = zip(frame_marks(rolls), frame_scores(rolls), strict=True)
    return [
        {"frame": str(n), "marks": marks, "total": "" if total is None else str(total)}
        for n, (marks, total) in enumerate(boxes, start=1)
    ]
