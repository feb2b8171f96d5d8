"""A runner starts a deploy job of a project whose secrets file holds a database URL."""

import tempfile
from pathlib import Path

from cienv import job_environment

folder = Path(tempfile.mkdtemp())
(folder / "project.env").write_text("STAGE=deploy\nREGION=eu-west-1\n", encoding="utf-8")
(folder / "secrets.env").write_text(
    "# rotated 2025-03-02\n"
    "DATABASE_URL=postgres://deploy:s3cret@db.internal:5432/app?sslmode=require\n"
    "SIGNING_KEY=c2lnbmluZy1rZXk=\n",
    encoding="utf-8",
)
job_environment({"CI": "true", "CI_JOB_ID": "4412"}, [folder / "project.env", folder / "secrets.env"])
