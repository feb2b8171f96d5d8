"""A web worker renders the search page just after cron's flag sync was killed mid-write
(the deploy restarted the box), leaving half a JSON object in the cache."""

import tempfile
from pathlib import Path

from flagkit import FlagStore

cache = Path(tempfile.mkdtemp()) / "flags.json"
cache.write_text('{"search_v2": true, "new_chec', encoding="utf-8")
FlagStore(cache).is_enabled("search_v2")
