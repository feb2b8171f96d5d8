"""Which release directories a deploy keeps and which it prunes."""

from __future__ import annotations

from deploykit.config import Target


def releases_to_prune(target: Target, releases: list[str]) -> list[str]:
    """Release directory names (``YYYYmmddHHMMSS``) to delete after a deploy: all but
    the newest ``target.releases_to_keep``, oldest first."""
    ordered = sorted(releases)
    keep = max(target.releases_to_keep, 1)
    return ordered[:-keep] if len(ordered) > keep else []
