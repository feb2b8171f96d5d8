"""The CI job's last step: `python -m ci_digest reports/tests.json`, on a pipeline where
the S3 tests were skipped (no credentials on forks)."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

report = {
    "pipeline": 4815,
    "branch": "feature/offline-mode",
    "tests": [
        {"name": "tests/test_api.py::test_login", "outcome": "passed", "duration": 1.84},
        {"name": "tests/test_sync.py::test_s3_upload", "outcome": "skipped", "duration": None},
        {"name": "tests/test_sync.py::test_delta", "outcome": "passed", "duration": 2.5},
    ],
}
path = Path(tempfile.mkdtemp()) / "tests.json"
path.write_text(json.dumps(report), encoding="utf-8")
sys.argv = ["ci_digest", str(path)]
runpy.run_module("ci_digest", run_name="__main__")
