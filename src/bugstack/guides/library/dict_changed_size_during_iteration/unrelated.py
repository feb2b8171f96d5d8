"""Loops over containers that do not mutate them, or that already iterate a copy."""


def count_active(sessions: dict[str, float], now: float) -> int:
    active = 0
    for token in sessions:
        if sessions[token] >= now:
            active += 1
    return active


def purge(sessions: dict[str, float], now: float) -> None:
    for token in list(sessions):
        if sessions[token] < now:
            del sessions[token]


def copy_into(source: dict[str, int], target: dict[str, int]) -> None:
    for key, value in source.items():
        target[key] = value
