"""A sync helper calling ``run_until_complete`` from async code becomes ``async def``.

Declines, like the ``asyncio.run`` recipe, when a sync caller, a callback, ``__all__`` or
another file of the repository still needs the helper synchronous.
"""

from __future__ import annotations

from bugstack.domain import CrashSite
from bugstack.guides.wrapper_callers import awaiting_rewrite, fix_wrapper_site

rewrite = awaiting_rewrite((".run_until_complete",))


def fix_site(site: CrashSite) -> dict[str, str]:
    return fix_wrapper_site(site, rewrite)
