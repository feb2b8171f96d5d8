from __future__ import annotations

from fastapi import FastAPI, Header

app = FastAPI()

EVENTS = [{"id": n, "kind": "page_view" if n % 3 else "signup"} for n in range(25)]


def parse_range(header: str, total: int) -> tuple[int, int]:
    """``items=START-END`` (inclusive, as in RFC 7233) -> a slice ``(start, stop)``.

    The sync client asks for ``items=START-`` to mean "from START to the last event",
    like an open-ended byte range.
    """
    first, last = header.removeprefix("items=").split("-")
    return int(first), min(int(last) + 1, total)


@app.get("/events")
def list_events(range_: str | None = Header(None, alias="Range")) -> list[dict[str, object]]:
    if range_ is None:
        return EVENTS
    start, stop = parse_range(range_, len(EVENTS))
    return EVENTS[start:stop]
