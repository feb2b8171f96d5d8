"""Workspaces, their members, and the roles those members hold."""

from __future__ import annotations

from dataclasses import dataclass, field

from rbac.roles import ALL_PERMISSIONS, BUILTIN_ROLES, DEFAULT_ROLE


class UnknownRole(ValueError):
    pass


class NotAMember(LookupError):
    pass


@dataclass
class Member:
    user_id: int
    role: str


@dataclass
class Workspace:
    slug: str
    members: dict[int, Member] = field(default_factory=dict)
    #: Roles defined by this workspace's admins: role name -> the permissions it grants.
    custom_roles: dict[str, frozenset[str]] = field(default_factory=dict)

    def has_role(self, role: str) -> bool:
        """Whether ``role`` may be given to a member: a built-in role or one of ours."""
        return role in BUILTIN_ROLES or role in self.custom_roles

    def define_role(self, name: str, permissions: set[str] | frozenset[str]) -> None:
        if name in BUILTIN_ROLES:
            raise UnknownRole(f"{name!r} is a built-in role")
        unknown = set(permissions) - ALL_PERMISSIONS
        if unknown:
            raise UnknownRole(f"unknown permissions: {', '.join(sorted(unknown))}")
        self.custom_roles[name] = frozenset(permissions)

    def add_member(self, user_id: int, role: str = DEFAULT_ROLE) -> Member:
        if not self.has_role(role):
            raise UnknownRole(role)
        member = Member(user_id, role)
        self.members[user_id] = member
        return member

    def assign_role(self, user_id: int, role: str) -> None:
        """Give a member another role: a built-in one or one of the workspace's custom roles."""
        if not self.has_role(role):
            raise UnknownRole(role)
        self.member(user_id).role = role

    def member(self, user_id: int) -> Member:
        try:
            return self.members[user_id]
        except KeyError:
            raise NotAMember(f"user {user_id} is not in {self.slug}") from None
