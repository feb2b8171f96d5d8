"""Every route of the server, requested by a stranger and by a member of another
organisation, with the ids of organisation A in its path and form; then by A itself, as
the control that the request could have worked.

The routes are enumerated from the application, so a route added without an entry in
``ROUTES`` (the table of what each must answer) fails this test: a new route has to say
how it is scoped before it ships. The ingest endpoints are raw ASGI in front of FastAPI,
so they are checked on their own: a key of one project stores nothing into another.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx
from fastapi.routing import iter_route_contexts
from sqlalchemy import func, select

from bugstack.server.storage.models import (
    ApiToken,
    Event,
    Issue,
    Membership,
    Project,
    ProjectKey,
)
from tests.reliability.accounts_world import (  # noqa: F401  (world_fixture: the fixture)
    World,
    store_event,
    world_fixture,
)
from tests.reliability.conftest import Figures
from tests.web.conftest import PASSWORD

Kind = Literal["api", "page", "own", "admin", "public", "signed"]


@dataclass(frozen=True)
class Expect:
    """What a route answers. ``api``: token-scoped REST (stranger 401, other organisation
    404/403). ``page``: a dashboard page or form on A's ids (stranger sent to the login
    page, other organisation 404/403). ``own``: acts on the viewer's own account, with
    A's ids in the form where it takes one (the other organisation gets ``other``).
    ``admin``: server administration (403 to anyone but the admin). ``signed``: a forge
    webhook, authenticated by the project's secret. ``public``: no data of anyone, and
    ``reason`` says why it is open."""

    kind: Kind
    reason: str = ""
    form: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] | None = None
    #: What A's own request may answer.
    ok: tuple[int, ...] = (200, 303)
    #: What the other organisation's request may answer.
    other: tuple[int, ...] = (404, 403)
    #: The control runs in a second session of A (for a route that ends the session).
    spare_session: bool = False


_API_OK = (200,)
ROUTES: dict[str, Expect] = {
    # REST API: a token acts for one organisation.
    "GET /api/v1/projects": Expect("api", ok=_API_OK, other=(200,)),
    "GET /api/v1/projects/{project_id}/issues": Expect("api", ok=_API_OK),
    "GET /api/v1/issues/{issue_id}": Expect("api", ok=_API_OK),
    "PATCH /api/v1/issues/{issue_id}": Expect("api", json={"status": "ignored"}, ok=_API_OK),
    "GET /api/v1/issues/{issue_id}/events": Expect("api", ok=_API_OK),
    "GET /api/v1/events/{ident}": Expect("api", ok=_API_OK),
    "GET /api/v1/issues/{issue_id}/fixes": Expect("api", ok=_API_OK),
    # No repository on A's project: the pipeline declines (409) once it sees the issue.
    "POST /api/v1/issues/{issue_id}/fixes": Expect("api", ok=(202, 409)),
    "GET /api/v1/fixes/{fix_id}": Expect("api", ok=_API_OK),
    "POST /api/v1/webhooks/{forge}/{project_id}": Expect("signed", ok=(202,)),
    # Dashboard pages and forms on A's projects and issues.
    "GET /projects/{project_id}/issues": Expect("page", ok=(200,)),
    "GET /projects/{project_id}/live": Expect("page", ok=(200,)),
    "GET /projects/{project_id}/settings": Expect("page", ok=(200,)),
    "POST /projects/{project_id}/settings": Expect(
        "page", form={"forge_kind": "github", "forge_repository": "alpha/shop",
                      "merge_policy": "auto-merge"}),
    "POST /projects/{project_id}/notifications": Expect("page",
                                                         form={"notifications": "[]"}),
    "POST /projects/{project_id}/notifications/test": Expect("page"),
    "POST /projects/{project_id}/llm": Expect("page"),
    "POST /projects/{project_id}/keys": Expect("page"),
    "POST /projects/{project_id}/keys/{key_id}/revoke": Expect("page"),
    "GET /issues/{issue_id}": Expect("page", ok=(200,)),
    "GET /issues/{issue_id}/live": Expect("page", ok=(200,)),
    "POST /issues/{issue_id}/status": Expect("page", form={"action": "resolve"}),
    "POST /issues/{issue_id}/retry": Expect("page"),
    "POST /issues/{issue_id}/merge-policy": Expect("page",
                                                    form={"merge_policy": "auto-merge"}),
    "POST /issues/{issue_id}/pull-request": Expect("page", form={"action": "close"}),
    # The viewer's own things: B sees and changes only B's.
    "GET /": Expect("own", ok=(200,), other=(200,)),
    "GET /account": Expect("own", ok=(200,), other=(200,)),
    "GET /projects/new": Expect("own", ok=(200,), other=(200,)),
    # A's organisation id in the form: B may not make a project or a token in it.
    "POST /projects/new": Expect("own", form={"name": "probe-project"}, other=(422,)),
    "POST /account/tokens": Expect("own", form={"name": "probe-token"}, other=(422,)),
    "POST /account/tokens/{token_id}/revoke": Expect("own", other=(404,)),
    "POST /account/password": Expect("own", form={"current": PASSWORD, "new": PASSWORD},
                                     other=(303,)),
    "POST /logout": Expect("own", other=(303,), spare_session=True),
    # Server administration: the first user only.
    "GET /admin/users": Expect("admin", ok=(200,), other=(403,)),
    "POST /admin/users": Expect("admin", form={"email": "dave@alpha.example", "name": "Dave",
                                               "password": PASSWORD}, other=(403,)),
    "POST /admin/users/{user_id}/organizations/{organization_id}/remove": Expect(
        "admin", other=(403,)),
    # Open to anyone, each for its reason.
    "GET /signup": Expect("public", reason="the sign-up form; closed once a user exists"),
    "POST /signup": Expect("public", reason="makes only the first user; closed after"),
    "GET /login": Expect("public", reason="the sign-in form"),
    "POST /login": Expect("public", reason="signing in is how one stops being a stranger"),
    "GET /guides/": Expect("public", reason="the error guides: documentation, no data"),
    "GET /guides/{guide_id}": Expect("public", reason="one error guide: documentation"),
    "GET /healthz": Expect("public", reason="liveness for load balancers; says only ok"),
    "GET /openapi.json": Expect("public", reason="the REST API's description, no data"),
    "GET /docs": Expect("public", reason="the REST API's documentation page"),
    "GET /docs/oauth2-redirect": Expect("public", reason="part of the documentation page"),
    "GET /redoc": Expect("public", reason="the REST API's documentation page"),
    "MOUNT /static": Expect("public", reason="the stylesheet and the script"),
}


def enumerate_routes(app: Any) -> dict[str, Any]:
    """``METHOD path`` of every route the application serves, mounted routers included."""
    found: dict[str, Any] = {}
    for route in iter_route_contexts(app.routes):
        methods = route.methods
        if methods is None:  # a mount: everything under a prefix
            found[f"MOUNT {route.path}"] = route
            continue
        for method in sorted(methods - {"HEAD"}):
            found[f"{method} {route.path}"] = route
    return found


def test_every_route_has_an_expected_tenancy_behaviour(tmp_path: Path) -> None:
    from bugstack.server.app import create_app
    from bugstack.server.config import Settings

    routes = enumerate_routes(create_app(Settings(data_dir=tmp_path)))
    unchecked = sorted(set(routes) - set(ROUTES))
    assert not unchecked, f"new route without a tenancy check: {unchecked}; add it to ROUTES"
    stale = sorted(set(ROUTES) - set(routes))
    assert not stale, f"ROUTES names routes that are gone: {stale}"
    assert all(e.reason for e in ROUTES.values() if e.kind == "public")


def route_params(world: World) -> dict[str, str]:
    from bugstack.guides import load_guides

    return {
        "project_id": str(world.a.project_id), "issue_id": str(world.issue_id),
        "key_id": str(world.spare_key_id), "token_id": str(world.spare_token_id),
        "fix_id": str(world.fix_id), "ident": world.event_id,
        "user_id": str(world.second_member_id), "organization_id": str(world.a.organization_id),
        "forge": "github", "guide_id": load_guides()[0].id,
    }


_PROBE = json.dumps({"zen": "probe", "hook_id": 1}).encode()


def _github_headers(secret: str) -> dict[str, str]:
    digest = hmac.new(secret.encode(), _PROBE, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "X-GitHub-Event": "ping",
            "Content-Type": "application/json"}


class Caller:
    """Sends one route's request as a stranger, as B, or as A."""

    def __init__(self, world: World, params: dict[str, str]) -> None:
        self.world = world
        self.params = params
        self.url = world.server.url
        self.spares: dict[str, httpx.Client] = {}

    def path(self, key: str) -> str:
        method, template = key.split(" ", 1)
        if method == "MOUNT":
            return f"{template}/dashboard.css"
        return template.format(**self.params)

    def send(self, who: Literal["anonymous", "other", "owner"], key: str,
             expect: Expect) -> httpx.Response:
        method = key.split(" ", 1)[0]
        method = "GET" if method == "MOUNT" else method
        path = self.path(key)
        if expect.kind == "signed":
            secret = {"anonymous": None, "other": self.world.b.webhook_secret,
                      "owner": self.world.a.webhook_secret}[who]
            headers = _github_headers(secret) if secret else {}
            return httpx.post(self.url + path, content=_PROBE, headers=headers, timeout=30)
        if expect.kind == "api" or path.startswith("/api/"):
            token = {"anonymous": None, "other": self.world.b.token,
                     "owner": self.world.a.token}[who]
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            return httpx.request(method, self.url + path, headers=headers, json=expect.json,
                                 timeout=30)
        if who == "anonymous":
            client = httpx.Client(base_url=self.url, timeout=30)
            csrf = ""
        else:
            org = self.world.a if who == "owner" else self.world.b
            client = org.browser.client
            if expect.spare_session:
                client = self._spare_session(who)
            csrf = self.csrf_of(client)
        form = {"organization": str(self.world.a.organization_id), "csrf": csrf,
                **expect.form}
        try:
            if method == "GET":
                return client.get(path, follow_redirects=False)
            return client.request(method, path, data=form, follow_redirects=False)
        finally:
            if who == "anonymous":
                client.close()

    def _spare_session(self, who: str) -> httpx.Client:
        """A second signed-in session of A or B, for a route that ends the session."""
        client = self.spares[who] = httpx.Client(base_url=self.url, timeout=30)
        client.get("/login")
        email = "ada@alpha.example" if who == "owner" else "eve@beta.example"
        response = client.post("/login", data={
            "email": email, "password": PASSWORD,
            "csrf": client.cookies.get("bugstack_csrf", "")}, follow_redirects=False)
        assert response.status_code == 303, response.text
        return client

    def close(self) -> None:
        for client in self.spares.values():
            client.close()

    @staticmethod
    def csrf_of(client: httpx.Client) -> str:
        import re

        page = client.get("/account", follow_redirects=False)
        found = re.search(r'name="csrf" value="([^"]+)"', page.text)
        return found.group(1) if found else ""


