from __future__ import annotations

from collections.abc import Iterable

from relnotes.versions import NotARelease, Version, parse_version


def releases(tags: Iterable[str]) -> list[str]:
    """The release tags among ``tags``, newest version first; other tags are left out."""
    found: list[tuple[Version, str]] = []
    for tag in tags:
        try:
            found.append((parse_version(tag), tag))
        except NotARelease:
            continue
    return [tag for _, tag in sorted(found, reverse=True)]


def latest_release(tags: Iterable[str]) -> str | None:
    newest = releases(tags)
    return newest[0] if newest else None


def heading(tag: str) -> str:
    """The changelog heading of a release tag."""
    major, minor, patch = parse_version(tag)
    return f"## {major}.{minor}.{patch}"
