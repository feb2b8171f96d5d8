"""The example app ``bugstack demo`` runs: a small lending-library API with a real bug.

Members who joined online have no library card yet, and the member page reads the card's
number without looking: ``GET /members/2`` raises ``AttributeError``. The app has its own
tests (which pass, as tests often do when nobody thought of the missing card), a
``run.py`` that starts it with the bugstack SDK, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["BUGGY_PATH", "DEMO_FILES", "write_demo_app"]

#: The request that fails.
BUGGY_PATH = "/members/2"

DEMO_FILES: dict[str, str] = {
    "pyproject.toml": """\
[project]
name = "lending"
version = "1.0.0"
requires-python = ">=3.11"
dependencies = ["fastapi", "uvicorn", "httpx"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["."]
""",
    "lending/__init__.py": "",
    "lending/members.py": '''\
from dataclasses import dataclass


@dataclass
class Card:
    number: str
    branch: str


@dataclass
class Member:
    id: int
    name: str
    card: Card | None = None  # members who joined online collect their card later


MEMBERS = {
    1: Member(1, "Ada", Card("L-0001", "Central")),
    2: Member(2, "Grace"),
}
''',
    "lending/api.py": '''\
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from lending.members import MEMBERS

app = FastAPI(title="lending")


class MemberOut(BaseModel):
    id: int
    name: str
    card_number: str | None


@app.get("/members/{member_id}", response_model=MemberOut)
def get_member(member_id: int) -> MemberOut:
    member = MEMBERS.get(member_id)
    if member is None:
        raise HTTPException(status_code=404)
    return MemberOut(id=member.id, name=member.name, card_number=member.card.number)
''',
    "tests/test_api.py": '''\
from fastapi.testclient import TestClient

from lending.api import app

client = TestClient(app)


def test_member_with_a_card() -> None:
    assert client.get("/members/1").json() == {
        "id": 1, "name": "Ada", "card_number": "L-0001"
    }


def test_unknown_member() -> None:
    assert client.get("/members/9").status_code == 404
''',
    "run.py": '''\
"""Start the app with the bugstack SDK: BUGSTACK_API_KEY, BUGSTACK_URL, PORT."""

import os

import bugstack
import uvicorn

bugstack.init(release=os.environ.get("APP_RELEASE"))

from lending.api import app  # noqa: E402

uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8001")),
            log_level="warning")
''',
    ".gitignore": "__pycache__/\n.pytest_cache/\n",
}


def write_demo_app(directory: Path) -> None:
    for relative, text in DEMO_FILES.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