def _leaks(world: World, response: httpx.Response) -> list[str]:
    text = response.text + " " + " ".join(f"{k}: {v}" for k, v in response.headers.items())
    return [marker for marker in world.markers if marker in text]


def _judge_stranger(expect: Expect, response: httpx.Response) -> str | None:
    status = response.status_code
    if status >= 500:
        return f"answered {status}"
    if expect.kind == "api" and status != 401:
        return f"answered {status}, not 401"
    if expect.kind in ("page", "own", "admin"):
        location = response.headers.get("location", "")
        if status != 303 or not location.startswith("/login"):
            return f"answered {status} (location {location!r}), not a redirect to /login"
    if expect.kind == "signed" and status not in (401, 404):
        return f"answered {status} without the project's signature"
    return None


def _judge_other(expect: Expect, response: httpx.Response) -> str | None:
    status = response.status_code
    if status >= 500:
        return f"answered {status}"
    if expect.kind == "signed":
        return None if status in (401, 404) else f"answered {status} to another's signature"
    if expect.kind != "public" and status not in expect.other:
        return f"answered {status}, expected one of {expect.other}"
    return None


def unchanged_in_a(world: World) -> list[str]:
    """What B's and the stranger's requests must not have changed in organisation A."""
    problems = []
    database = world.server.database()
    try:
        with database.session() as session:
            issue = session.get(Issue, world.issue_id)
            project = session.get(Project, world.a.project_id)
            key = session.get(ProjectKey, world.spare_key_id)
            assert issue is not None and project is not None and key is not None
            if issue.status != "unresolved":
                problems.append(f"A's issue became {issue.status}")
            if project.merge_policy != "review" or project.forge_kind != "github":
                problems.append("A's project settings changed")
            if key.revoked_at is not None:
                problems.append("A's spare key was revoked")
            if session.get(Membership, (world.second_member_id,
                                        world.a.organization_id)) is None:
                problems.append("A's second member was removed")
            in_a = session.scalars(select(Project.name).where(
                Project.organization_id == world.a.organization_id)).all()
            if list(in_a) != ["alpha-shop"]:
                problems.append(f"projects appeared in A's organisation: {in_a}")
            b_tokens_in_a = session.scalar(select(func.count()).select_from(ApiToken).where(
                ApiToken.organization_id == world.a.organization_id,
                ApiToken.name.startswith("eve@")))
            if b_tokens_in_a:
                problems.append("B made a token acting for A's organisation")
    finally:
        database.dispose()
    spare = httpx.get(f"{world.server.url}/api/v1/projects", timeout=30,
                      headers={"Authorization": f"Bearer {world.spare_token}"})
    if spare.status_code != 200:
        problems.append(f"A's spare token was revoked ({spare.status_code})")
    return problems


