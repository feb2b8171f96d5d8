import asyncio


class ProfileRepository:
    """Profiles behind an async driver; every method must be awaited."""

    def __init__(self) -> None:
        self._rows = {1: {"name": "Ada", "bio": "Analyst"}, 2: {"name": "Grace", "bio": ""}}

    async def fetch(self, user_id: int) -> dict[str, str] | None:
        await asyncio.sleep(0)  # stands in for the database round trip
        return self._rows.get(user_id)

    async def count(self) -> int:
        await asyncio.sleep(0)
        return len(self._rows)
