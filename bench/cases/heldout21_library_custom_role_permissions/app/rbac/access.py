"""Deciding what a member may do in a workspace."""

from __future__ import annotations

from rbac.roles import BUILTIN_ROLES
from rbac.workspace import NotAMember, Workspace


class AccessDenied(PermissionError):
    def __init__(self, user_id: int, permission: str) -> None:
        super().__init__(f"user {user_id} may not {permission}")
        self.user_id = user_id
        self.permission = permission


def permissions_of(workspace: Workspace, user_id: int) -> frozenset[str]:
    """Everything the member's role grants in this workspace."""
    member = workspace.member(user_id)
    return BUILTIN_ROLES[member.role]


def can(workspace: Workspace, user_id: int, permission: str) -> bool:
    """False for anyone outside the workspace, whatever they hold elsewhere."""
    try:
        return permission in permissions_of(workspace, user_id)
    except NotAMember:
        return False


def require(workspace: Workspace, user_id: int, permission: str) -> None:
    if not can(workspace, user_id, permission):
        raise AccessDenied(user_id, permission)


def members_with(workspace: Workspace, permission: str) -> list[int]:
    """The members holding ``permission`` (who gets notified about billing, say), by id."""
    return sorted(uid for uid in workspace.members if can(workspace, uid, permission))