def test_no_route_lets_a_stranger_or_another_organisation_in(
    world: World, figures: Figures
) -> None:
    routes = enumerate_routes(world.server.app)
    assert set(routes) <= set(ROUTES), f"new route without a tenancy check: " \
                                       f"{sorted(set(routes) - set(ROUTES))}"
    caller = Caller(world, route_params(world))
    failures: list[str] = []
    verdicts: dict[str, list[str]] = {key: [] for key in routes}
    statuses: dict[str, list[str]] = {key: [] for key in routes}
    for key in sorted(routes):
        expect = ROUTES[key]
        for who, judge in (("anonymous", _judge_stranger), ("other", _judge_other)):
            response = caller.send(who, key, expect)  # type: ignore[arg-type]
            statuses[key].append(f"{who} {response.status_code}")
            problem = judge(expect, response)
            leaked = _leaks(world, response)
            if leaked:
                problem = f"{problem or ''} A's data in the answer: {leaked}".strip()
            if problem:
                verdicts[key].append(f"{who}: {problem}")
    changed = unchanged_in_a(world)
    for key in sorted(routes):
        expect = ROUTES[key]
        response = caller.send("owner", key, expect)
        statuses[key].append(f"owner {response.status_code}")
        # A public route's control is only that it answers; the others must work for A.
        works = (response.status_code < 500 if expect.kind == "public"
                 else response.status_code in expect.ok)
        if not works:
            verdicts[key].append(f"owner (control): answered {response.status_code}, "
                                 f"expected {expect.ok}: {response.text[:200]}")
    caller.close()
    for key in sorted(routes):
        held = not verdicts[key]
        figures.attempt("tenancy_route", key, held,
                        f"{ROUTES[key].kind}: {', '.join(statuses[key])}"
                        + "".join(f"; {v}" for v in verdicts[key]))
        failures.extend(f"{key}: {v}" for v in verdicts[key])
    assert not (changed or failures), "\n".join(changed + failures)


