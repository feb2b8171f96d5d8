"""A field rewritten in place (``changes["email"] = changes["email"].lower()``) is left
alone when the request left it out, where the docstring says fields left out do not
change; a silent docstring backs nothing, and a sibling's 404 never answers a field."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.missing_key import MissingKey
from tests.repair.crash_sites import crash_at

API = '''
    from fastapi import FastAPI, HTTPException

    app = FastAPI()
    USERS: dict = {}


    @app.get("/users/{uid}")
    def read_user(uid: int) -> dict:
        found = USERS.get(uid)
        if found is None:
            raise HTTPException(status_code=404)
        return found


    @app.patch("/users/{uid}")
    def update_user(uid: int, body: dict) -> dict:
        """{doc}"""
        changes = dict(body)
        changes["email"] = changes["email"].strip().lower()
        return changes
'''

PARTIAL = "Partial update: only the fields present in the body change."


def _candidates(tmp_path: Path, doc: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"api.py": API.replace("{doc}", doc)}, "api.py",
                              'changes["email"] = ', "KeyError", "'email'")
    return list(MissingKey().propose(site, analysis))


def test_a_documented_partial_update_rewrites_the_field_only_when_sent(
        tmp_path: Path) -> None:
    found = _candidates(tmp_path, PARTIAL)
    backed = [c for c in found if c.contract is not None]
    assert len(backed) == 1
    assert "Partial update" in (backed[0].contract or "")
    after = backed[0].edits["api.py"]
    assert ('    if "email" in changes:\n'
            '        changes["email"] = changes["email"].strip().lower()\n'
            '    return changes\n') in after
    # Nothing else of the module changes.
    assert after.replace('    if "email" in changes:\n        changes["email"]',
                         '    changes["email"]') == backed[0].originals["api.py"]


def test_a_silent_docstring_backs_no_candidate(tmp_path: Path) -> None:
    found = _candidates(tmp_path, "Changes a user.")
    assert found and all(c.contract is None for c in found)


def test_a_sibling_404_never_answers_a_field_left_out(tmp_path: Path) -> None:
    for doc in (PARTIAL, "Changes a user."):
        guards = [c.edits["api.py"] for c in _candidates(tmp_path / doc[:7], doc)]
        assert guards
        assert not any('if "email" not in changes:\n        raise' in g for g in guards)
