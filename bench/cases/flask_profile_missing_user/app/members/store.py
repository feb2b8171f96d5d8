from dataclasses import dataclass


@dataclass
class Member:
    id: int
    display_name: str
    city: str


_MEMBERS = {
    1: Member(1, "Ada", "London"),
    2: Member(2, "Grace", "Arlington"),
}


def find_member(member_id: int) -> Member | None:
    """The member with this id, or None if there is none."""
    return _MEMBERS.get(member_id)
