"""With ``ask="unbacked"`` (the default) the model's tokens go only to errors the guides
and templates cannot settle: a template fix the code's contract backs means no request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.llm import LlmConfigError, LlmSettings
from bugstack.repair.analyse import Analysis, analyse
from bugstack.repair.candidates import default_strategies
from bugstack.repair.candidates.llm import LlmStrategy
from bugstack.repair.workspace import locate_frames, prepare_workspace
from tests.llm.scripted import scripted_model, text
from tests.repair.apps import capture_event, make_repo

#: roles_of returns None against its own ``-> list[str]``: a template fixes it, backed.
APP = {
    "shop/__init__.py": "",
    "shop/users.py": '''
        USERS: dict[int, list[str]] = {1: ["admin"]}


        def roles_of(user_id: int) -> list[str]:
            """The roles of a user."""
            if user_id in USERS:
                return USERS[user_id]
            return None


        def describe(user_id: int) -> str:
            roles = roles_of(user_id)
            return ", ".join(sorted(roles))
    ''',
}


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrashSite, Analysis]]:
    root = tmp_path_factory.mktemp("users")
    repo = make_repo(root / "repo", APP)
    event = ErrorEvent.from_dict(capture_event(repo, root / "srv" / "app",
                                               "from shop.users import describe\ndescribe(7)"))
    workspace = prepare_workspace(repo, event.release)
    try:
        site = locate_frames(workspace, event)
        yield site, analyse(site, workspace.path)
    finally:
        workspace.remove()


@pytest.mark.parametrize(("ask", "requests"), [("unbacked", 0), ("always", 1)])
def test_the_model_is_asked_only_when_no_backed_fix_exists(
        crash: tuple[CrashSite, Analysis], ask: str, requests: int) -> None:
    with scripted_model(text("NO FIX: scripted")) as server:
        settings = LlmSettings(provider="openai", model="m", base_url=server.openai_url,
                               samples=1, ask=ask)
        strategy = LlmStrategy(settings, others=default_strategies())
        assert list(strategy.propose(*crash)) == []
    assert len(server.requests) == requests
    if requests == 0:
        [reason] = strategy.transcript.stopped
        assert reason.startswith("not asked: none-at-source proposes a fix the code backs "
                                 "(its return type is `list[str]`)")


def test_ask_takes_only_its_two_values() -> None:
    with pytest.raises(LlmConfigError, match="ask must be one of unbacked, always"):
        LlmSettings(provider="openai", model="m", ask="sometimes")


def test_a_matching_error_guide_is_named_to_the_model(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        "shop/__init__.py": "",
        "shop/cart.py": '''
            def total(prices: list[int]) -> int:
                subtotal = sum(prices)
                return subtotl + 5
        ''',
    })
    event = ErrorEvent.from_dict(capture_event(repo, tmp_path / "srv" / "app",
                                               "from shop.cart import total\ntotal([1, 2])"))
    workspace = prepare_workspace(repo, event.release)
    try:
        site = locate_frames(workspace, event)
        with scripted_model(text("NO FIX: scripted")) as server:
            settings = LlmSettings(provider="openai", model="m", base_url=server.openai_url,
                                   samples=1, ask="always")
            LlmStrategy(settings, others=default_strategies()).propose(
                site, analyse(site, workspace.path))
    finally:
        workspace.remove()
    user = server.requests[0].body["messages"][1]["content"]
    assert "## Error guides that match this error" in user
    assert "- `name-error-typo`: Fix NameError" in user
