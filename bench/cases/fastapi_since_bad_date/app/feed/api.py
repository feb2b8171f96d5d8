from datetime import date

from fastapi import FastAPI, HTTPException

app = FastAPI()

POSTS = [
    {"id": 1, "day": date(2024, 1, 5), "title": "New year"},
    {"id": 2, "day": date(2024, 3, 1), "title": "Spring"},
    {"id": 3, "day": date(2024, 6, 21), "title": "Midsummer"},
]


def _parse_limit(raw: str) -> int:
    if not raw.isdigit():
        raise HTTPException(status_code=400, detail=f"limit must be a number, not {raw!r}")
    return int(raw)


@app.get("/posts")
def list_posts(since: str = "", limit: str = "10") -> list[dict[str, object]]:
    """Posts on or after ``since`` (YYYY-MM-DD); malformed parameters are a 400."""
    count = _parse_limit(limit)
    posts = POSTS
    if since:
        start = date.fromisoformat(since)
        posts = [p for p in posts if p["day"] >= start]
    return [{"id": p["id"], "title": p["title"]} for p in posts[:count]]
