"""`bugstack demo` as a user runs it: one command, a subprocess, the branch at the end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.apps import git

pytestmark = pytest.mark.slow


def test_demo_shows_the_fix_stage_by_stage_and_where_the_branch_is(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("BUGSTACK_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "bugstack", "demo", "--dir", str(home)],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    order = [out.index(step) for step in ("1. Copying", "2. Starting bugstack", "3. Running",
                                          "4. GET /members/2 answered 500", "5. bugstack")]
    assert order == sorted(order)
    for stage in ("workspace", "reproduced", "verified", "delivered"):
        assert re.search(rf"^\s+{stage}\s+done \(\d+\.\d+s\)$", out, re.M), (stage, out)
    branch = re.search(r"Branch (bugstack/\S+) in", out)
    assert branch is not None, out
    app = home / "lending"
    assert git(app, "branch", "--list", "bugstack/*").split() == [branch.group(1)]
    assert "+++ b/lending/api.py" in out and "card_number" in out
    assert f"bugstack fixes show 1 --data-dir {home / 'bugstack-data'}" in out
    assert "http://127.0.0.1:8000/issues/1" in out
