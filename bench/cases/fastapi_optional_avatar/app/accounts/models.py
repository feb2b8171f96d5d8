from dataclasses import dataclass


@dataclass
class Avatar:
    url: str
    width: int


@dataclass
class Account:
    id: int
    handle: str
    avatar: Avatar | None = None  # accounts created by invitation have no avatar yet


ACCOUNTS = {
    1: Account(1, "ada", Avatar("https://cdn.example/ada.png", 128)),
    2: Account(2, "grace"),
}
