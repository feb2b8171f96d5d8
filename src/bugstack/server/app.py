"""The server application: ingest in front, the REST API and pages behind it.

Start-up and shutdown go through FastAPI's lifespan. Each resource is closed only if it
was opened, so a failed start (say, the database refusing connections) reports its own
error instead of a second one from shutting down what never started.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from fastapi import FastAPI

from bugstack.guides.web import router as guides_router
from bugstack.pipeline import FixQueue, IssueHook, PipelineSettings
from bugstack.pipeline.issue_watch import IssueWatch
from bugstack.server.api.v1 import router as v1_router
from bugstack.server.api.webhooks import router as webhooks_router
from bugstack.server.config import Settings
from bugstack.server.ingest._store import BatchResult
from bugstack.server.ingest._writer import BatchWriter
from bugstack.server.ingest.route import IngestApp
from bugstack.server.storage.database import Database
from bugstack.server.web import mount_static
from bugstack.server.web import router as web_router

__all__ = ["create_app"]

log = logging.getLogger("bugstack.server")


class _State:
    writer: BatchWriter | None = None


def create_app(settings: Settings) -> Any:
    state = _State()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            database = Database(settings.resolved_database_url)
            stack.callback(database.dispose)
            database.migrate()
            app.state.database = database
            # The fix pipeline's trigger: new and regressed issues get a queued fix job.
            fix_queue = FixQueue(PipelineSettings.from_env(settings))
            stack.callback(fix_queue.close)
            app.state.fix_queue = fix_queue
            # After each batch: notifications and the recurrence watch, in their own thread.
            watch = IssueWatch(database, settings)
            watch.start()
            stack.callback(watch.stop)
            app.state.issue_watch = watch
            fix_hook = IssueHook(database, fix_queue)

            def after_batch(result: BatchResult) -> None:
                watch(result)  # only queues: it never holds the batch's requests
                fix_hook(result)

            writer = BatchWriter(database, settings.limits.default_rate_per_minute,
                                 max_pending=settings.limits.max_pending,
                                 on_stored=after_batch)
            writer.start()
            stack.callback(writer.stop)
            state.writer = writer
            stack.callback(setattr, state, "writer", None)
            log.info("bugstack is ready on %s", settings.public_url)
            yield

    app = FastAPI(
        title="bugstack",
        version="1",
        summary="Errors in, verified fixes out.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.include_router(v1_router)
    app.include_router(webhooks_router)
    app.include_router(web_router)
    app.include_router(guides_router)
    mount_static(app)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return IngestApp(app, settings.limits, lambda: state.writer)
