"""Which client is calling, from its User-Agent.

The mobile apps send ``ShopApp/<major>.<minor> (<platform>)``. The web storefront and
the customer-service dashboard call the same endpoint from a browser, with whatever
User-Agent the browser sends.
"""

from __future__ import annotations

import re

_APP_AGENT = re.compile(r"ShopApp/(\d+)\.(\d+)")

#: Oldest mobile app release that still works against this API.
MINIMUM_APP_VERSION = (3, 2)


def app_version(user_agent: str) -> tuple[int, int]:
    """The mobile app's (major, minor) version from its User-Agent."""
    match = _APP_AGENT.search(user_agent)
    return int(match.group(1)), int(match.group(2))
