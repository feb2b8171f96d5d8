"""A request that failed because it came twice: the same request sent again after itself.

A double click, a retried PUT or a re-submitted form inserts a row the first time and
breaks a unique constraint the second (``sqlite3.IntegrityError: UNIQUE constraint
failed``, Django's ``IntegrityError: duplicate key value``). Replayed once against the
sandbox's fresh database, such a request succeeds: the first copy never happened there.
So, only for an integrity error that names a unique constraint or a duplicate key, the
captured request is also tried sent twice in a row, and the second answer is the one
observed and asserted.
"""

from __future__ import annotations

import dataclasses
import re

from bugstack.domain import CrashSite
from bugstack.repair.reproduce.model import Scenario

__all__ = ["sent_twice"]

_DUPLICATE = re.compile(r"\bUNIQUE constraint failed\b|\bduplicate key\b|\bDuplicate entry\b",
                        re.I)


def sent_twice(site: CrashSite, request: Scenario) -> Scenario | None:
    """``request`` with its last line (the one sending it) run twice; None unless the
    crash was a unique constraint's integrity error."""
    if not site.exception.type.endswith("IntegrityError") \
            or not _DUPLICATE.search(site.exception.value or ""):
        return None
    if not request.action or "result = " not in request.action[-1]:
        return None
    return dataclasses.replace(request, title=f"{request.title}, sent twice",
                               action=[*request.action[:-1], request.action[-1],
                                       request.action[-1]])
