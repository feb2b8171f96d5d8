"""Chat lines for GitHub ``pull_request`` webhook events.

Announced actions:

- ``opened``: "PR #12 opened by ana: Fix login"
- ``closed``: "PR #12 merged by bo: Fix login" when it was merged, and
  "PR #12 closed without merging: Fix login" when it was not (GitHub then sends
  ``"merged": false`` and ``"merged_by": null``)

Every other action (``synchronize``, ``labeled``, ...) is not announced: None.
"""

from __future__ import annotations

from typing import Any


def announcement(payload: dict[str, Any]) -> str | None:
    action = payload["action"]
    pull = payload["pull_request"]
    head = f"PR #{pull['number']}"
    if action == "opened":
        return f"{head} opened by {pull['user']['login']}: {pull['title']}"
    if action == "closed":
        return f"{head} merged by {pull['merged_by']['login']}: {pull['title']}"
    return None
