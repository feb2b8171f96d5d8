import httpx
from fastapi import FastAPI

from hooks import settings

app = FastAPI()
#: The webhook client, opened at start-up when webhooks are configured, else None.
app.state.webhooks = None


@app.on_event("startup")
async def open_webhooks() -> None:
    if settings.WEBHOOK_URL:
        app.state.webhooks = httpx.AsyncClient(base_url=settings.WEBHOOK_URL, timeout=5)


@app.on_event("shutdown")
async def close_webhooks() -> None:
    await app.state.webhooks.aclose()


@app.get("/health")
async def health() -> dict[str, bool]:
    return {"ok": True, "webhooks": app.state.webhooks is not None}
