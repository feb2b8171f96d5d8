from __future__ import annotations

from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from quotes.pricing import quote
from quotes.rates import LANGUAGES, RATES

app = FastAPI(title="Translation quotes")


class QuoteRequest(BaseModel):
    source: str
    target: str
    words: int = Field(gt=0)
    rush: bool = False


def today() -> date:
    return date.today()


@app.get("/pairs")
def pairs() -> list[dict[str, object]]:
    """The pairs we translate directly (others go through English)."""
    return [{"source": s, "target": t, "cents_per_word": c} for (s, t), c in sorted(RATES.items())]


@app.post("/quotes")
def make_quote(request: QuoteRequest) -> dict[str, object]:
    source, target = request.source.lower(), request.target.lower()
    unknown = sorted({source, target} - LANGUAGES)
    if unknown:
        raise HTTPException(status_code=422, detail=f"we do not translate {', '.join(unknown)}")
    if source == target:
        raise HTTPException(status_code=422, detail="source and target are the same language")
    result = quote(source, target, request.words, request.rush, today())
    return {
        "route": [result.legs[0][0], *(leg[1] for leg in result.legs)],
        "price": str(result.price),
        "currency": "EUR",
        "working_days": result.working_days,
        "deliver_by": result.deliver_by.isoformat(),
    }
