"""In-process profile store (the real deployment swaps in Postgres behind the same calls)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class Profile:
    id: int
    name: str
    email: str
    bio: str = ""


_PROFILES: dict[int, Profile] = {}


def reset() -> None:
    _PROFILES.clear()
    _PROFILES[1] = Profile(1, "Ada Lovelace", "ada@example.com", "Analyst")
    _PROFILES[2] = Profile(2, "Grace Hopper", "grace@example.com")


def get(profile_id: int) -> Profile | None:
    return _PROFILES.get(profile_id)


def save(profile: Profile) -> dict[str, object]:
    _PROFILES[profile.id] = profile
    return asdict(profile)


reset()
