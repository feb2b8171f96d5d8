from datetime import UTC, datetime

from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

app = FastAPI()

JOBS = [
    {"id": 1, "name": "invoices", "finished_at": datetime(2024, 4, 1, 3, 0, tzinfo=UTC)},
    {"id": 2, "name": "customers", "finished_at": None},
]


@app.get("/jobs")
def list_jobs() -> JSONResponse:
    # The export format is fixed by downstream consumers, hence JSONResponse.
    return JSONResponse(content=jsonable_encoder({"jobs": [{"id": j["id"], "name": j["name"]} for j in JOBS]}))


@app.get("/jobs/{job_id}")
def get_job(job_id: int) -> JSONResponse:
    for job in JOBS:
        if job["id"] == job_id:
            return JSONResponse(content={"job": job})
    return JSONResponse(status_code=404, content={"detail": "no such job"})
