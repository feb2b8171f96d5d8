"""Race times as the timekeepers write them: "H:MM:SS" or "MM:SS"."""

from __future__ import annotations


def parse_time(text: str) -> int:
    """Seconds from "1:02:03" or "48:10"; ValueError for anything else."""
    parts = [int(part) for part in text.strip().split(":")]
    if len(parts) == 2:
        parts.insert(0, 0)
    if len(parts) != 3 or not all(0 <= p < 60 for p in parts[1:]):
        raise ValueError(f"not a race time: {text!r}")
    hours, minutes, seconds = parts
    return hours * 3600 + minutes * 60 + seconds


def format_time(seconds: int) -> str:
    """3723 seconds as "1:02:03": always with the hours, as the results table prints them."""
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
