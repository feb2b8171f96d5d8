"""A forge that answers 5xx, hangs past the client's timeout, or is not there at all.

Each forge's real client library talks to its loopback fake (tests/deliver/fakes). A
transient failure is tried again after a growing wait and the call then succeeds; one
that lasts through every try comes out as ``ForgeUnavailable`` naming the call and the
reason, which the pipeline records on the fix (never a hang, never a silent loss).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from bugstack.deliver import DeliveryTarget, ForgeKind, IssueRef, deliver_fix, write_fix_branch
from bugstack.deliver.forge import Backoff, Forge, ForgeUnavailable, PullRequestSpec

# The delivery tests' fixtures: a real project with a bare remote, and its issue.
from tests.deliver.conftest import Project, git, issue, make_proposal, project  # noqa: F401
from tests.deliver.fakes.http import Response
from tests.deliver.forge_cases import FORGES, ForgeCase, forge_case, make_client
from tests.reliability.conftest import Figures

#: The path each forge's "open a pull request" call posts to.
_OPEN = {"github": r"/pulls$", "gitlab": r"/merge_requests$", "gitea": r"/pulls$"}
_KIND = {"github": ForgeKind.GITHUB, "gitlab": ForgeKind.GITLAB, "gitea": ForgeKind.GITEA}
_OUTAGE = {
    "github": Response(502, {"message": "Server Error"}),
    "gitlab": Response(500, {"message": "500 Internal Server Error"}),
    "gitea": Response(503, raw=b"Service Unavailable"),
}


@pytest.fixture(params=FORGES)
def case(request: pytest.FixtureRequest, project: Project) -> Iterator[ForgeCase]:  # noqa: F811
    with forge_case(request.param, str(project.remote)) as made:
        yield made


@pytest.fixture
def branch(project: Project, issue: IssueRef) -> str:  # noqa: F811
    target = DeliveryTarget(repository=str(project.remote))
    return write_fix_branch(target, issue, make_proposal(project), "Fix it\n").branch


class Waits:
    """Records the backoff's waits instead of sleeping them."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _client(case: ForgeCase, waits: Waits, tries: int = 4, timeout: int = 30) -> Forge:
    return case.make(timeout=timeout, backoff=Backoff(tries=tries, first=0.5, sleep=waits))


def _spec(branch: str) -> PullRequestSpec:
    return PullRequestSpec(branch=branch, base="main", title="Fix", body="body")


def test_5xx_answers_are_retried_with_growing_waits(
    case: ForgeCase, branch: str, figures: Figures
) -> None:
    waits = Waits()
    forge = _client(case, waits)
    case.fake.fail_next(_OPEN[case.name], _OUTAGE[case.name], times=2)
    pull = forge.open_pull_request(_spec(branch))
    held = pull.state == "open" and len(case.fake.pulls) == 1 and waits.waits == [0.5, 1.0]
    figures.attempt("fault", f"{case.name} answers 5xx twice, then works", held,
                    f"waits {waits.waits}")
    assert held, (waits.waits, case.fake.pulls)


def test_a_lasting_outage_is_reported_after_every_try(
    case: ForgeCase, branch: str, figures: Figures
) -> None:
    waits = Waits()
    forge = _client(case, waits, tries=3)
    case.fake.fail_next(_OPEN[case.name], _OUTAGE[case.name], times=10)
    with pytest.raises(ForgeUnavailable) as down:
        forge.open_pull_request(_spec(branch))
    tried = sum(1 for r in case.fake.requests if r.method == "POST")
    held = tried == 3 and waits.waits == [0.5, 1.0] and "(3 tries)" in str(down.value)
    figures.attempt("fault", f"{case.name} answers 5xx every time", held, str(down.value))
    assert held, (tried, waits.waits, str(down.value))
    assert str(_OUTAGE[case.name].status) in str(down.value)


def test_a_hanging_forge_times_out_and_the_retry_gets_through(
    case: ForgeCase, branch: str, figures: Figures
) -> None:
    waits = Waits()
    forge = _client(case, waits, timeout=1)
    forge.open_pull_request(_spec(branch))
    # The next read hangs far past the client's one-second timeout, once.
    case.fake.fail_next(r"/(pulls|merge_requests)/1$", Response(200, {}, stall=30))
    pull = forge.get_pull_request(1)
    held = pull.number == 1 and pull.state == "open" and waits.waits == [0.5]
    figures.attempt("fault", f"{case.name} hangs past the timeout once", held,
                    f"waits {waits.waits}")
    assert held, waits.waits


def test_a_forge_that_is_not_listening_is_reported(
    case: ForgeCase, figures: Figures
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits = Waits()

    class Gone:
        url = f"http://127.0.0.1:{port}"

    forge = make_client(case.name, Gone(), "tok", "acme/shop",
                        backoff=Backoff(tries=2, first=0.25, sleep=waits))
    try:
        with pytest.raises(ForgeUnavailable) as down:
            forge.get_pull_request(1)
    finally:
        forge.close()
    held = "could not connect" in str(down.value) and waits.waits == [0.25]
    figures.attempt("fault", f"{case.name} is not listening", held, str(down.value))
    assert held, (str(down.value), waits.waits)


def test_a_forge_down_while_the_pull_request_opens_is_reported_after_the_push(
    case: ForgeCase, project: Project, issue: IssueRef, tmp_path: Path,  # noqa: F811
    figures: Figures
) -> None:
    waits = Waits()
    forge = _client(case, waits, tries=3)
    case.fake.fail_next(_OPEN[case.name], _OUTAGE[case.name], times=3)  # every try
    target = DeliveryTarget(repository=project.remote.as_uri(), workdir=str(tmp_path / "d"),
                            forge=_KIND[case.name], forge_repo="acme/shop")
    with pytest.raises(ForgeUnavailable) as down:
        deliver_fix(make_proposal(project), target, issue, forge)
    # The branch is on the remote: the next try (a retry, a person) finds it and reuses it.
    pushed = git(project.remote, "branch", "--list", "bugstack/*").split()
    held = pushed == ["bugstack/42-zerodivisionerror-division-by-zero"] and not case.fake.pulls \
        and "(3 tries)" in str(down.value)
    figures.attempt("fault", f"{case.name} down while the pull request opens", held,
                    str(down.value))
    assert held, (pushed, str(down.value))
    opened = deliver_fix(make_proposal(project), target, issue, forge)
    assert opened.pr_number == 1 and len(case.fake.pulls) == 1
