"""The official sentry-sdk, pointed at a bugstack DSN, works unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sentry_sdk

from tests.support.server import ThreadServer


@pytest.fixture
def sentry(server: ThreadServer) -> Iterator[tuple[ThreadServer, int]]:
    project = server.new_project("shop")
    sentry_sdk.init(dsn=project.dsn, release="shop@1.0.0", environment="production",
                    include_local_variables=True, default_integrations=False)
    try:
        yield server, project.id
    finally:
        sentry_sdk.get_client().close()


def lookup(users: dict[int, str], user_id: int) -> str:
    return users[user_id]


def checkout(cart: list[int]) -> float:
    return sum(cart) / len(cart)


def _capture(fn: object, *args: object) -> None:
    try:
        fn(*args)  # type: ignore[operator]
    except Exception:
        sentry_sdk.capture_exception()


def test_events_are_stored_whole_and_grouped_into_issues(
    sentry: tuple[ThreadServer, int],
) -> None:
    server, project_id = sentry
    for user_id in (1, 2, 3):
        _capture(lookup, {}, user_id)
    _capture(checkout, [])
    sentry_sdk.flush()
    events = server.wait_for_events(project_id, 4)
    assert len(events) == 4

    issues = {i["exception_type"]: i for i in server.issues(project_id)}
    assert set(issues) == {"KeyError", "ZeroDivisionError"}
    assert issues["KeyError"]["event_count"] == 3
    assert issues["KeyError"]["culprit"].endswith("in lookup")
    assert issues["KeyError"]["status"] == "unresolved"

    detail = server.api(f"/issues/{issues['KeyError']['id']}")
    assert detail["releases"] == ["shop@1.0.0"]
    # Stored whole: the frames with their source context and local variables.
    event = next(e for e in events if e["exception"]["values"][0]["type"] == "KeyError")
    frame = event["exception"]["values"][0]["stacktrace"]["frames"][-1]
    assert frame["function"] == "lookup"
    assert frame["context_line"].strip() == "return users[user_id]"
    assert "user_id" in frame["vars"]
    assert event["release"] == "shop@1.0.0" and event["environment"] == "production"


def test_the_cli_shows_a_stored_event_as_the_sdk_sent_it(
    sentry: tuple[ThreadServer, int],
) -> None:
    server, project_id = sentry
    _capture(lookup, {}, 7)
    sentry_sdk.flush()
    (event,) = server.wait_for_events(project_id, 1)
    import json

    shown = json.loads(server.cli("events", "show", event["event_id"], "--json").stdout)
    assert shown == event
    listed = json.loads(server.cli("issues", "list", "--project", "shop", "--json").stdout)
    assert [i["title"] for i in listed] == ["KeyError: 7"]


def test_an_sdk_fingerprint_overrides_the_default_grouping(
    sentry: tuple[ThreadServer, int],
) -> None:
    server, project_id = sentry
    for fn, args in ((lookup, ({}, 1)), (checkout, ([],))):
        with sentry_sdk.new_scope() as scope:
            scope.fingerprint = ["payment-provider-down"]
            _capture(fn, *args)
    sentry_sdk.flush()
    server.wait_for_events(project_id, 2)
    issues = server.issues(project_id)
    assert len(issues) == 1 and issues[0]["event_count"] == 2


def test_messages_and_transactions_are_accepted(server: ThreadServer) -> None:
    project = server.new_project("traced")
    sentry_sdk.init(dsn=project.dsn, traces_sample_rate=1.0, default_integrations=False)
    try:
        with sentry_sdk.start_transaction(name="checkout"):
            sentry_sdk.capture_message("payment provider slow")
        sentry_sdk.flush()
    finally:
        sentry_sdk.get_client().close()
    events = server.wait_for_events(project.id, 1)
    assert [e.get("message") or e.get("logentry", {}).get("message") for e in events] == [
        "payment provider slow"
    ]
    from sqlalchemy import select

    from bugstack.server.storage.database import Database
    from bugstack.server.storage.models import ItemCount

    database = Database(server.settings.resolved_database_url)
    with database.session() as session:
        counts = dict(session.execute(
            select(ItemCount.item_type, ItemCount.count).where(ItemCount.project_id == project.id)
        ).all())
    database.dispose()
    assert counts.get("transaction") == 1
