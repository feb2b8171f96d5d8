"""Version numbers as our repositories tag releases.

A release tag is ``MAJOR.MINOR.PATCH``, optionally with a leading ``v`` (``v2.4.1``). The
oldest repositories tagged ``MAJOR.MINOR`` only (``v1.9``), which means patch 0. Any
other tag (``latest``, ``nightly-2026-03-02``, ``v2-beta``) is not a release, and
:func:`parse_version` raises :class:`NotARelease` for it.
"""

from __future__ import annotations

import re

Version = tuple[int, int, int]

_RELEASE = re.compile(r"v?(\d+)\.(\d+)\.(\d+)")


class NotARelease(ValueError):
    pass


def parse_version(tag: str) -> Version:
    if not tag.lstrip("v")[:1].isdigit():
        raise NotARelease(tag)
    major, minor, patch = _RELEASE.fullmatch(tag).groups()
    return int(major), int(minor), int(patch)


def format_version(version: Version) -> str:
    return ".".join(str(part) for part in version)
