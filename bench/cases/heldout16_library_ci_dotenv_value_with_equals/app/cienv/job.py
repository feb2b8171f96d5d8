"""The environment a CI job runs with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cienv.dotenv import parse_env

#: Set by the runner itself; no environment file may change them.
RESERVED = frozenset({"CI", "CI_JOB_ID", "CI_COMMIT_SHA"})


def job_environment(runner: Mapping[str, str], env_files: Sequence[Path]) -> dict[str, str]:
    """The runner's variables, overlaid by each environment file in order (later files
    win). A file that does not exist is skipped: projects need not have a secrets file.
    Reserved variables keep the runner's value."""
    environment = dict(runner)
    for path in env_files:
        if not path.is_file():
            continue
        for key, value in parse_env(path.read_text(encoding="utf-8")).items():
            if key not in RESERVED:
                environment[key] = value
    return environment
