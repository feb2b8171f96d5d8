from __future__ import annotations

import re
from collections.abc import Iterable

_VERSION = re.compile(r"v?(\d+)\.(\d+)\.(\d+)")


def parse(text: str) -> tuple[int, int, int]:
    """``"1.4.2"`` -> ``(1, 4, 2)``.

    A leading ``v`` is allowed (git tags) and a missing patch number counts as 0, so
    ``"v2.1"`` == ``"2.1.0"``. Raises ValueError for anything that is not a version.
    """
    match = _VERSION.fullmatch(text.strip())
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)


def is_newer(candidate: str, current: str) -> bool:
    return parse(candidate) > parse(current)


def latest(tags: Iterable[str]) -> str | None:
    """The tag naming the highest version; tags that are not versions ("nightly",
    "before-rewrite") are skipped. None when no tag is a version."""
    best: tuple[tuple[int, int, int], str] | None = None
    for tag in tags:
        try:
            version = parse(tag)
        except ValueError:
            continue
        if best is None or version > best[0]:
            best = (version, tag)
    return None if best is None else best[1]
