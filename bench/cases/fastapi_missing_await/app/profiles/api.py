from fastapi import FastAPI, HTTPException

from profiles.repository import ProfileRepository

app = FastAPI()
repository = ProfileRepository()


@app.get("/profiles/{user_id}")
async def get_profile(user_id: int) -> dict[str, str]:
    profile = await repository.fetch(user_id)
    if profile is None:
        raise HTTPException(status_code=404, detail="no such profile")
    return profile


@app.get("/profiles/{user_id}/headline")
async def get_headline(user_id: int) -> dict[str, str]:
    profile = repository.fetch(user_id)
    if profile is None:
        raise HTTPException(status_code=404, detail="no such profile")
    return {"headline": f"{profile['name']} ({profile['bio'] or 'no bio'})"}


@app.get("/stats")
async def stats() -> dict[str, int]:
    return {"profiles": await repository.count()}
