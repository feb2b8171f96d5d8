"""The REST API driven by schemathesis from its own OpenAPI document, on loopback.

Every operation the document lists is called with requests generated from its
parameters and bodies, authenticated with an organisation's token, against a real server
holding a project with issues, events and a fix. Half of the generated cases have their
ids replaced by ids that exist, so the fuzzing reaches past "not found" into the code
that reads real rows. Every answer is checked by schemathesis's own checks: no 5xx, a
status code, content type and body that the document declares. Bounded by
``MAX_EXAMPLES`` per operation so CI stays quick (about 1.5 minutes per backend); to
search harder, raise it and lift pytest's time limit, which a long run otherwise hits
mid-operation (and Hypothesis then reports the interruption as a flaky test)::

    BUGSTACK_SCHEMATHESIS_EXAMPLES=150 pytest --timeout=0 tests/reliability/test_api_schemathesis.py
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import select

from bugstack.server.storage.models import Event
from tests.reliability.accounts_world import store_event
from tests.reliability.conftest import Figures
from tests.support.server import ThreadServer
from tests.web.fixtures import insert_fixed_attempt

MAX_EXAMPLES = int(os.environ.get("BUGSTACK_SCHEMATHESIS_EXAMPLES", "15"))
#: Valid requests (must work or be refused as documented) and invalid ones (must get a
#: 4xx, never a 5xx or a 2xx that accepted nonsense).
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
NEGATIVE_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
                   response_schema_conformance]


@dataclass
class Target:
    server: ThreadServer
    token: str
    #: Ids that exist, by the path parameter's name.
    ids: dict[str, Any]


@pytest.fixture
def target(database_url: str, tmp_path: Path) -> Iterator[Target]:
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("fuzz-shop")
        for message in ("first", "second", "third"):
            assert store_event(server.url, project.id, project.api_key,
                               message).status_code == 200
        database = server.database()
        try:
            deadline = time.monotonic() + 60
            rows: list[Any] = []
            while len(rows) < 3 and time.monotonic() < deadline:
                with database.session() as session:
                    rows = list(session.execute(select(Event.id, Event.issue_id,
                                                       Event.event_id)))
                time.sleep(0.05)
            assert len(rows) == 3
            fix_id = insert_fixed_attempt(database, rows[0].issue_id)
        finally:
            database.dispose()
        yield Target(server, server.token, {
            "project_id": project.id, "issue_id": rows[0].issue_id,
            "ident": rows[0].event_id, "fix_id": fix_id, "forge": "github",
        })


def _with_real_ids(case: Any, ids: dict[str, Any]) -> Any:
    for name in list(case.path_parameters or {}):
        if name in ids:
            case.path_parameters[name] = ids[name]
    return case


def _fuzzer(operation: Any, mode: GenerationMode, url: str, headers: dict[str, str],
            ids: dict[str, Any]) -> Any:
    """A Hypothesis test calling the operation with generated requests; ``.tried``
    counts them."""

    @given(case=operation.as_strategy(generation_mode=mode), real_ids=st.booleans())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), derandomize=True)
    def call(case: Any, real_ids: bool) -> None:
        call.tried += 1  # type: ignore[attr-defined]
        if mode is GenerationMode.NEGATIVE:
            # Invalid requests: answered with a documented status and body, never a 5xx.
            # (Not "must be refused": unknown query parameters are ignored, as HTTP APIs
            # do, and the token is always sent.)
            case.call_and_validate(base_url=url, headers=headers, timeout=30,
                                   checks=NEGATIVE_CHECKS)
            return
        if real_ids:
            _with_real_ids(case, ids)
        case.call_and_validate(base_url=url, headers=headers, timeout=30)

    call.tried = 0  # type: ignore[attr-defined]
    return call


def test_the_rest_api_holds_to_its_own_openapi_document(
    target: Target, figures: Figures
) -> None:
    url = target.server.url
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json", timeout=30)
    headers = {"Authorization": f"Bearer {target.token}"}
    failures: dict[str, str] = {}
    operations = [cast(Any, result).ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9, [op.label for op in operations]
    for operation, mode in itertools.product(operations, MODES):
        label = f"{operation.label} ({mode.value})"
        started = time.monotonic()
        fuzz = _fuzzer(operation, mode, url, headers, target.ids)
        try:
            fuzz()
        except Unsatisfiable:  # no invalid value exists (a free-form string in the path)
            continue
        # Schemathesis reports its findings as a BaseExceptionGroup, shrunk to the
        # smallest case; keep going so one run lists every operation's findings.
        except (Exception, BaseExceptionGroup) as exc:
            failures[label] = str(exc)[:2000]
        figures.attempt("hostile_input", f"schemathesis {label}", label not in failures,
                        f"{fuzz.tried} generated requests in "
                        f"{time.monotonic() - started:.1f} s")
    assert not failures, "\n\n".join(f"{label}:\n{why}" for label, why in failures.items())
