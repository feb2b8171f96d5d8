# mypy: disable-error-code="import-not-found"
import subprocess
import sys
from pathlib import Path

import fixed


def test_the_job_runs_as_a_script_outside_any_request() -> None:
    script = Path(fixed.__file__)
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "report sent to ops@example.com, cto@example.com"
