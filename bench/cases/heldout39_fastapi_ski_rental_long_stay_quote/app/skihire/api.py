from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, HTTPException, Query

from skihire.prices import MAX_RENTAL_DAYS, PACKAGE_PRICES, helmet_price, package_price

app = FastAPI(title="Ski hire quotes")


@app.get("/packages")
def packages() -> list[str]:
    return sorted(PACKAGE_PRICES)


@app.get("/quote")
def quote(
    package: str,
    days: int = Query(ge=1, le=MAX_RENTAL_DAYS),
    helmet: bool = False,
) -> dict[str, object]:
    """The quote the booking page shows before the customer pays the deposit."""
    if package not in PACKAGE_PRICES:
        raise HTTPException(status_code=404, detail=f"no package {package!r}")
    skis = package_price(package, days)
    helmets = helmet_price(days) if helmet else Decimal("0.00")
    return {
        "package": package,
        "days": days,
        "skis": str(skis),
        "helmet": str(helmets),
        "total": str(skis + helmets),
    }
