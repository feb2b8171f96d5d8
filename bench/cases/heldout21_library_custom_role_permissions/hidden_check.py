import pytest

from rbac.access import AccessDenied, can, members_with, permissions_of, require
from rbac.workspace import Workspace


@pytest.fixture
def acme() -> Workspace:
    workspace = Workspace("acme")
    workspace.add_member(1, "owner")
    workspace.add_member(2, "admin")
    workspace.define_role("support", {"projects.read", "tickets.reply"})
    workspace.define_role("billing", {"projects.read", "billing.manage"})
    workspace.add_member(7, "support")
    workspace.add_member(8, "member")
    workspace.assign_role(8, "billing")
    return workspace


def test_custom_role_grants_what_the_workspace_defined(acme: Workspace) -> None:
    assert permissions_of(acme, 7) == frozenset({"projects.read", "tickets.reply"})
    require(acme, 7, "tickets.reply")
    assert can(acme, 7, "projects.read")
    assert not can(acme, 7, "projects.write")
    with pytest.raises(AccessDenied):
        require(acme, 7, "members.invite")


def test_assigned_custom_role(acme: Workspace) -> None:
    assert permissions_of(acme, 8) == frozenset({"projects.read", "billing.manage"})
    assert members_with(acme, "billing.manage") == [1, 8]
    assert members_with(acme, "tickets.reply") == [1, 2, 7]


def test_custom_roles_belong_to_their_workspace(acme: Workspace) -> None:
    other = Workspace("globex")
    other.define_role("support", {"projects.read"})
    other.add_member(7, "support")
    assert not can(other, 7, "tickets.reply")
    assert can(acme, 7, "tickets.reply")