def test_a_key_of_one_project_stores_nothing_into_another(
    world: World, figures: Figures
) -> None:
    url = world.server.url
    b_project = world.b.project_id
    # A's key, sent to B's project, with each of the ways an SDK names its key.
    attempts: dict[str, Callable[[], httpx.Response]] = {
        "store, X-Sentry-Auth": lambda: store_event(url, b_project, world.a.key, "cross"),
        "envelope, Bearer": lambda: httpx.post(
            f"{url}/api/{b_project}/envelope/", timeout=30,
            headers={"Authorization": f"Bearer {world.a.key}"},
            content=b'{}\n{"type":"event"}\n{"message":"cross"}\n'),
        "store, sentry_key query": lambda: httpx.post(
            f"{url}/api/{b_project}/store/?sentry_key={world.a.key}", timeout=30,
            json={"message": "cross"}),
        # A's secret under B's project number: the digest does not match any key of B.
        "store, A's secret relabelled for B": lambda: store_event(
            url, b_project,
            world.a.key.replace(f"bs_{world.a.project_id}_", f"bs_{b_project}_"), "cross"),
    }
    failures = []
    for name, send in attempts.items():
        status = send().status_code
        held = status in (401, 403)
        figures.attempt("tenancy_route", f"POST /api/{{project_id}}/store|envelope ({name})",
                        held, f"answered {status}")
        if not held:
            failures.append(f"{name}: answered {status}")
    database = world.server.database()
    try:
        with database.session() as session:
            stored = session.scalar(select(func.count()).select_from(Event)
                                    .where(Event.project_id == b_project))
    finally:
        database.dispose()
    assert not failures, failures
    assert stored == 0


#: Beyond any row's id (signed 64 bits): the database driver raises on such a number.
_HUGE = str(2**64)


def test_ids_beyond_any_row_are_not_found_never_a_server_error(
    world: World, figures: Figures
) -> None:
    """Every route with an id in its path, as its owner, with each id too large for any
    row: 404 or 422, never the driver's overflow as a 500."""
    routes = enumerate_routes(world.server.app)
    failures = []
    for key in sorted(routes):
        expect = ROUTES[key]
        template = key.split(" ", 1)[1]
        if "_id}" not in template:
            continue
        params = {**route_params(world), **{name: _HUGE for name in route_params(world)
                                            if name.endswith("_id")}}
        caller = Caller(world, params)
        response = caller.send("owner", key, expect)
        caller.close()
        held = response.status_code in (404, 422)
        figures.attempt("hostile_input", f"id of 2**64: {key}", held,
                        f"answered {response.status_code}")
        if not held:
            failures.append(f"{key}: {response.status_code} {response.text[:200]}")
    assert not failures, "\n".join(failures)
