"""The SDK's settings, and where each comes from when ``init`` is not told.

Every value has one source of truth, checked in order: the ``init`` argument, then a
``BUGSTACK_*`` environment variable, then a discovery (the git commit, a CI variable),
then a default. Discovery runs once, at ``init``, never on the capture path.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

__all__ = ["DEFAULT_URL", "Options", "detect_release"]

DEFAULT_URL = "http://127.0.0.1:8000"

# CI systems and hosts that export the commit being built or deployed, most specific first.
_RELEASE_VARIABLES = (
    "BUGSTACK_RELEASE",
    "SOURCE_VERSION",  # Heroku
    "GITHUB_SHA",
    "CI_COMMIT_SHA",  # GitLab
    "CIRCLE_SHA1",
    "BITBUCKET_COMMIT",
    "BUILDKITE_COMMIT",
    "TRAVIS_COMMIT",
    "DRONE_COMMIT_SHA",
    "CODEBUILD_RESOLVED_SOURCE_VERSION",
    "RENDER_GIT_COMMIT",
    "VERCEL_GIT_COMMIT_SHA",
    "RAILWAY_GIT_COMMIT_SHA",
    "GIT_COMMIT",  # Jenkins
    "HEROKU_SLUG_COMMIT",
)


@dataclass(slots=True)
class Options:
    """Everything ``bugstack.init`` accepts besides the key and the URL."""

    release: str | None = None
    environment: str | None = None
    server_name: str | None = None
    #: Events waiting for the background worker; beyond this they are dropped and counted.
    max_queue: int = 100
    #: And at most about this many bytes of what they keep alive (see ``retained_bytes``).
    max_queue_bytes: int = 32 * 1024 * 1024
    #: Seconds ``flush`` waits at interpreter exit.
    shutdown_timeout: float = 2.0
    #: Seconds one HTTP request to the server may take (on the worker, never the app).
    send_timeout: float = 5.0
    #: Request bodies above this many bytes are recorded as truncated.
    max_body_bytes: int = 64 * 1024
    #: Frames beyond this many, counting from the crash, lose their variables.
    max_frames_with_vars: int = 50
    #: Extra names to scrub, on top of the defaults (matched like the defaults).
    scrub_keys: tuple[str, ...] = ()
    #: Set to False to scrub only ``scrub_keys``.
    scrub_defaults: bool = True
    #: Module prefixes that count as the app's own code, or as not the app's.
    in_app_include: tuple[str, ...] = ()
    in_app_exclude: tuple[str, ...] = ()
    #: Which integrations to turn on; ``None`` means every one whose framework is installed.
    integrations: tuple[str, ...] | None = None
    #: Capture ``logging`` records at this level or above that carry ``exc_info``.
    log_level: int = 40

    @classmethod
    def from_kwargs(cls, kwargs: Mapping[str, object]) -> tuple[Options, list[str]]:
        """Build options, returning the names it did not recognise instead of raising."""
        known = {f.name for f in fields(cls)}
        options = cls()
        unknown: list[str] = []
        for name, value in kwargs.items():
            if name not in known:
                unknown.append(name)
                continue
            if name in ("scrub_keys", "in_app_include", "in_app_exclude", "integrations"):
                value = _as_tuple(value)
            setattr(options, name, value)
        if options.environment is None:
            options.environment = os.environ.get("BUGSTACK_ENVIRONMENT") or "production"
        if options.release is None:
            options.release = detect_release()
        return options, unknown


def _as_tuple(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable):
        return tuple(str(v) for v in value)
    return (str(value),)


def detect_release(cwd: str | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """The running code's version: an explicit variable, the CI's commit, else ``git``."""
    env = os.environ if environ is None else environ
    for name in _RELEASE_VARIABLES:
        value = env.get(name, "").strip()
        if value:
            return value
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=2,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and commit else None
