"""A sync helper calling ``asyncio.run`` from async code becomes ``async def`` and awaits.

Only when nothing else needs it synchronous: a sync caller, a reference that is not an
awaited call (a callback, ``__all__``) or another file of the repository naming it would
be broken by the change, so the recipe declines and leaves the wrapper alone (the fix
engine's template then awaits the coroutine in the async caller instead).
"""

from __future__ import annotations

from bugstack.domain import CrashSite
from bugstack.guides.sync_to_async import rewrite_loop_runner
from bugstack.guides.wrapper_callers import (
    made_async,
    named_in_other_files,
    python_files,
    used_beyond_awaited_calls,
)


def rewrite(source: str, line: int | None) -> str | None:
    new = rewrite_loop_runner(source, line, ("asyncio.run",))
    if new is None or any(used_beyond_awaited_calls(source, name)
                          for name in made_async(source, new)):
        return None
    return new


def fix_site(site: CrashSite) -> dict[str, str]:
    # Innermost frame first, like every recipe: the wrapper holding asyncio.run.
    for frame in reversed(site.frames):
        new = rewrite(frame.source, frame.lineno)
        if new is None:
            continue
        # The whole repository when it is at hand, else the traceback's other files.
        files = list(python_files(site.root)) if site.root else list(site.sources.items())
        if any(named_in_other_files(files, frame.path, name)
               for name in made_async(frame.source, new)):
            return {}
        return {frame.path: new}
    return {}
