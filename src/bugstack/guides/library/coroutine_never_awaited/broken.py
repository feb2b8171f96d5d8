"""Greeting a user by the name their profile service returns."""

import asyncio


async def fetch_profile(user_id: int) -> dict[str, str]:
    await asyncio.sleep(0)  # stands in for the HTTP call to the profile service
    return {"id": str(user_id), "name": "Ada"}


async def greeting(user_id: int) -> str:
    profile = fetch_profile(user_id)
    return f"Hello, {profile['name']}"


if __name__ == "__main__":
    print(asyncio.run(greeting(1)))
