"""Each forge under test: its fake server and the real client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from bugstack.deliver.forge import Forge
from tests.deliver.fakes.gitea import FakeGitea
from tests.deliver.fakes.github import FakeGitHub
from tests.deliver.fakes.gitlab import FakeGitLab

TOKEN = "tok-123"
FORGES = ["github", "gitlab", "gitea"]


@dataclass
class ForgeCase:
    name: str
    forge: Forge
    fake: Any  # the fake server, with ci(), rate_limit_once(), pulls
    made: list[Forge] = field(default_factory=list)

    def make(self, token: str = TOKEN, repo: str = "acme/shop", **options: Any) -> Forge:
        """Another client on the same fake; ``options`` go to the forge's constructor
        (``timeout``, ``backoff``)."""
        forge = make_client(self.name, self.fake, token, repo, **options)
        self.made.append(forge)
        return forge


def make_client(name: str, fake: Any, token: str, repo: str, **options: Any) -> Forge:
    """The real client of forge ``name`` pointed at ``fake`` (anything with a ``url``)."""
    if name == "github":
        from bugstack.deliver.forges.github import GitHubForge

        return GitHubForge(repo, token, base_url=f"{fake.url}/api/v3", throttle=False,
                           **options)
    if name == "gitlab":
        from bugstack.deliver.forges.gitlab import GitLabForge

        return GitLabForge(repo, token, base_url=fake.url, **options)
    if name == "gitea":
        from bugstack.deliver.forges.gitea import GiteaForge

        return GiteaForge(repo, token, base_url=fake.url, **options)
    raise AssertionError(name)


def _fake(name: str, bare: str) -> Any:
    if name == "github":
        return FakeGitHub("acme", "shop", bare, TOKEN)
    if name == "gitlab":
        return FakeGitLab("acme/shop", bare, TOKEN)
    if name == "gitea":
        return FakeGitea("acme", "shop", bare, TOKEN)
    raise AssertionError(name)


@contextmanager
def forge_case(name: str, bare: str) -> Iterator[ForgeCase]:
    fake = _fake(name, bare).start()
    case = ForgeCase(name, make_client(name, fake, TOKEN, "acme/shop"), fake)
    try:
        yield case
    finally:
        for forge in [case.forge, *case.made]:
            forge.close()
        fake.stop()
