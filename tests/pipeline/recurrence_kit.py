"""What the recurrence and notification tests share: an app repository with a bare remote,
a GitHub fake serving it, a loopback webhook receiver, a real SMTP server (aiosmtpd), and
a fix delivered and merged through the real client, as the pipeline's job does it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy import select, update

from bugstack.deliver import BotIdentity, Credentials, DeliveryTarget, ForgeKind, IssueRef
from bugstack.deliver.flow import deliver_fix
from bugstack.deliver.forges.github import GitHubForge
from bugstack.pipeline.records import now
from bugstack.pipeline.recurrence_watch import record_merge
from bugstack.server.secrets import CredentialBox
from bugstack.server.storage.models import FixAttempt, Issue, Project
from tests.deliver.conftest import Project as Repo
from tests.deliver.conftest import git, make_proposal
from tests.deliver.fakes.github import FakeGitHub
from tests.deliver.fakes.http import FakeServer, Request, Response
from tests.support.server import ProjectInfo, ThreadServer, free_port

TOKEN = "ghp-recurrence"


def until(condition: Callable[[], object], timeout: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not in time: {what}"
        time.sleep(0.05)


def watch_of(server: ThreadServer) -> Any:
    """The server's issue watch (the FastAPI app sits behind the ingest's ASGI front)."""
    return server.app._fallback.state.issue_watch


def settle(server: ThreadServer) -> None:
    """Wait until the server has handled everything stored so far after its batches."""
    until(lambda: watch_of(server).idle(), what="the issue watch to finish its round")


def make_repo(tmp_path: Path) -> Repo:
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "--quiet", str(remote))
    work = tmp_path / "work"
    git(tmp_path, "clone", "--quiet", str(remote), str(work))
    (work / "app").mkdir()
    (work / "app" / "__init__.py").write_text("")
    (work / "app" / "calc.py").write_text("def ratio(a, b):\n    return a / b\n")
    git(work, "add", ".")
    git(work, "commit", "--quiet", "-m", "initial")
    git(work, "push", "--quiet", "origin", "HEAD:main")
    return Repo(work=work, remote=remote, base=git(work, "rev-parse", "HEAD").strip())


@contextmanager
def github_for(repo: Repo) -> Iterator[FakeGitHub]:
    fake = FakeGitHub("acme", "shop", str(repo.remote), TOKEN)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@dataclass
class Receiver:
    server: FakeServer
    bodies: list[dict[str, Any]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.server.url}/hook"

    def kinds(self) -> list[str]:
        return [str(body["event"]) for body in list(self.bodies)]


@contextmanager
def webhook_receiver() -> Iterator[Receiver]:
    server = FakeServer()
    made = Receiver(server)

    def hook(request: Request) -> Response:
        made.bodies.append(json.loads(request.body))
        return Response(204)

    server.route("POST", "/hook", hook)
    server.start()
    try:
        yield made
    finally:
        server.stop()


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def kinds(self) -> list[str]:
        return [str(m["X-Bugstack-Event"]) for m in list(self.messages)]


@contextmanager
def smtp_inbox() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def channels(receiver: Receiver, smtp_port: int) -> list[dict[str, Any]]:
    return [
        {"type": "webhook", "url": receiver.url, "secret": "hook-secret"},
        {"type": "email", "host": "127.0.0.1", "port": smtp_port, "security": "none",
         "from": "bugstack@shop.test", "to": ["team@shop.test"]},
    ]


def configure(server: ThreadServer, project: ProjectInfo, **values: Any) -> None:
    database = server.database()
    try:
        with database.engine.begin() as connection:
            connection.execute(update(Project).where(Project.id == project.id).values(**values))
    finally:
        database.dispose()


def use_github(server: ThreadServer, project: ProjectInfo, repo: Repo, github: FakeGitHub,
               **values: Any) -> None:
    """The project as `bugstack project` would set it up for GitHub: the repository's URL,
    the forge, and the token sealed with the server's key."""
    configure(server, project, repository=repo.remote.as_uri(), forge_kind="github",
              forge_url=f"{github.url}/api/v3", forge_repository="acme/shop",
              credentials=CredentialBox.for_data_dir(server.data_dir).seal({"token": TOKEN}),
              auto_fix=False, **values)


def issue_row(server: ThreadServer, issue_id: int) -> Issue:
    database = server.database()
    try:
        with database.session() as session:
            issue = session.get(Issue, issue_id)
            assert issue is not None
            session.expunge(issue)
            return issue
    finally:
        database.dispose()


def merge_a_fix(server: ThreadServer, project: ProjectInfo, issue_id: int, repo: Repo,
                github: FakeGitHub, tmp_path: Path) -> tuple[int, str]:
    """Deliver a fix for the issue through the real GitHub client, merge it through the
    forge, and record it the way the pipeline's job does; (pull request, merge commit)."""
    target = DeliveryTarget(
        repository=repo.remote.as_uri(), forge=ForgeKind.GITHUB, forge_repo="acme/shop",
        forge_url=f"{github.url}/api/v3", credentials=Credentials(token=TOKEN),
        workdir=str(tmp_path / "delivery"), bot=BotIdentity())
    issue = issue_row(server, issue_id)
    forge = GitHubForge("acme/shop", TOKEN, base_url=f"{github.url}/api/v3", throttle=False)
    try:
        delivery = deliver_fix(make_proposal(repo), target,
                               IssueRef(id=issue_id, title=issue.title), forge)
        assert delivery.pr_number is not None
        merge_commit = forge.merge(forge.get_pull_request(delivery.pr_number), delivery.commit)
    finally:
        forge.close()
    assert git(repo.remote, "rev-parse", "main").strip() == merge_commit
    database = server.database()
    try:
        with database.session() as session:
            attempt = FixAttempt(issue_id=issue_id, project_id=project.id, status="fixed",
                                 trigger="new_issue", created_at=now(), finished_at=now(),
                                 branch=delivery.branch, commit_sha=delivery.commit,
                                 pr_url=delivery.pr_url, pr_number=delivery.pr_number,
                                 ci_state="merged", merged_at=now())
            session.add(attempt)
            session.execute(update(Issue).where(Issue.id == issue_id)
                            .values(status="fix_proposed"))
            session.commit()
            attempt_id = attempt.id
        record_merge(database, attempt_id, merge_commit)
        with database.session() as session:
            assert session.scalar(select(FixAttempt.merge_commit)
                                  .where(FixAttempt.id == attempt_id)) == merge_commit
    finally:
        database.dispose()
    return delivery.pr_number, merge_commit
