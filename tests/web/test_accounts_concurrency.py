"""Accounts under real concurrency, on SQLite and PostgreSQL: two first sign-ups racing
on an empty server make one admin, and the login throttle is one count shared by every
server process on the database (and survives a restart)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bugstack.server import accounts
from bugstack.server.projects import default_organization
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FirstSignup, LoginAttempt, Organization, User
from tests.support.server import ThreadServer
from tests.web.conftest import PASSWORD, Browser

RACERS = 4


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    made = Database(database_url)
    made.migrate()
    yield made
    made.dispose()


def _count(database: Database, model: Any) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("organization_exists", [False, True])
def test_racing_first_sign_ups_make_exactly_one_admin(
    database: Database, monkeypatch: pytest.MonkeyPatch, organization_exists: bool
) -> None:
    """Every racer reads an empty users table before any of them writes (a barrier holds
    them there), so only the database can decide. With the default organisation made
    beforehand (``bugstack project create`` before anyone signed up), no other constraint
    would stop a second admin."""
    if organization_exists:
        with database.session() as session:
            default_organization(session)
            session.commit()
    everyone_has_looked = threading.Barrier(RACERS, timeout=60)
    original = accounts.has_users

    first_look = threading.local()

    def has_users_then_wait(session: Any) -> bool:
        seen = original(session)
        if not getattr(first_look, "done", False):  # the loser looks again, after
            first_look.done = True
            everyone_has_looked.wait()
        return seen

    monkeypatch.setattr(accounts, "has_users", has_users_then_wait)

    def sign_up(index: int) -> str:
        with database.session() as session:
            try:
                accounts.sign_up_first_user(session, f"racer{index}@example.com",
                                            f"Racer {index}", PASSWORD)
            except accounts.SignupClosed:
                return "closed"
        return "admin"

    with ThreadPoolExecutor(RACERS) as pool:
        outcomes = list(pool.map(sign_up, range(RACERS)))
    monkeypatch.undo()

    assert sorted(outcomes) == ["admin"] + ["closed"] * (RACERS - 1)
    with database.session() as session:
        users = session.scalars(select(User)).all()
        assert len(users) == 1 and users[0].is_admin
        claim = session.scalars(select(FirstSignup)).one()
        assert claim.user_id == users[0].id
        assert session.scalars(select(Organization.name)).all() == ["default"]


@pytest.fixture
def two_servers(database_url: str, tmp_path: Path) -> Iterator[list[ThreadServer]]:
    """Two servers on one database, as behind a load balancer: each its own process's
    worth of state (engine, event loop), sharing only the database."""
    with ExitStack() as stack:
        yield [stack.enter_context(ThreadServer(tmp_path / name, database_url))
               for name in ("one", "two")]


def _at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    start = threading.Barrier(len(calls), timeout=60)

    def run(call: Callable[[], Any]) -> Any:
        start.wait()
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


def test_sign_ups_sent_at_once_to_two_servers_make_one_admin(
    two_servers: list[ThreadServer],
) -> None:
    browsers = [Browser(two_servers[i % 2].url) for i in range(RACERS)]
    try:
        for browser in browsers:
            browser.get("/signup")  # the form, and its CSRF cookie, before anyone exists

        def sign_up(index: int) -> Callable[[], httpx.Response]:
            return lambda: browsers[index].post("/signup", {
                "email": f"racer{index}@example.com", "name": "Racer", "password": PASSWORD})

        answers = _at_once([sign_up(i) for i in range(RACERS)])
    finally:
        for browser in browsers:
            browser.close()
    landed = sorted(answer.url.path for answer in answers)
    assert landed == ["/login"] * (RACERS - 1) + ["/projects/new"], landed
    database = two_servers[0].database()
    try:
        assert _count(database, User) == 1 and _count(database, FirstSignup) == 1
    finally:
        database.dispose()


def _log_in(url: str, email: str, password: str) -> int:
    browser = Browser(url)
    try:
        return browser.log_in(email, password).status_code
    finally:
        browser.close()


def test_the_login_throttle_is_shared_by_every_server_process(
    two_servers: list[ThreadServer], database_url: str, tmp_path: Path
) -> None:
    one, two = two_servers
    admin = Browser(one.url)
    assert admin.sign_up("ada@example.com").status_code == 200
    admin.close()
    # Failures on either server count together: three here, two there.
    for server in (one, one, one, two, two):
        assert _log_in(server.url, "ada@example.com", "guess-guess-guess") == 401
    assert _log_in(one.url, "ADA@example.com", PASSWORD) == 429
    assert _log_in(two.url, "ada@example.com", PASSWORD) == 429
    # Another email is not held back by ada's failures.
    assert _log_in(two.url, "someone@example.com", "guess-guess-guess") == 401

    # A server started afterwards (a restart) knows them too.
    with ThreadServer(tmp_path / "three", database_url) as three:
        assert _log_in(three.url, "ada@example.com", PASSWORD) == 429

    database = one.database()
    try:
        with database.session() as session:
            stored = session.scalars(select(LoginAttempt.email_digest)).all()
        assert "ada@example.com" not in " ".join(stored)  # digests, not what was typed
    finally:
        database.dispose()


def test_a_burst_of_guesses_at_two_servers_gets_at_most_the_limit_checked(
    two_servers: list[ThreadServer],
) -> None:
    admin = Browser(two_servers[0].url)
    assert admin.sign_up("ada@example.com").status_code == 200
    admin.close()
    guesses = 16
    browsers = [Browser(two_servers[i % 2].url) for i in range(guesses)]
    try:
        for browser in browsers:
            browser.get("/login")

        def guess(index: int) -> Callable[[], int]:
            return lambda: browsers[index].post("/login", {
                "email": "ada@example.com", "password": f"guess number {index}"}).status_code

        statuses = _at_once([guess(i) for i in range(guesses)])
    finally:
        for browser in browsers:
            browser.close()
    checked = statuses.count(401)
    assert set(statuses) <= {401, 429}, statuses
    # Never more than the limit of passwords checked, however the requests interleave;
    # and the limit itself is reached unless every racer saw the others' attempts.
    assert 1 <= checked <= 5, statuses
