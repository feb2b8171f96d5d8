"""The published guides, served through FastAPI exactly as the server includes them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from bugstack.guides import load_guides
from bugstack.guides.web import router

# Starlette's test client warns at import that it prefers another HTTP package.
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    app = FastAPI()
    app.include_router(router)
    with TestClient(app) as test_client:
        yield test_client


def _listed_ids(html: str) -> set[str]:
    return set(re.findall(r'href="http://testserver/guides/([\w-]+)"', html))


def test_the_index_lists_every_guide(client: Any) -> None:
    response = client.get("/guides/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert _listed_ids(response.text) == {g.id for g in load_guides()}


def test_the_index_filters_by_exception(client: Any) -> None:
    html = client.get("/guides/", params={"exception": "keyerror"}).text
    assert _listed_ids(html) == {"keyerror-optional-payload-field"}
    qualified = client.get("/guides/", params={"exception": "UnboundLocalError"}).text
    assert _listed_ids(qualified) == {"unbound-local-module-variable"}


def test_the_index_filters_by_framework_and_text(client: Any) -> None:
    flask = _listed_ids(client.get("/guides/", params={"framework": "Flask"}).text)
    expected = {g.id for g in load_guides() if "flask" in g.frameworks}
    assert flask == expected
    assert {"flask-view-returned-none", "flask-outside-app-context"} <= flask
    both = client.get("/guides/", params={"framework": "flask", "q": "application context"})
    assert _listed_ids(both.text) == {"flask-outside-app-context"}


def test_an_empty_search_says_so(client: Any) -> None:
    html = client.get("/guides/", params={"exception": "NoSuchError"}).text
    assert _listed_ids(html) == set()
    assert "No guide matches this search." in html


def test_a_guide_page_has_every_section_in_order_and_highlighted_code(client: Any) -> None:
    guide = next(g for g in load_guides() if g.id == "fastapi-on-event-lifespan")
    html = client.get(f"/guides/{guide.id}").text
    positions = [html.index(f"<h2>{title}</h2>") for title in guide.sections]
    assert positions == sorted(positions)
    # Pygments marks up the examples: the keyword of the fixed code's lifespan function.
    assert '<span class="k">async</span>' in html
    assert "asynccontextmanager" in html
    assert "Review before merging" in html
    # Tool configuration lines of the example test are not shown to readers.
    assert "# mypy:" not in html


def test_every_guide_page_renders(client: Any) -> None:
    for guide in load_guides():
        response = client.get(f"/guides/{guide.id}")
        assert response.status_code == 200, guide.id
        assert "<h2>Questions people ask</h2>" in response.text


def test_an_unknown_guide_is_a_404(client: Any) -> None:
    response = client.get("/guides/no-such-guide")
    assert response.status_code == 404
    assert response.json() == {"detail": "no guide 'no-such-guide'"}


def test_search_text_is_escaped(client: Any) -> None:
    html = client.get("/guides/", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
