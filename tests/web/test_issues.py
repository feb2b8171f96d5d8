"""The issues list and the issue page, over events sent by the real sentry-sdk from a
real Flask app, and over issues written straight into the database where numbers matter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import orjson
import pytest
import sentry_sdk
from flask import Flask
from sentry_sdk.integrations.flask import FlaskIntegration

from bugstack.domain.keys import ApiKey
from bugstack.server.storage.models import Event, Issue
from tests.support.server import ThreadServer
from tests.web.conftest import Browser, create_project

ORDERS = {1: {"total": 10}}


def find_order(order_id: int) -> dict[str, int]:
    cache = {"hits": 0}
    cache["hits"] += 1
    return ORDERS[order_id]


def make_app() -> Flask:
    app = Flask("shop")

    @app.get("/orders/<int:order_id>")
    def order(order_id: int) -> dict[str, int]:
        sentry_sdk.add_breadcrumb(category="db", message=f"looking up order {order_id}")
        return find_order(order_id)

    return app


@pytest.fixture
def shop(server: ThreadServer, admin: Browser) -> Iterator[int]:
    project_id, key = create_project(admin, "shop")
    sentry_sdk.init(
        dsn=ApiKey.parse(key).dsn(server.url),
        release="shop@2.0",
        environment="production",
        include_local_variables=True,
        default_integrations=False,
        integrations=[FlaskIntegration()],
    )
    try:
        yield project_id
    finally:
        sentry_sdk.get_client().close()


def _request_orders(*order_ids: int) -> None:
    sentry_sdk.set_tag("region", "eu-west")
    client = make_app().test_client()
    for order_id in order_ids:
        assert client.get(f"/orders/{order_id}?source=email").status_code == 500
    sentry_sdk.flush()


def test_an_error_from_a_flask_app_reads_well_on_the_issue_page(
    server: ThreadServer, admin: Browser, shop: int
) -> None:
    _request_orders(7, 8)
    server.wait_for_events(shop, 2)

    listing = admin.get(f"/projects/{shop}/issues")
    assert listing.status_code == 200
    rows = re.findall(r'class="issue-title" href="/issues/(\d+)">([^<]+)<', listing.text)
    assert [title for _, title in rows] == ["KeyError: 7"]
    assert 'aria-label="2 events in the last 24 hours"' in listing.text
    assert "in find_order" in listing.text

    page = admin.get(f"/issues/{rows[0][0]}").text
    assert "Event 1 of 2" in page
    assert '<span class="exc-type">KeyError</span>: 8' in page  # the newest event first
    # The app's frame is open with its source line and locals; Flask's are folded.
    app_frames = re.findall(r'<li class="frame in-app">\s*<details open>', page)
    library_frames = re.findall(r'<li class="frame library">\s*<details>', page)
    assert len(app_frames) >= 2 and len(library_frames) >= 3
    assert "library frames folded" in page
    assert 'class="current"><span class="ln" aria-hidden="true">' in page
    assert "return ORDERS[order_id]" in page
    assert re.search(r"<code>order_id</code></th><td><code>8</code>", page)
    assert "GET http://localhost/orders/8?source=email" in page
    assert "looking up order 8" in page  # breadcrumb
    assert '<span class="tag-key">region</span> <span class="tag-value">eu-west</span>' in page
    assert "shop@2.0" in page and "production" in page

    # Step to the older event and back.
    older = re.search(r'href="\?event=(\d+)" rel="next">Older', page)
    assert older
    older_page = admin.get(f"/issues/{rows[0][0]}", event=older.group(1)).text
    assert "Event 2 of 2" in older_page and "KeyError</span>: 7" in older_page
    assert 'rel="next">Older' not in older_page and 'rel="prev">Newer' in older_page
    assert admin.get(f"/issues/{rows[0][0]}", event=999999).status_code == 404


def test_resolve_ignore_and_reopen_move_the_issue_between_tabs(
    server: ThreadServer, admin: Browser, shop: int
) -> None:
    _request_orders(3)
    server.wait_for_events(shop, 1)
    (issue,) = server.issues(shop)
    admin.get(f"/issues/{issue['id']}")
    assert (
        "issue marked resolved"
        in admin.post(f"/issues/{issue['id']}/status", {"action": "resolve"}).text
    )
    unresolved = admin.get(f"/projects/{shop}/issues").text
    assert "No open issue" in unresolved
    resolved = admin.get(f"/projects/{shop}/issues", status="resolved").text
    assert "KeyError: 3" in resolved
    assert re.search(r'Resolved <span class="count">1</span>', resolved)
    admin.post(f"/issues/{issue['id']}/status", {"action": "ignore"})
    assert server.api(f"/issues/{issue['id']}")["status"] == "ignored"
    admin.post(f"/issues/{issue['id']}/status", {"action": "unresolve"})
    assert server.api(f"/issues/{issue['id']}")["status"] == "unresolved"
    assert admin.post(f"/issues/{issue['id']}/status", {"action": "explode"}).status_code == 422


def _seed(server: ThreadServer, project_id: int, count: int) -> None:
    """``count`` issues; issue n has n events, first seen n hours ago, last seen n minutes ago."""
    now = datetime.now(UTC)
    database = server.database()
    with database.session() as session:
        for n in range(1, count + 1):
            issue = Issue(
                project_id=project_id,
                fingerprint=f"f{n}",
                title=f"ValueError: case {n}",
                culprit=f"app.module{n} in handler",
                exception_type="ValueError",
                level="error",
                status="unresolved",
                event_count=n,
                first_seen=now - timedelta(hours=n),
                last_seen=now - timedelta(minutes=n),
            )
            session.add(issue)
            session.flush()
            for e in range(n if n <= 3 else 0):
                session.add(
                    Event(
                        project_id=project_id,
                        issue_id=issue.id,
                        event_id=f"{n:016x}{e:016x}",
                        received_at=now - timedelta(hours=e),
                        payload=b"{}",
                    )
                )
        session.commit()
    database.dispose()


def _titles(html: str) -> list[str]:
    return re.findall(r'class="issue-title" href="/issues/\d+">([^<]+)<', html)


def test_search_sort_and_pages(server: ThreadServer, admin: Browser) -> None:
    project_id, _ = create_project(admin, "big")
    _seed(server, project_id, 30)

    first = admin.get(f"/projects/{project_id}/issues").text
    assert _titles(first) == [f"ValueError: case {n}" for n in range(1, 26)]
    assert re.search(r'Unresolved <span class="count">30</span>', first)
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = admin.get(f"/projects/{project_id}/issues", page=2).text
    assert _titles(second) == [f"ValueError: case {n}" for n in range(26, 31)]
    assert 'rel="next"' not in second

    by_events = _titles(admin.get(f"/projects/{project_id}/issues", sort="events").text)
    assert by_events[:3] == ["ValueError: case 30", "ValueError: case 29", "ValueError: case 28"]
    by_first_seen = _titles(admin.get(f"/projects/{project_id}/issues", sort="first_seen").text)
    assert by_first_seen[0] == "ValueError: case 1"

    found = admin.get(f"/projects/{project_id}/issues", q="module17").text
    assert _titles(found) == ["ValueError: case 17"]
    nothing = admin.get(f"/projects/{project_id}/issues", q="no such thing").text
    assert _titles(nothing) == [] and "No open issue matches" in nothing
    assert admin.get(f"/projects/{project_id}/issues", sort="bogus").status_code == 422


def test_sparklines_count_events_per_hour(server: ThreadServer, admin: Browser) -> None:
    project_id, _ = create_project(admin, "charts")
    _seed(server, project_id, 3)
    html = admin.get(f"/projects/{project_id}/issues").text
    # Issue 3 has one event in each of the last three hours.
    row = html[html.index("ValueError: case 3") :]
    chart = row[: row.index("</svg>")]
    counts = [int(c) for c in re.findall(r"<title>\d\d:00: (\d+)</title>", chart)]
    assert len(counts) == 24 and counts[-3:] == [1, 1, 1] and sum(counts) == 3


def test_stored_payload_of_any_shape_does_not_break_the_page(
    server: ThreadServer, admin: Browser
) -> None:
    project_id, _ = create_project(admin, "odd")
    _seed(server, project_id, 1)
    database = server.database()
    with database.session() as session:
        event = session.query(Event).one()
        event.payload = orjson.dumps(
            {
                "exception": {
                    "values": [
                        {
                            "type": "Weird",
                            "value": "<script>alert(1)</script>",
                            "stacktrace": {
                                "frames": [None, {"vars": 3}, {"function": "<img src=x>"}]
                            },
                        },
                        "not an exception",
                    ]
                },
                "request": "nope",
                "breadcrumbs": [1, {"message": "ok"}],
                "tags": [["a"], ["k", "v"]],
            }
        )
        issue_id = event.issue_id
        session.commit()
    database.dispose()
    page = admin.get(f"/issues/{issue_id}")
    assert page.status_code == 200
    assert '<span class="exc-type">Weird</span>' in page.text
    assert '<span class="tag-key">k</span>' in page.text
    # What an SDK sends is text, never markup.
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert "<img src=x" not in page.text
