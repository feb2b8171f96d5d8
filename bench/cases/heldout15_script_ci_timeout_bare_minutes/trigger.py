"""The nightly CI check runs pipebudget on a repository still using a format-1 pipeline file."""

import tempfile
from pathlib import Path

from pipebudget.cli import main

PIPELINE = """\
[jobs.lint]
timeout = "5m"

[jobs.unit]
timeout = "40m"

[jobs.migrations]
timeout = "45"

[jobs.deploy-staging]
timeout = "20m"
"""

with tempfile.TemporaryDirectory() as scratch:
    path = Path(scratch) / "pipeline.toml"
    path.write_text(PIPELINE, encoding="utf-8")
    main([str(path), "--budget", "2h"])
