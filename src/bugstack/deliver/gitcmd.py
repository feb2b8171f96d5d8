"""Running git as a subprocess with the project's credentials and nothing else of ours.

Credentials never go into a URL or onto disk: a token reaches git through an askpass
helper that reads it from the child's environment, and an SSH key through
``GIT_SSH_COMMAND``. Prompts are switched off so a wrong credential fails at once
instead of waiting for a terminal that is not there.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from bugstack.deliver.model import Credentials, DeliveryError

__all__ = ["Git", "GitFailed", "credential_env"]

_ASKPASS = """#!/bin/sh
case "$1" in
  Username*|username*) printf '%s\\n' "$BUGSTACK_GIT_USERNAME" ;;
  *) printf '%s\\n' "$BUGSTACK_GIT_TOKEN" ;;
esac
"""


class GitFailed(DeliveryError):
    def __init__(self, args: Sequence[str], returncode: int, stderr: str) -> None:
        self.returncode = returncode
        self.stderr = stderr
        super().__init__(f"git {' '.join(args[:2])} failed ({returncode}): {stderr.strip()[:500]}")


@contextmanager
def credential_env(credentials: Credentials) -> Iterator[dict[str, str]]:
    """Environment variables that give git the credentials, valid inside the block."""
    env = {"GIT_TERMINAL_PROMPT": "0"}
    with tempfile.TemporaryDirectory(prefix="bugstack-askpass-") as tmp:
        if credentials.token:
            helper = Path(tmp) / "askpass.sh"
            helper.write_text(_ASKPASS)
            helper.chmod(0o700)
            env |= {
                "GIT_ASKPASS": str(helper),
                "BUGSTACK_GIT_USERNAME": credentials.username,
                "BUGSTACK_GIT_TOKEN": credentials.token,
            }
        if credentials.ssh_key_path:
            env["GIT_SSH_COMMAND"] = (
                f"ssh -i {shlex.quote(credentials.ssh_key_path)} -o IdentitiesOnly=yes"
                " -o BatchMode=yes"
            )
        yield env


class Git:
    """``git`` in one repository directory (bare or not), with extra environment."""

    def __init__(self, repo: Path, env: Mapping[str, str] | None = None) -> None:
        self.repo = repo
        self.env = dict(env or {})

    def run(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
        check: bool = True,
    ) -> str:
        full_env = dict(os.environ)
        # A caller's GIT_DIR or GIT_INDEX_FILE would point us at another repository.
        for leaked in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"):
            full_env.pop(leaked, None)
        full_env |= {"LC_ALL": "C"} | self.env | dict(env or {})
        proc = subprocess.run(
            ["git", *args],
            cwd=self.repo,
            input=input,
            capture_output=True,
            text=True,
            env=full_env,
            check=False,
        )
        if check and proc.returncode != 0:
            raise GitFailed(args, proc.returncode, proc.stderr or proc.stdout)
        return proc.stdout

    def rev(self, ref: str) -> str | None:
        out = self.run("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
        return out.strip() or None
