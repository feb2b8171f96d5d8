import pytest

from rbac.access import AccessDenied, can, members_with, permissions_of, require
from rbac.workspace import UnknownRole, Workspace


@pytest.fixture
def acme() -> Workspace:
    workspace = Workspace("acme")
    workspace.add_member(1, "owner")
    workspace.add_member(2, "admin")
    workspace.add_member(3)
    workspace.add_member(4, "viewer")
    return workspace


def test_builtin_roles(acme: Workspace) -> None:
    assert can(acme, 1, "workspace.transfer")
    assert can(acme, 2, "members.invite")
    assert not can(acme, 3, "members.invite")
    assert can(acme, 3, "projects.write")
    assert permissions_of(acme, 4) == frozenset({"projects.read"})


def test_outsider_has_nothing(acme: Workspace) -> None:
    assert not can(acme, 99, "projects.read")
    with pytest.raises(AccessDenied):
        require(acme, 99, "projects.read")


def test_require(acme: Workspace) -> None:
    require(acme, 2, "keys.manage")
    with pytest.raises(AccessDenied):
        require(acme, 4, "projects.write")


def test_members_with(acme: Workspace) -> None:
    assert members_with(acme, "members.remove") == [1, 2]


def test_define_role_checks_names_and_permissions(acme: Workspace) -> None:
    with pytest.raises(UnknownRole):
        acme.define_role("admin", {"projects.read"})
    with pytest.raises(UnknownRole):
        acme.define_role("support", {"tickets.close"})
    acme.define_role("support", {"projects.read", "tickets.reply"})
    assert acme.has_role("support")


def test_assign_role(acme: Workspace) -> None:
    acme.assign_role(3, "viewer")
    assert not can(acme, 3, "projects.write")
    with pytest.raises(UnknownRole):
        acme.assign_role(3, "auditor")
