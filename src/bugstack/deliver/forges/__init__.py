"""One module per forge; :func:`forge_for` picks the one a delivery target names.

A plain git remote has no forge: :func:`forge_for` returns ``None`` and delivery stops
after pushing the branch.
"""

from __future__ import annotations

from bugstack.deliver.forge import Forge
from bugstack.deliver.model import DeliveryError, DeliveryTarget, ForgeKind

__all__ = ["forge_for"]

_DEFAULT_URLS = {ForgeKind.GITHUB: "https://api.github.com", ForgeKind.GITLAB: "https://gitlab.com"}


def forge_for(target: DeliveryTarget) -> Forge | None:
    """The forge client for ``target``; the client libraries are imported only when used."""
    if target.forge is ForgeKind.PLAIN:
        return None
    if not target.forge_repo:
        raise DeliveryError(f"a {target.forge} project needs its forge repository (owner/name)")
    url = target.forge_url or _DEFAULT_URLS.get(target.forge)
    token = target.credentials.token
    if target.forge is ForgeKind.GITHUB:
        from bugstack.deliver.forges.github import GitHubForge

        return GitHubForge(target.forge_repo, token, url or _DEFAULT_URLS[target.forge])
    if target.forge is ForgeKind.GITLAB:
        from bugstack.deliver.forges.gitlab import GitLabForge

        return GitLabForge(target.forge_repo, token, url or _DEFAULT_URLS[target.forge])
    if not url:
        raise DeliveryError("a Gitea/Forgejo project needs its server URL")
    from bugstack.deliver.forges.gitea import GiteaForge

    return GiteaForge(target.forge_repo, token, url)
