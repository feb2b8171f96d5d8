"""Feature flags, as the last sync from the flag service left them on disk.

The sync job (flagkit.sync, run by cron) overwrites the cache file in place; the web
workers only ever read it.
"""

from __future__ import annotations

import json
from pathlib import Path

#: What every flag is when there is no usable cache: what production ran before the
#: flag service existed. A flag missing from both is off.
DEFAULTS: dict[str, bool] = {
    "search_v2": True,
    "new_checkout": False,
    "gift_wrapping": True,
}


class FlagStore:
    def __init__(self, cache_path: Path) -> None:
        self.cache_path = cache_path

    def flags(self) -> dict[str, bool]:
        """The cached flags over DEFAULTS.

        A missing or unreadable cache (the first start of a box, or a sync killed while
        writing, which leaves an empty or half-written file) counts as no cache at all:
        the flags are exactly DEFAULTS until the next sync.
        """
        try:
            text = self.cache_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return dict(DEFAULTS)
        return {**DEFAULTS, **json.loads(text)}

    def is_enabled(self, name: str) -> bool:
        return self.flags().get(name, False)
