"""From a project row to what the engine and delivery need: a checkout and a target."""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from bugstack.deliver import BotIdentity, Credentials, DeliveryTarget, ForgeKind, MergePolicy
from bugstack.deliver.gitcmd import credential_env
from bugstack.server.secrets import CredentialBox, InvalidToken
from bugstack.server.storage.models import Project

__all__ = ["SourceError", "branch_tip", "checkout_for_engine", "delivers", "delivery_target",
           "is_remote"]

log = logging.getLogger("bugstack.pipeline")

_FORGES = {"github": ForgeKind.GITHUB, "gitlab": ForgeKind.GITLAB, "gitea": ForgeKind.GITEA,
           "git": ForgeKind.PLAIN}


class SourceError(Exception):
    """The project's repository cannot be read; the message says why."""


def is_remote(repository: str) -> bool:
    return "://" in repository or ("@" in repository and ":" in repository.split("@", 1)[1])


def _credentials(project: Project, data_dir: Path) -> Credentials:
    if not project.credentials:
        return Credentials()
    try:
        stored = CredentialBox.for_data_dir(data_dir).open(project.credentials)
    except InvalidToken:
        log.warning("project %s: stored credentials do not open with this server's secret "
                    "key (is BUGSTACK_SECRET_KEY the same on every host?)", project.name)
        return Credentials()
    return Credentials(token=stored.get("token") or None,
                       username=stored.get("username") or "bugstack",
                       ssh_key_path=stored.get("ssh_key_path") or None)


def delivers(project: Project) -> bool:
    """Whether a verified fix leaves bugstack on its own. A local repository always gets
    the branch (written beside its checkout, never into it); a remote one needs a forge
    set (``git`` to push a branch only): with none, the fix waits in bugstack for a person
    (``bugstack fixes deliver``)."""
    return bool(project.repository) and (
        project.forge_kind is not None or not is_remote(project.repository or ""))


def delivery_target(project: Project, data_dir: Path) -> DeliveryTarget:
    assert project.repository is not None
    forge = _FORGES.get(project.forge_kind or "", ForgeKind.PLAIN)
    return DeliveryTarget(
        repository=project.repository, forge_repo=project.forge_repository, forge=forge,
        forge_url=project.forge_url, credentials=_credentials(project, data_dir),
        default_branch=project.default_branch or "main",
        merge_policy=(MergePolicy.AUTO_MERGE if project.merge_policy == "auto-merge"
                      else MergePolicy.REVIEW),
        bot=BotIdentity(), workdir=str(data_dir),
    )


def checkout_for_engine(target: DeliveryTarget, sandbox: Path) -> Path:
    """The repository the engine reads: a local path as it is (the engine exports from it
    and writes nothing there), a URL cloned into the sandbox."""
    if not is_remote(target.repository):
        path = Path(target.repository)
        if not path.is_dir():
            raise SourceError(f"repository {target.repository} does not exist on this host")
        return path
    destination = sandbox / "source"
    with credential_env(target.credentials) as env:
        done = subprocess.run(["git", "clone", "--quiet", "--no-tags", target.repository,
                               str(destination)], capture_output=True, text=True,
                              env={**os.environ, **env}, check=False, timeout=600)
    if done.returncode != 0:
        raise SourceError(f"cannot clone {target.repository}: {done.stderr.strip()[:300]}")
    return destination


def branch_tip(target: DeliveryTarget, branch: str) -> str | None:
    """The commit a branch of the project's repository points at (None when unknown)."""
    with credential_env(target.credentials) as env:
        done = subprocess.run(["git", "ls-remote", target.repository, f"refs/heads/{branch}"],
                              capture_output=True, text=True, env={**os.environ, **env},
                              check=False, timeout=120)
    fields = done.stdout.split()
    return fields[0] if done.returncode == 0 and fields else None
