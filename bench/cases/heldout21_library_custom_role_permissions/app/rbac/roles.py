"""The permissions a workspace knows about, and the roles every workspace starts with."""

from __future__ import annotations

ALL_PERMISSIONS: frozenset[str] = frozenset(
    {
        "projects.read",
        "projects.write",
        "tickets.reply",
        "members.invite",
        "members.remove",
        "keys.manage",
        "billing.manage",
        "workspace.transfer",
    }
)

_VIEWER = frozenset({"projects.read"})
_MEMBER = _VIEWER | {"projects.write", "tickets.reply"}
_ADMIN = _MEMBER | {"members.invite", "members.remove", "keys.manage"}

#: Built-in roles. A workspace may define more roles of its own (Workspace.custom_roles);
#: a custom role cannot reuse a built-in role's name.
BUILTIN_ROLES: dict[str, frozenset[str]] = {
    "viewer": _VIEWER,
    "member": _MEMBER,
    "admin": _ADMIN,
    "owner": ALL_PERMISSIONS,
}

#: The role new members get when the inviter does not pick one.
DEFAULT_ROLE = "member"
