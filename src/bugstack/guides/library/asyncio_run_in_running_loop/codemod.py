"""A sync helper calling ``asyncio.run`` from async code becomes ``async def`` and awaits.

Only when nothing else needs it synchronous: a sync caller, a reference that is not an
awaited call (a callback, ``__all__``) or another file of the repository naming it would
be broken by the change, so the recipe declines and leaves the wrapper alone (the fix
engine's template then awaits the coroutine in the async caller instead).
"""

from __future__ import annotations

from bugstack.domain import CrashSite
from bugstack.guides.wrapper_callers import awaiting_rewrite, fix_wrapper_site

rewrite = awaiting_rewrite(("asyncio.run",))


def fix_site(site: CrashSite) -> dict[str, str]:
    return fix_wrapper_site(site, rewrite)
